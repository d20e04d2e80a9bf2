import type { EntityManager } from '@mikro-orm/postgresql';
import { Tariff } from './tariff.entity';
import { HolderKind, TariffCondition } from './tariff.enums';

/** What the price of a demand depends on. */
export interface PricingFacts {
  serviceCode: string;
  /** Vehicle category (genre) as the vehicle register names it; null for services without a vehicle. */
  vehicleCategory: string | null;
  holderKind: HolderKind;
  urgent: boolean;
}

export interface PricedLine {
  label: string;
  amount: number;
}

const TWO_THREE_WHEELERS = new Set(['MOTORCYCLE', 'TRICYCLE']);
const HEAVY = new Set(['TRUCK', 'BUS', 'TRAILER']);

function applies(condition: TariffCondition, f: PricingFacts): boolean {
  switch (condition) {
    case TariffCondition.ALWAYS:
      return true;
    case TariffCondition.TWO_THREE_WHEELER:
      return f.vehicleCategory != null && TWO_THREE_WHEELERS.has(f.vehicleCategory);
    case TariffCondition.HEAVY_VEHICLE:
      return f.vehicleCategory != null && HEAVY.has(f.vehicleCategory);
    case TariffCondition.COMPANY_HOLDER:
      return f.holderKind === HolderKind.COMPANY;
    case TariffCondition.URGENT:
      return f.urgent;
  }
}

/** Rows in force at `at`: the latest effective row of each (service, component, condition). */
export async function tariffsInForce(em: EntityManager, at: Date, serviceCode?: string): Promise<Tariff[]> {
  const rows = await em.find(
    Tariff,
    { effectiveFrom: { $lte: at }, ...(serviceCode && { serviceCode }) },
    { orderBy: { serviceCode: 'asc', component: 'asc', condition: 'asc', effectiveFrom: 'desc' } },
  );
  const seen = new Set<string>();
  return rows.filter((t) => {
    const k = `${t.serviceCode}|${t.component}|${t.condition}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The lines a demand costs: every row in force whose condition holds, zero
 * lines dropped. Quotes and orders both come from here, so the price quoted
 * is the price ordered (at the same date).
 */
export async function priceOf(em: EntityManager, facts: PricingFacts, at = new Date()): Promise<PricedLine[]> {
  const rows = await tariffsInForce(em, at, facts.serviceCode);
  return rows.filter((t) => t.amount !== 0 && applies(t.condition, facts)).map((t) => ({ label: t.label, amount: t.amount }));
}

/** Reductions never make a demand cost less than nothing. */
export const totalOf = (lines: PricedLine[]): number =>
  Math.max(
    0,
    lines.reduce((a, l) => a + l.amount, 0),
  );
