import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, Forbidden } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { formatPlate } from '../plate/plate-number';
import { Plate, PlateStatus } from '../plate/plate.entity';
import type { CodeAttempts } from './code-attempts';
import { holderCodeMatches } from './holder-code';
import { PrintKind, PrintOrder, PrintOrderStatus } from './print-order.entity';
import { policyOf } from '../service/service-policy';

const SERIAL = /^[A-Z0-9-]{6,30}$/;
const EPC = /^[0-9A-F]{24}$/;

export interface PrintInput {
  printerId?: string | null;
  plateSerial?: string | null;
  rfidTag?: string | null;
  holderCode?: string | null;
}

/** ORDER_PRINT: the order goes to the named approved printer, or to any. */
export async function orderPrint(tx: EntityManager, demand: { id: string; vehicleId?: string | null; serviceCode: string }, input: PrintInput, now: Date): Promise<PrintOrder> {
  if (!demand.vehicleId) throw new Error('a printed demand is about a vehicle');
  if (input.printerId != null && !isUuid(input.printerId)) throw BadInput.field('printerId', 'Not a valid id.');
  const plate = await tx.findOne(Plate, { vehicleId: demand.vehicleId, status: PlateStatus.ACTIVE });
  if (!plate) throw new Conflict('The vehicle has no plate in force to print.');
  return tx.create(PrintOrder, {
    demandId: demand.id,
    vehicleId: demand.vehicleId,
    kind: policyOf(demand.serviceCode).print ?? PrintKind.PLATE_AND_CARD,
    printerAffiliateId: input.printerId ?? null,
    plateNumber: formatPlate(plate.compactNumber),
    orderedAt: now,
  });
}

/** What became of a printer's holder code, decided before the step's transaction. */
export type CodeCheck = 'right' | 'wrong' | 'locked';

/**
 * Spends one of a print order's code attempts, then compares the code
 * (attempts: code-attempts.ts, committed on their own): parallel guesses each
 * spend an attempt first, so no more than MAX_CODE_ATTEMPTS codes are ever
 * compared. A right code gives its attempt back. Only for the printer the
 * order may go to (anyone else is refused by the step and spends nothing).
 */
export async function checkHolderCode(attempts: CodeAttempts, demandId: string, actor: Actor, code: string | null | undefined, secret: string): Promise<CodeCheck | undefined> {
  if (actor.affiliateKind !== 'PLATE_PRINTER' || !actor.affiliateId) return undefined;
  const orderId = await attempts.take(demandId, actor.affiliateId);
  if (!orderId) return 'locked';
  if (!code || !holderCodeMatches(secret, orderId, code)) return 'wrong';
  await attempts.giveBack(orderId);
  return 'right';
}

/**
 * MARK_PRINTED: an approved printer (the one named, if any) declares what it
 * made, proven by the holder's code (checked beforehand by checkHolderCode:
 * a wrong code stays counted, five lock the order).
 */
export async function confirmPrinted(tx: EntityManager, demandId: string, actor: Actor, input: PrintInput, now: Date, codeCheck: CodeCheck | undefined): Promise<void> {
  const order = await tx.findOne(PrintOrder, { demandId });
  if (!order || order.status !== PrintOrderStatus.ORDERED) throw new Conflict('This demand has no print order waiting.');
  if (order.printerAffiliateId && actor.affiliateKind === 'PLATE_PRINTER' && actor.affiliateId !== order.printerAffiliateId) {
    throw new Forbidden('This print order was sent to another printer.');
  }
  if (codeCheck === 'locked') throw new Conflict('Too many wrong holder codes: ANaTT must reissue this print order.');
  if (codeCheck !== 'right') {
    throw BadInput.field('holderCode', 'This is not the holder’s code for this print order: ask the holder for the code SIMVEB gave them.');
  }
  if (order.kind !== PrintKind.CARD) {
    const serial = input.plateSerial?.trim().toUpperCase() ?? '';
    const rfid = input.rfidTag?.trim().toUpperCase() ?? '';
    const problems = [
      ...(SERIAL.test(serial) ? [] : [{ path: 'plateSerial', message: 'The plate serial is 6–30 letters, digits or dashes.' }]),
      ...(EPC.test(rfid) ? [] : [{ path: 'rfidTag', message: 'The RFID tag is the 96-bit EPC in 24 hexadecimal digits.' }]),
    ];
    if (problems.length) throw new BadInput('The printed plate is not described.', problems);
    const clash = await tx.count(PrintOrder, { $or: [{ plateSerial: serial }, { rfidTag: rfid }] });
    if (clash) throw new Conflict('A plate with this serial or RFID tag is already in the register.');
    order.plateSerial = serial;
    order.rfidTag = rfid;
  }
  order.status = PrintOrderStatus.PRINTED;
  order.printedAt = now;
  order.printedByAffiliateId = actor.affiliateId ?? null;
}

/** VALIDATE_PRINT: ANaTT checked the printed items against the register. */
export async function validatePrinted(tx: EntityManager, demandId: string, now: Date): Promise<void> {
  const order = await tx.findOne(PrintOrder, { demandId });
  if (!order || order.status !== PrintOrderStatus.PRINTED) throw new Conflict('Nothing printed to validate for this demand.');
  order.status = PrintOrderStatus.VALIDATED;
  order.validatedAt = now;
}

/** DELIVER: handed over; the vehicle's plate now is this physical plate (a duplicate's old one is void). */
export async function deliverPrinted(tx: EntityManager, demandId: string, now: Date): Promise<void> {
  const order = await tx.findOne(PrintOrder, { demandId });
  if (!order || order.status !== PrintOrderStatus.VALIDATED) throw new Conflict('The print of this demand is not validated yet.');
  order.status = PrintOrderStatus.DELIVERED;
  order.deliveredAt = now;
  if (order.plateSerial) {
    await tx.nativeUpdate(Plate, { vehicleId: order.vehicleId, status: PlateStatus.ACTIVE }, { serial: order.plateSerial, rfidTag: order.rfidTag });
  }
}

/** A rejected or cancelled demand's pending print order is void. */
export async function cancelPrint(tx: EntityManager, demandId: string): Promise<void> {
  await tx.nativeUpdate(PrintOrder, { demandId, status: { $in: [PrintOrderStatus.ORDERED, PrintOrderStatus.PRINTED, PrintOrderStatus.VALIDATED] } }, { status: PrintOrderStatus.CANCELLED });
}
