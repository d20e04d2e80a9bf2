import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';
import type { CustomsDeclaration, CustomsService } from './customs-service';

/** Customs clearance look-up (GET /api/v1/declarations/{reference}), field names as customs spells them. */
export class CustomsAdapter implements CustomsService {
  private readonly call = resilient('Customs (Douane)', { timeoutMs: 3_000, retries: 2, breakAfter: 5, halfOpenAfterMs: 1_000 });

  constructor(private readonly baseUrl: string) {}

  findDeclaration(reference: string): Promise<CustomsDeclaration | null> {
    return this.call(async (signal) => {
      const url = new URL(`/api/v1/declarations/${encodeURIComponent(reference)}`, this.baseUrl);
      const res = await fetchTransient('Customs', url.toString(), { headers: { accept: 'application/json' }, signal });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`Customs refused the request: ${res.status}`);
      const d = (await res.json()) as {
        numero: string;
        chassis: string;
        marque: string;
        modele: string;
        annee: number;
        energie: string;
        bureau: string;
        date_declaration: string;
        droits_acquittes: boolean;
        montant_droits: number;
      };
      return {
        reference: d.numero,
        vin: d.chassis,
        brand: d.marque,
        model: d.modele,
        year: d.annee,
        energy: d.energie,
        office: d.bureau,
        declaredAt: d.date_declaration,
        dutiesPaid: d.droits_acquittes,
        dutiesAmount: d.montant_droits,
      };
    });
  }
}
