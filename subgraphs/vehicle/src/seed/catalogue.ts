import type { EntityManager } from '@mikro-orm/postgresql';
import { Brand } from '../catalogue/brand.entity';
import { VehicleModel } from '../catalogue/vehicle-model.entity';
import { CATALOGUE } from './catalogue.data';

export type SeededCatalogue = Map<string, { brand: Brand; models: VehicleModel[] }>;

/** Reference data every environment needs; adds what is missing, changes nothing else. */
export async function seedCatalogue(em: EntityManager): Promise<SeededCatalogue> {
  const brands = new Map((await em.find(Brand, {})).map((b) => [b.name, b]));
  const models = await em.find(VehicleModel, {});
  const out: SeededCatalogue = new Map();
  for (const entry of CATALOGUE) {
    const brand = brands.get(entry.brand) ?? em.create(Brand, { name: entry.brand });
    const list = entry.models.map(([name, category]) => models.find((m) => m.brand.id === brand.id && m.name === name) ?? em.create(VehicleModel, { name, brand, category }));
    out.set(entry.brand, { brand, models: list });
  }
  await em.flush();
  return out;
}
