import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO } from '@simveb/platform/demo';
import { Energy, VehicleOrigin } from '../catalogue/catalogue.enums';
import { Vehicle } from '../vehicle/vehicle.entity';
import { computeCheckDigit, isNorthAmerican } from '../vehicle/vin';
import { CATALOGUE } from './catalogue.data';
import type { SeededCatalogue } from './catalogue';

const COLORS = ['Blanc', 'Gris', 'Noir', 'Bleu', 'Rouge', 'Argent', 'Vert'];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A structurally valid VIN for demo vehicle n (check digit right where it applies). */
export function demoVin(wmi: string, n: number): string {
  const vds = [...Array(5)].map((_, i) => VIN_CHARS[(n * 7 + i * 13) % VIN_CHARS.length]).join('');
  let vin = `${wmi}${vds}0${'LMNPR'[n % 5]}A${String(100000 + n).slice(-6)}`;
  if (isNorthAmerican(vin)) vin = vin.slice(0, 8) + computeCheckDigit(vin) + vin.slice(9);
  return vin;
}

/** The demo fleet: fixed ids shared with the registration seed. Idempotent. */
export async function seedDemo(em: EntityManager, catalogue: SeededCatalogue): Promise<void> {
  const existing = await em.count(Vehicle, { id: { $in: [DEMO.vehicleId(1), DEMO.vehicleId(DEMO.fleetSize)] } });
  if (existing === 2) return;
  for (let n = 1; n <= DEMO.fleetSize; n++) {
    const entry = CATALOGUE[n % CATALOGUE.length]!;
    const { brand, models } = catalogue.get(entry.brand)!;
    const model = models[n % models.length]!;
    await em.upsert(Vehicle, {
      id: DEMO.vehicleId(n),
      vin: demoVin(entry.wmi, n),
      brand: brand.id,
      model: model.id,
      category: model.category,
      energy: n % 4 === 0 ? Energy.DIESEL : Energy.PETROL,
      color: COLORS[n % COLORS.length]!,
      year: 2008 + (n % 17),
      seats: model.category === 'MOTORCYCLE' ? 2 : 5,
      origin: VehicleOrigin.IMPORTED,
      customsReference: `C-2025-${String(10000 + n)}`,
    });
  }
}
