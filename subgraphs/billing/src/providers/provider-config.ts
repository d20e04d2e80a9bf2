import { loadConfig, url, z } from '@simveb/platform/config';

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
  const secret = (name: keyof typeof DEV_PROVIDER_SECRETS) =>
    production ? z.string({ required_error: 'is required in production' }).min(8) : z.string().min(8).default(DEV_PROVIDER_SECRETS[name]);
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
  return {
    fedapayUrl: c.FEDAPAY_URL,
    fedapaySecretKey: c.FEDAPAY_SECRET_KEY,
    fedapayWebhookSecret: c.FEDAPAY_WEBHOOK_SECRET,
    kkiapayUrl: c.KKIAPAY_URL,
    kkiapayWidgetUrl: c.KKIAPAY_WIDGET_URL ?? new URL('/widget', c.KKIAPAY_URL).toString(),
    kkiapayKeys: { publicKey: c.KKIAPAY_PUBLIC_KEY, privateKey: c.KKIAPAY_PRIVATE_KEY, secret: c.KKIAPAY_SECRET },
    callbackUrl: c.PAYMENT_CALLBACK_URL,
  };
}
