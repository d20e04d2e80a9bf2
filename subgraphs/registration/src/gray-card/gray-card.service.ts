import type { EntityManager } from '@mikro-orm/postgresql';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import { formatPlate } from '../plate/plate-number';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { DocumentStatus, GrayCard } from './gray-card.entity';

/** Services whose validation issues a new card (the previous one is superseded). */
export const ISSUES_CARD = new Set([
  'IMMATRICULATION_STANDARD',
  'IMMATRICULATION_PRESTIGE_NUMBER',
  'IMMATRICULATION_PRESTIGE_LABEL',
  'IMMATRICULATION_PRESTIGE_NUMBER_LABEL',
  'RE_IMMATRICULATION',
  'MUTATION',
  'GRAY_CARD_DUPLICATE',
  'VEHICLE_TRANSFORMATION',
  'PLATE_TRANSFORMATION',
]);

/** Supersedes the vehicle's valid card, if any, and issues a new one to its current holder and plate. */
export async function issueGrayCard(tx: EntityManager, vehicleId: string, holderId: string, demandId: string, now: Date): Promise<GrayCard> {
  await tx.nativeUpdate(GrayCard, { vehicleId, status: DocumentStatus.VALID }, { status: DocumentStatus.SUPERSEDED, supersededAt: now });
  const plate = await tx.findOne(Plate, { vehicleId, status: PlateStatus.ACTIVE });
  return tx.create(GrayCard, {
    number: await nextSequenceNumber(tx, 'gray_card_number_seq', 'CG', now),
    vehicleId,
    holderId,
    demandId,
    plateNumber: plate ? formatPlate(plate.compactNumber) : '',
    issuedAt: now,
  });
}
