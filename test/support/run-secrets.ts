import { randomBytes } from 'node:crypto';

/** Fresh secrets for one run (the simulators read the same variables, so they agree with billing). */
export function runSecrets(): Record<string, string> {
  const r = () => randomBytes(24).toString('base64url');
  return {
    INTERNAL_TOKEN: r(),
    DOCUMENT_SIGNING_SECRET: r(),
    FEDAPAY_SECRET_KEY: `sk_sandbox_${r()}`,
    FEDAPAY_WEBHOOK_SECRET: `wh_sandbox_${r()}`,
    KKIAPAY_PUBLIC_KEY: `pk_${r()}`,
    KKIAPAY_PRIVATE_KEY: `tpk_${r()}`,
    KKIAPAY_SECRET: `tsk_${r()}`,
  };
}
