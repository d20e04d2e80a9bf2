import type { EntityManager } from '@mikro-orm/postgresql';
import { Plate } from './plate.entity';
import { compact, seriesIndex, skipReserved, successor, type PlateFamily, type Position, type Reservation } from './number-series';
import { NumberSeries, ReservedNumber } from './number-series.entity';

/** Where each family starts on a new register (the demo data uses the A- series). */
export const FIRST_SERIES: Record<PlateFamily, string> = { PRIVATE: 'BA', TWO_WHEELER: '2A', STATE: 'EBA', COMMERCIAL: 'WGA', TEMPORARY: 'IPA' };

/**
 * The next free number of a family. It runs in a transaction of its own,
 * before the validation's (never nested: one pooled connection per request),
 * so the family's counter row stays locked (FOR UPDATE) for a few statements
 * only and concurrent validations on any replica take turns quickly. A
 * validation that then fails leaves a gap, never a duplicate. Reserved series
 * and ranges are jumped over; a number somehow already on a plate is stepped
 * past; the plate's unique constraint is the last guard.
 */
export async function allocateNumber(em: EntityManager, family: PlateFamily): Promise<string> {
  return em.fork().transactional((tx) => allocateIn(tx, family));
}

async function allocateIn(tx: EntityManager, family: PlateFamily): Promise<string> {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  await conn.execute('insert into number_series (family, series, number) values (?, ?, 0) on conflict do nothing', [family, seriesIndex(family, FIRST_SERIES[family])], 'run', ctx);
  const [row] = await conn.execute<{ series: number; number: number }[]>('select series, number from number_series where family = ? for update', [family], 'all', ctx);
  const reserved: Reservation[] = (await tx.find(ReservedNumber, { family })).map((r) => ({
    series: r.series ?? undefined,
    from: r.fromNumber ?? undefined,
    to: r.toNumber ?? undefined,
  }));
  let pos: Position = row!.number === 0 ? { series: row!.series, number: 1 } : successor(family, { series: row!.series, number: row!.number });
  for (let tries = 0; ; tries++) {
    pos = skipReserved(family, pos, reserved);
    const candidate = compact(family, pos);
    if (!(await tx.count(Plate, { compactNumber: candidate }))) {
      await conn.execute('update number_series set series = ?, number = ? where family = ?', [pos.series, pos.number, family], 'run', ctx);
      return candidate;
    }
    if (tries > 10_000) throw new Error(`no free ${family} number near ${candidate}`);
    pos = successor(family, pos);
  }
}

export { NumberSeries, ReservedNumber };
