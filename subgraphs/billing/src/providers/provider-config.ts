import { loadConfig, url, z } from '@simveb/platform/config';
import { secret as requireSecret } from '@simveb/platform/secrets';

/**
 * Development credentials, shared by the billing subgraph and the local
 * simulators so `npm start` works with nothing set. Production refuses them.
 */
export const DEV_PROVIDER_SECRETS = {
  FEDAPAY_SECRET_KEY: 'sk_sandbox_simveb_development',
  FEDAPAY_WEBHOOK_SECRET: 'wh_sandbox_simveb_development',
  KKIAPAY_PUBLIC_KEY: 'pk_simveb_development',
  KKIAPAY_PRIVATE_KEY: 'tpk_simveb_development',
  KKIAPAY_SECRET: 'tsk_simveb_development',
} as const;

export interface ProviderConfig {
  fedapayUrl: string;
  fedapaySecretKey: string;
  fedapayWebhookSecret: string;
  kkiapayUrl: string;
  kkiapayWidgetUrl: string;
  kkiapayKeys: { publicKey: string; privateKey: string; secret: string };
  /** Where providers send the payer back after paying (the citizen portal). */
  callbackUrl: string;
}

export function loadProviderConfig(production: boolean, env: NodeJS.ProcessEnv = process.env): ProviderConfig {
  // Checked below: the development values only on the embedded default (platform/src/secrets.ts).
  const secret = (_name: keyof typeof DEV_PROVIDER_SECRETS) => z.string().min(8).optional();
  const c = loadConfig(
    'billing',
    {
      FEDAPAY_URL: url('FedaPay API base, e.g. https://sandbox-api.fedapay.com; `npm start` runs a simulator'),
      FEDAPAY_SECRET_KEY: secret('FEDAPAY_SECRET_KEY'),
      FEDAPAY_WEBHOOK_SECRET: secret('FEDAPAY_WEBHOOK_SECRET'),
      KKIAPAY_URL: url('KKiaPay API base, e.g. https://api.kkiapay.me; `npm start` runs a simulator'),
      KKIAPAY_WIDGET_URL: z.string().url().optional(),
      KKIAPAY_PUBLIC_KEY: secret('KKIAPAY_PUBLIC_KEY'),
      KKIAPAY_PRIVATE_KEY: secret('KKIAPAY_PRIVATE_KEY'),
      KKIAPAY_SECRET: secret('KKIAPAY_SECRET'),
      PAYMENT_CALLBACK_URL: z.string().url().default('https://simveb.anatt.bj/paiement/retour'),
    },
    env,
  );
  const real = (name: keyof typeof DEV_PROVIDER_SECRETS) => requireSecret('billing', name, c[name], DEV_PROVIDER_SECRETS[name], env);
  return {
    fedapayUrl: c.FEDAPAY_URL,
    fedapaySecretKey: real('FEDAPAY_SECRET_KEY'),
    fedapayWebhookSecret: real('FEDAPAY_WEBHOOK_SECRET'),
    kkiapayUrl: c.KKIAPAY_URL,
    kkiapayWidgetUrl: c.KKIAPAY_WIDGET_URL ?? new URL('/widget', c.KKIAPAY_URL).toString(),
    kkiapayKeys: { publicKey: real('KKIAPAY_PUBLIC_KEY'), privateKey: real('KKIAPAY_PRIVATE_KEY'), secret: real('KKIAPAY_SECRET') },
    callbackUrl: c.PAYMENT_CALLBACK_URL,
  };
}
