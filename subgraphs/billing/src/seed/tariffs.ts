import type { EntityManager } from '@mikro-orm/postgresql';
import { Tariff } from '../tariff/tariff.entity';

/**
 * No official fee schedule is public; the system being replaced charged
 * 20,000 XOF per service. Seeded once; admins change it with dated rows.
 */
const BASE = 20_000;
const FEES: [string, number][] = [
  ['IMMATRICULATION_STANDARD', BASE],
  ['IMMATRICULATION_PRESTIGE_NUMBER', BASE + 100_000],
  ['IMMATRICULATION_PRESTIGE_LABEL', BASE + 150_000],
  ['IMMATRICULATION_PRESTIGE_NUMBER_LABEL', BASE + 200_000],
  ['RE_IMMATRICULATION', BASE],
  ['SALE_DECLARATION', 5_000],
  ['MUTATION', BASE],
  ['GRAY_CARD_DUPLICATE', BASE],
  ['PLATE_DUPLICATE', BASE],
  ['VEHICLE_TRANSFORMATION', BASE],
  ['PLATE_TRANSFORMATION', BASE],
  ['TINTED_WINDOW_AUTHORIZATION', 50_000],
  ['GLASS_ENGRAVING', 10_000],
  ['TITLE_DEPOSIT', 5_000],
  ['TITLE_RECOVERY', 5_000],
  ['PLEDGE', BASE],
  ['PLEDGE_LIFT', 10_000],
  ['OPPOSITION', 0],
  ['OPPOSITION_LIFT', 0],
];

export async function seedTariffs(em: EntityManager): Promise<void> {
  if (await em.count(Tariff, {})) return;
  const from = new Date('2026-01-01T00:00:00Z');
  for (const [serviceCode, amount] of FEES) em.create(Tariff, { serviceCode, label: 'Frais de service', amount, effectiveFrom: from });
  await em.flush();
}
