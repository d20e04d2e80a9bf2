import { z } from 'zod';

export { z };

/**
 * Reads and validates environment variables once at start-up. A bad value is a
 * deployment mistake, so the process names the variable and stops instead of
 * limping along with a default nobody chose.
 */
export function loadConfig<S extends z.ZodRawShape>(service: string, shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const parsed = z.object(shape).safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  process.stderr.write(`[${service}] invalid configuration:\n${lines.join('\n')}\n`);
  process.exit(78); // EX_CONFIG
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const url = (hint = '') => z.string({ required_error: `is required${hint ? `: ${hint}` : ''}` }).url('must be a URL');
export const optionalUrl = () =>
  z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined));
export const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v === 'true' || v === '1'));
export const nodeEnv = () => z.enum(['development', 'test', 'production']).default('development');
