import { Field, ObjectType } from 'type-graphql';
import { PartyRef } from '../party/party.stubs';
import { DemandStatus } from './demand.enums';

export const DEMAND_STATUS_TOPIC = 'demand.status';

/** What the outbox carries for every status change (and what other subgraphs may consume). */
export interface DemandStatusPayload {
  demandId: string;
  reference: string;
  serviceCode: string;
  applicantId: string;
  centerId: string | null;
  filedByAffiliateId: string | null;
  /** Pricing facts for billing. */
  vehicleCategory: string | null;
  holderKind: string | null;
  urgent: boolean;
  previousStatus: DemandStatus | null;
  status: DemandStatus;
  version: number;
  at: string;
  actorId: string | null;
}

@ObjectType('DemandStatusEvent', { description: 'A demand changed status.' })
export class DemandStatusEvent {
  /** The demand is loaded only when a subscriber selects it (field resolver). */
  demandId!: string;

  @Field(() => DemandStatus, { nullable: true, description: 'Null when the demand was just filed.' })
  previousStatus!: DemandStatus | null;

  @Field(() => DemandStatus)
  status!: DemandStatus;

  @Field(() => Date)
  at!: Date;

  @Field(() => PartyRef, { nullable: true, description: 'Who made the change, when known.' })
  actor!: PartyRef | null;
}
