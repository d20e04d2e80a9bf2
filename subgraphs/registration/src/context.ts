import { PrintOrder } from './print-order/print-order.entity';
import { IssuedDocument } from './issued-document/issued-document.entity';
import type { PartyDirectory } from './integrations/party-directory';
import type { BillingDocuments } from './integrations/billing-documents';
import type { SubgraphContext } from '@simveb/platform/graphql/context';
import type { CodeAttempts } from './print-order/code-attempts';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import type { EventBus } from '@simveb/platform/bus/event-bus';
import type { JWTVerifyGetKey } from 'jose';
import { centersOfAgent } from './center/assignment';
import { rosterPartyOf } from '@simveb/platform/auth/authorization-context';
import type { DocumentStorage } from './document/document-storage';
import type { VehicleRegistry } from './integrations/vehicle-registry';
import type { OutboxRelay, PublishedEvent } from '@simveb/platform/outbox/outbox-relay';
import type { KeyedFanout } from '@simveb/platform/bus/keyed-fanout';
import type DataLoader from 'dataloader';
import { byIdLoader, keyedLoader, groupedLoader, entitiesWhere, managed } from '@simveb/platform/graphql/loader';
import { uuidArrayLiteral } from '@simveb/platform/ids';
import { countLoader, pagedLoader, type PagedKey } from '@simveb/platform/graphql/paged-loader';
import { ManagementCenter } from './center/center.entity';
import { Registration } from './registration/registration.entity';
import { Encumbrance } from './encumbrance/encumbrance.entity';
import { DocumentStatus, GrayCard } from './gray-card/gray-card.entity';
import { DemandDocumentFile } from './document/document.entity';
import { Demand } from './demand/demand.entity';
import { DemandEvent } from './demand/demand-event.entity';
import { Holding } from './holding/holding.entity';
import { Plate, PlateStatus } from './plate/plate.entity';
import { Service } from './service/service.entity';
import { isServiceCode } from './service/service-policy';

export interface Loaders {
  demand: DataLoader<string, Demand | null>;
  service: DataLoader<string, Service | null>;
  history: DataLoader<string, DemandEvent[]>;
  activePlate: DataLoader<string, Plate | null>;
  activePlateByNumber: DataLoader<string, Plate | null>;
  currentHolding: DataLoader<string, Holding | null>;
  heldVehicles: DataLoader<PagedKey, Holding[], string>;
  heldVehicleCount: DataLoader<string, number>;
  demandsOf: DataLoader<PagedKey, Demand[], string>;
  demandCountOf: DataLoader<string, number>;
  center: DataLoader<string, ManagementCenter | null>;
  registration: DataLoader<string, Registration | null>;
  encumbrances: DataLoader<string, Encumbrance[]>;
  holdings: DataLoader<string, Holding[]>;
  grayCard: DataLoader<string, GrayCard | null>;
  issuedDocuments: DataLoader<string, IssuedDocument[]>;
  printOrder: DataLoader<string, PrintOrder | null>;
  documents: DataLoader<string, DemandDocumentFile[]>;
}

function createLoaders(em: EntityManager): Loaders {
  const sql = em.getConnection();
  return {
    demand: byIdLoader(em, Demand),
    service: keyedLoader(
      (codes) => entitiesWhere(em, Service, { code: { $in: codes.filter(isServiceCode) } }),
      (s) => s.code,
    ),
    history: groupedLoader(
      (ids) => entitiesWhere(em, DemandEvent, { demandId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.demandId,
    ),
    activePlate: keyedLoader(
      (ids) => entitiesWhere(em, Plate, { vehicleId: { $in: [...ids] }, status: PlateStatus.ACTIVE }),
      (p) => p.vehicleId,
    ),
    activePlateByNumber: keyedLoader(
      (numbers) => entitiesWhere(em, Plate, { compactNumber: { $in: [...numbers] }, status: PlateStatus.ACTIVE }),
      (p) => p.compactNumber,
    ),
    currentHolding: keyedLoader(
      (ids) => entitiesWhere(em, Holding, { vehicleId: { $in: [...ids] }, endedAt: null }),
      (h) => h.vehicleId,
    ),
    heldVehicles: pagedLoader(
      async (holderIds, page) => {
        const rows = await sql.execute(
          `select * from (
           select h.*, row_number() over (partition by h.holder_id order by h.vehicle_id) as rn
           from holding h
           where h.ended_at is null and h.holder_id = any(?::uuid[]) and (?::uuid is null or h.vehicle_id > ?::uuid)
         ) t where t.rn <= ?`,
          [uuidArrayLiteral(holderIds), page.after ?? null, page.after ?? null, page.limit + 1],
        );
        return managed(em, Holding, rows);
      },
      (h) => h.holderId,
    ),
    heldVehicleCount: countLoader((holderIds) =>
      sql.execute('select holder_id as key, count(*) as count from holding where ended_at is null and holder_id = any(?::uuid[]) group by holder_id', [uuidArrayLiteral(holderIds)]),
    ),
    demandsOf: pagedLoader(
      async (applicantIds, page) => {
        const rows = await sql.execute(
          `select * from (
           select d.*, row_number() over (partition by d.applicant_id order by d.id desc) as rn
           from demand d
           where d.applicant_id = any(?::uuid[]) and (?::uuid is null or d.id < ?::uuid)
         ) t where t.rn <= ?`,
          [uuidArrayLiteral(applicantIds), page.after ?? null, page.after ?? null, page.limit + 1],
        );
        return managed(em, Demand, rows);
      },
      (d) => d.applicantId,
    ),
    encumbrances: groupedLoader(
      (ids) => entitiesWhere(em, Encumbrance, { vehicleId: { $in: [...ids] } }, { orderBy: { since: 'asc' } }),
      (e) => e.vehicleId,
    ),
    holdings: groupedLoader(
      (ids) => entitiesWhere(em, Holding, { vehicleId: { $in: [...ids] } }, { orderBy: { startedAt: 'asc' } }),
      (h) => h.vehicleId,
    ),
    printOrder: keyedLoader(
      (ids) => entitiesWhere(em, PrintOrder, { demandId: { $in: [...ids] } }),
      (o) => o.demandId,
    ),
    issuedDocuments: groupedLoader(
      (ids) => entitiesWhere(em, IssuedDocument, { vehicleId: { $in: [...ids] } }, { orderBy: { issuedAt: 'desc' } }),
      (d) => d.vehicleId,
    ),
    grayCard: keyedLoader(
      (ids) => entitiesWhere(em, GrayCard, { vehicleId: { $in: [...ids] }, status: DocumentStatus.VALID }),
      (c) => c.vehicleId,
    ),
    registration: keyedLoader(
      (ids) => entitiesWhere(em, Registration, { vehicleId: { $in: [...ids] } }, { orderBy: { registeredAt: 'asc' } }),
      (r) => r.vehicleId,
    ),
    center: keyedLoader(
      (ids) => entitiesWhere(em, ManagementCenter, { id: { $in: [...ids] } }),
      (c) => c.id,
    ),
    documents: groupedLoader(
      (ids) => entitiesWhere(em, DemandDocumentFile, { demandId: { $in: [...ids] } }, { orderBy: { uploadedAt: 'asc' } }),
      (d) => d.demandId!,
    ),
    demandCountOf: countLoader((applicantIds) =>
      sql.execute('select applicant_id as key, count(*) as count from demand where applicant_id = any(?::uuid[]) group by applicant_id', [uuidArrayLiteral(applicantIds)]),
    ),
  };
}

/** Process-wide parts the resolvers need. */
export interface Services {
  /** Printers' holder-code attempts (print-order/code-attempts.ts). */
  codeAttempts: CodeAttempts;
  bus: EventBus;
  /** Demand status events filed by demand, applicant, centre and affiliate: a subscription wakes only for its own. */
  demandStatus: KeyedFanout<PublishedEvent>;
  relay: OutboxRelay;
  /** Identity's public keys, for consent tokens. */
  keys: JWTVerifyGetKey;
  vehicles: VehicleRegistry;
  storage: DocumentStorage;
  pledgeBlocksSale: boolean;
  tintedValidityDays: number;
  /** HMAC secret of the verification codes printed on documents. */
  signingSecret: string;
  parties: PartyDirectory;
  /** Billing answers for its own documents (invoices, receipts). */
  billingDocuments: BillingDocuments;
}

/**
 * Per-request scope: a forked EntityManager and fresh DataLoaders. A
 * subscription keeps one context for its lifetime, so it calls `renew()`
 * for every event rather than answer from a stale identity map.
 */
export class Context implements SubgraphContext<Loaders, Services> {
  private scope: { em: EntityManager; loaders: Loaders } | undefined;

  /**
   * `actor` is what access rules read; `rosterParty` whose centre roster
   * counts (an agent's own party, which a shared execution's actor no longer
   * carries: see @simveb/platform/auth/authorization-context).
   */
  constructor(
    private readonly orm: MikroORM,
    readonly services: Services,
    readonly actor: Actor,
    private readonly rosterParty: string | null = rosterPartyOf(actor),
  ) {}

  private centersOfActor: Promise<string[]> | undefined;

  // Forked on first use: a subscription that never receives an event holds no EntityManager or loaders.
  get em(): EntityManager {
    return (this.scope ??= this.fork()).em;
  }

  get loaders(): Loaders {
    return (this.scope ??= this.fork()).loaders;
  }

  private fork(): { em: EntityManager; loaders: Loaders } {
    const em = this.orm.em.fork();
    return { em, loaders: createLoaders(em) };
  }

  renew(): this {
    this.scope = undefined;
    return this;
  }

  /** The management centres whose queue the caller works (agents, service heads); loaded once per request. */
  centers(): Promise<string[]> {
    const id = this.rosterParty;
    return (this.centersOfActor ??= id ? centersOfAgent(this.orm.em.fork(), id) : Promise.resolve([]));
  }
}
