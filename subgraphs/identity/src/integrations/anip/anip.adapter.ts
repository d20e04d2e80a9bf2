import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';
import type { CivilRecord, IdentityRegistry } from '../identity-registry';
import { ANIP_SERVICE_PATH, SIMVEB_XROAD_CLIENT, type AnipCitizen } from './anip.protocol';

/** ANIP through X-Road: timeouts, retries with backoff and a circuit breaker (see platform/integrations). */
export class AnipRegistry implements IdentityRegistry {
  private readonly call = resilient('ANIP (national identity register)', { timeoutMs: 3_000, retries: 2, breakAfter: 5, halfOpenAfterMs: 1_000 });

  constructor(private readonly baseUrl: string) {}

  findByNpi(npi: string): Promise<CivilRecord | null> {
    return this.call(async (signal) => {
      const url = new URL(ANIP_SERVICE_PATH, this.baseUrl);
      url.searchParams.set('npi', npi);
      const res = await fetchTransient('ANIP', url.toString(), { headers: { 'X-Road-Client': SIMVEB_XROAD_CLIENT, accept: 'application/json' }, signal });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`ANIP refused the request: ${res.status}`);
      const c = (await res.json()) as AnipCitizen;
      return {
        npi: c.npi,
        firstName: c.prenoms,
        lastName: c.nom,
        birthDate: c.date_naissance,
        birthPlace: c.lieu_naissance,
        phone: c.telephone,
        email: c.email,
        address: c.adresse,
        commune: c.commune ?? null,
      };
    });
  }
}
