import type { EntityManager } from '@mikro-orm/postgresql';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import { formatPlate } from '../plate/plate-number';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { DocumentStatus, GrayCard } from './gray-card.entity';

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
