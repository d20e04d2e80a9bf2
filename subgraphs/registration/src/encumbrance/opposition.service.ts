import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, type Actor } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { DemandDocumentFile } from '../document/document.entity';
import type { Demand } from '../demand/demand.entity';
import type { SubmitDemandInput } from '../demand/demand.inputs';
import { submitDemand } from '../demand/file-demand';
import type { DemandDeps } from '../demand/demand.deps';

export const MAX_OPPOSED_VEHICLES = 50;

/**
 * A court decision often opposes several vehicles at once: one demand per
 * vehicle (each decided and lifted on its own), filed together or not at all.
 * The court order uploaded once serves every demand (a copy of its record,
 * same stored file, per extra vehicle).
 */
export async function fileOppositions(em: EntityManager, vehicleIds: string[], documentIds: string[], actor: Actor, deps: DemandDeps): Promise<Demand[]> {
  requireRole(actor, ['COURT_CLERK'], 'file oppositions');
  const ids = [...new Set(vehicleIds)];
  if (!ids.length || ids.length > MAX_OPPOSED_VEHICLES) throw BadInput.field('vehicleIds', `Name 1 to ${MAX_OPPOSED_VEHICLES} vehicles.`);
  const bad = ids.findIndex((id) => !isUuid(id));
  if (bad >= 0) throw BadInput.field(`vehicleIds.${bad}`, 'Not a valid id.');
  return em.transactional(async (tx) => {
    const originals = await tx.find(DemandDocumentFile, { id: { $in: documentIds.filter(isUuid) }, ownerId: actor.partyId!, demandId: null });
    const filed: Demand[] = [];
    for (const [i, vehicleId] of ids.entries()) {
      const docs =
        i === 0
          ? documentIds
          : originals.map(
              (d) => tx.create(DemandDocumentFile, { type: d.type, fileName: d.fileName, contentType: d.contentType, size: d.size, sha256: d.sha256, storageKey: d.storageKey, ownerId: d.ownerId }).id,
            );
      await tx.flush();
      try {
        filed.push(await submitDemand(tx, { serviceCode: 'OPPOSITION', vehicleId, documentIds: docs, draft: false, urgent: false } as SubmitDemandInput, actor, deps));
      } catch (err) {
        // Say which vehicle of the list was refused; nothing of the list is filed.
        if (err instanceof BadInput) throw BadInput.field(`vehicleIds.${i}`, err.message);
        throw err;
      }
    }
    return filed;
  });
}
