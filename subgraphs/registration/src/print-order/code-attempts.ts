import type { MikroORM } from '@mikro-orm/postgresql';
import { PrintOrderStatus } from './print-order.entity';

export const MAX_CODE_ATTEMPTS = 5;

/**
 * The holder-code attempts of print orders, spent and given back outside any
 * step's transaction: an attempt must stay spent when the step that follows
 * fails or rolls back (else a printer could guess without end). Each call is
 * one statement committed on its own, on the process's pool, never on a
 * request's EntityManager (which may be inside a transaction).
 */
export interface CodeAttempts {
  /** Spends one attempt of the demand's waiting print order for this printer: the order's id, or null when none is left or there is no such order. */
  take(demandId: string, printerAffiliateId: string): Promise<string | null>;
  /** Gives back the attempt a right code spent. */
  giveBack(printOrderId: string): Promise<void>;
}

export class SqlCodeAttempts implements CodeAttempts {
  constructor(private readonly orm: MikroORM) {}

  async take(demandId: string, printerAffiliateId: string): Promise<string | null> {
    const [taken] = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `update print_order set failed_code_attempts = failed_code_attempts + 1
        where demand_id = ? and status = ? and failed_code_attempts < ? and (printer_affiliate_id is null or printer_affiliate_id = ?) returning id`,
      [demandId, PrintOrderStatus.ORDERED, MAX_CODE_ATTEMPTS, printerAffiliateId],
    );
    return taken?.id ?? null;
  }

  async giveBack(printOrderId: string): Promise<void> {
    await this.orm.em.getConnection().execute('update print_order set failed_code_attempts = failed_code_attempts - 1 where id = ?', [printOrderId]);
  }
}
