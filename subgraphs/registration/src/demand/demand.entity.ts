import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { PlateFamily } from '../plate/number-series';
import { PlateFamilyEnum } from '../plate/plate-family';
import { DemandStatus } from './demand.enums';
import type { ServiceCode } from '../service/service-policy';

@Directive('@key(fields: "id")')
@ObjectType('Demand', { description: 'Demande: a request for one service on one vehicle, moved through the workflow by its actors.' })
@Entity({ tableName: 'demand' })
@Index({ properties: ['applicantId', 'id'] })
@Index({ properties: ['status', 'id'] })
export class Demand {
  [OptionalProps]?: 'overdue' | 'statusSince';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'Human-readable unique reference, e.g. DEM-2026-000042.' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  reference!: string;

  @Property({ type: 'string', length: 60 })
  serviceCode!: ServiceCode;

  @Field(() => DemandStatus)
  @Enum({ items: () => DemandStatus, type: 'string' })
  status!: DemandStatus;

  @Property({ type: 'uuid' })
  applicantId!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  vehicleId?: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  centerId?: string | null;

  /** The agent treating it (person id), chosen by load or by a manager. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  assignedAgentId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  assignedAt?: Date | null;

  @Field(() => Date, { description: 'Since when it is in its current status.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  statusSince: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the current step is due (service target); null when none applies.' })
  @Index()
  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  /** The status a suspended demand returns to. */
  @Enum({ items: () => DemandStatus, type: 'string', nullable: true })
  suspendedFrom?: DemandStatus | null;

  /** Sale declarations: the buyer (person or company id). */
  @Property({ type: 'uuid', nullable: true })
  counterpartyId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Sale declarations: when the seller confirmed with their one-time code.' })
  @Property({ type: 'datetime', nullable: true })
  sellerConfirmedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sale declarations: when the buyer confirmed with their one-time code.' })
  @Property({ type: 'datetime', nullable: true })
  buyerConfirmedAt?: Date | null;

  /** Mutations: the closed sale declaration they rely on. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  saleDeclarationId?: string | null;

  @Field(() => PlateFamilyEnum, { nullable: true, description: 'Registrations: the special number family asked for (state, commercial, temporary); null: by the vehicle category.' })
  @Property({ type: 'string', length: 20, nullable: true })
  plateFamily?: PlateFamily | null;

  @Field(() => Boolean, { description: 'Traitement urgent (priced with the urgency surcharge).' })
  @Property({ type: 'boolean', default: false })
  urgent: Opt<boolean> = false;

  /** Pricing facts taken at filing (billing prices the order from them): vehicle category and applicant kind. */
  @Property({ type: 'string', length: 20, nullable: true })
  vehicleCategory?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  applicantKind?: string | null;

  /** The affiliate that filed it for the applicant (with the applicant's consent). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  filedByAffiliateId?: string | null;

  @Field(() => Int, { description: 'Increases with every change; send it back as expectedVersion.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Boolean, { description: 'Late: still open past the current step’s target time.' })
  get overdue(): boolean {
    return !!this.dueAt && this.dueAt.getTime() < Date.now();
  }

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
