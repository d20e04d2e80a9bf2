import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';
import type { CompanyRecord, CompanyRegistry } from '../company-registry';

/** DGI's taxpayer look-up (GET /api/contribuables/{ifu}), with the same resilience as ANIP. */
export class DgiRegistry implements CompanyRegistry {
  private readonly call = resilient('DGI (tax office register)', { timeoutMs: 3_000, retries: 2, breakAfter: 5, halfOpenAfterMs: 1_000 });

  constructor(private readonly baseUrl: string) {}

  findByIfu(ifu: string): Promise<CompanyRecord | null> {
    return this.call(async (signal) => {
      const res = await fetchTransient('DGI', new URL(`/api/contribuables/${ifu}`, this.baseUrl).toString(), { headers: { accept: 'application/json' }, signal });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`DGI refused the request: ${res.status}`);
      const c = (await res.json()) as { ifu: string; raison_sociale: string; rccm: string | null; adresse: string | null };
      return { ifu: c.ifu, name: c.raison_sociale, rccm: c.rccm, address: c.adresse };
    });
  }
}
