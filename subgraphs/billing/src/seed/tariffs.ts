import type { EntityManager } from '@mikro-orm/postgresql';
import { Tariff } from '../tariff/tariff.entity';
import { TariffComponent, TariffCondition } from '../tariff/tariff.enums';

/**
 * No official fee schedule is public; the system being replaced charged
 * 20,000 XOF per service plus variations. Seeded once; admins change it with
 * dated rows (setTariff).
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
/** Services that hand out plates. */
const WITH_PLATES = [
  'IMMATRICULATION_STANDARD',
  'IMMATRICULATION_PRESTIGE_NUMBER',
  'IMMATRICULATION_PRESTIGE_LABEL',
  'IMMATRICULATION_PRESTIGE_NUMBER_LABEL',
  'RE_IMMATRICULATION',
  'PLATE_DUPLICATE',
  'PLATE_TRANSFORMATION',
];
/** Services whose price depends on the vehicle and its holder. */
const BY_VEHICLE = [...WITH_PLATES.slice(0, 5), 'MUTATION'];

type Row = [string, TariffComponent, TariffCondition, string, number];

function schedule(): Row[] {
  const rows: Row[] = [];
  for (const [code, fee] of FEES) {
    rows.push([code, TariffComponent.SERVICE_FEE, TariffCondition.ALWAYS, 'Frais de service', fee]);
    if (fee === 0) continue; // judicial measures are free of charge, stamp included
    rows.push([code, TariffComponent.STAMP_DUTY, TariffCondition.ALWAYS, 'Droit de timbre', 1_000]);
    rows.push([code, TariffComponent.SURCHARGE, TariffCondition.URGENT, 'Supplément traitement urgent', 10_000]);
  }
  for (const code of WITH_PLATES) {
    rows.push([code, TariffComponent.PLATE, TariffCondition.ALWAYS, 'Jeu de plaques', 15_000]);
    rows.push([code, TariffComponent.PLATE, TariffCondition.TWO_THREE_WHEELER, 'Réduction plaque unique (deux-roues)', -7_500]);
  }
  for (const code of BY_VEHICLE) {
    rows.push([code, TariffComponent.SURCHARGE, TariffCondition.HEAVY_VEHICLE, 'Supplément poids lourd', 10_000]);
    rows.push([code, TariffComponent.SURCHARGE, TariffCondition.COMPANY_HOLDER, 'Supplément personne morale', 5_000]);
  }
  return rows;
}

export async function seedTariffs(em: EntityManager): Promise<void> {
  if (await em.count(Tariff, {})) return;
  const from = new Date('2026-01-01T00:00:00Z');
  for (const [serviceCode, component, condition, label, amount] of schedule()) {
    em.create(Tariff, { serviceCode, component, condition, label, amount, effectiveFrom: from });
  }
  await em.flush();
}
