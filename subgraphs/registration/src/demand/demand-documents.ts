import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInput } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { DemandDocumentFile } from '../document/document.entity';
import { DOCUMENT_TYPES } from '../service/service.catalogue';
import { Service } from '../service/service.entity';
import { Demand } from './demand.entity';

/** Every required document type must be among the demand's documents. */
export async function checkDocuments(em: EntityManager, demand: Demand, service: Service): Promise<void> {
  requireDocumentTypes(
    service,
    (await em.find(DemandDocumentFile, { demandId: demand.id })).map((d) => d.type),
  );
}

/** Refuses a filing or a submission that lacks a required document type, naming each one. */
export function requireDocumentTypes(service: Service, present: string[]): void {
  const types = new Set(present);
  const missing = service.requiredDocuments.filter((t) => !types.has(t));
  if (missing.length) {
    throw new BadInput(
      `Missing documents: ${missing.map((t) => DOCUMENT_TYPES[t] ?? t).join(', ')}.`,
      missing.map((t) => ({ path: 'documentIds', message: `${t} (${DOCUMENT_TYPES[t] ?? t}) is required.` })),
    );
  }
}

/** The filer's own uploaded documents, not yet used by a demand (all of the ids, or a refusal). */
export async function documentsToAttach(em: EntityManager, ids: string[], owner: string | null): Promise<DemandDocumentFile[]> {
  if (!ids.length) return [];
  if (!owner || ids.some((id) => !isUuid(id))) throw BadInput.field('documentIds', 'Unknown documents.');
  const docs = await em.find(DemandDocumentFile, { id: { $in: ids }, ownerId: owner, demandId: null });
  if (docs.length !== new Set(ids).size) throw BadInput.field('documentIds', 'Some documents are unknown, not yours, or already used by another demand.');
  return docs;
}
