/**
 * Development secrets exist so `npm start` runs with nothing set. They are
 * published in this repository, so a process refuses them as soon as it talks
 * to real infrastructure: in production, or when any database, Redis or
 * outside service is configured rather than embedded or simulated by the
 * launcher (which says which ones it embeds in EMBEDDED_DATABASES and
 * SIMULATED_SERVICES).
 */
/** Published development value of the documents' HMAC secret (registration and billing share it). */
export const DEV_DOCUMENT_SIGNING_SECRET = 'simveb-development-document-secret';

const DATABASES = ['IDENTITY', 'VEHICLE', 'REGISTRATION', 'BILLING'];
const SERVICES: [string, string][] = [
  ['ANIP_URL', 'anip'],
  ['DGI_URL', 'dgi'],
  ['CUSTOMS_URL', 'customs'],
  ['MESSAGING_URL', 'messaging'],
  ['FEDAPAY_URL', 'fedapay'],
  ['KKIAPAY_URL', 'kkiapay'],
];

const listed = (v: string | undefined) => new Set((v ?? '').split(',').filter(Boolean));

/** Why development secrets are refused here, or null when they are acceptable (the embedded default). */
export function realInfrastructure(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV === 'production') return 'NODE_ENV is production';
  const embedded = listed(env.EMBEDDED_DATABASES);
  const db = DATABASES.find((n) => env[`${n}_DATABASE_URL`] && !embedded.has(n.toLowerCase()));
  if (db) return `${db}_DATABASE_URL is configured`;
  if (env.REDIS_URL) return 'REDIS_URL is configured';
  const simulated = listed(env.SIMULATED_SERVICES);
  const service = SERVICES.find(([v, n]) => env[v] && !simulated.has(n));
  if (service) return `${service[0]} is configured`;
  return null;
}

/**
 * The secret's value; its development default only on the embedded default.
 * Anywhere else a missing secret, or the published default itself, stops the
 * process with the variable named and how to make one.
 */
export function secret(service: string, name: string, value: string | undefined, devDefault: string, env: NodeJS.ProcessEnv = process.env): string {
  const why = realInfrastructure(env);
  if (why && (!value || value === devDefault)) {
    process.stderr.write(
      `[${service}] invalid configuration:\n  ${name}: ${value ? 'is the published development value' : 'is required'} because ${why}. ` +
        'Generate one with `openssl rand -base64 32` and keep it in your secret store.\n',
    );
    process.exit(78);
  }
  return value || devDefault;
}

/** Debug endpoints (SQL statement traces, subscription counts) never run in production. */
export function refuseDebugInProduction(service: string, debugEndpoints: boolean, production: boolean): void {
  if (debugEndpoints && production) {
    process.stderr.write(`[${service}] invalid configuration:\n  DEBUG_ENDPOINTS: must not be true in production\n`);
    process.exit(78);
  }
}
