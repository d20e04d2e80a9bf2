import { Field, Int, ObjectType } from 'type-graphql';
import { PartyRef } from '../party/party.stubs';
import { DemandStatus } from './demand.enums';
import type { DemandStatusPayload as DemandStatusContract } from '@simveb/platform/contracts/events';

export { DEMAND_STATUS_TOPIC } from '@simveb/platform/contracts/events';

/** The contract's payload (platform/src/contracts/events.ts), with registration's own status type. */
export type DemandStatusPayload = Omit<DemandStatusContract, 'status' | 'previousStatus'> & { status: DemandStatus; previousStatus: DemandStatus | null };

@ObjectType('DemandStatusEvent', {
  description:
    'A demand changed status. `previousStatus`, `status`, `version`, `at` and `actor` are as of the event; `demand` (and what you select under it) ' +
    'is read when the event is delivered, so it may already show a later change: compare `demand.version` with `version`.',
})
export class DemandStatusEvent {
  /** The demand is loaded only when a subscriber selects it (field resolver). */
  demandId!: string;

  @Field(() => DemandStatus, { nullable: true, description: 'As of the event. Null when the demand was just filed.' })
  previousStatus!: DemandStatus | null;

  @Field(() => DemandStatus, { description: 'As of the event: the status the demand entered.' })
  status!: DemandStatus;

  @Field(() => Int, { description: 'As of the event: the demand’s version right after this change (use it as expectedVersion).' })
  version!: number;

  @Field(() => Date, { description: 'As of the event: when the change was made.' })
  at!: Date;

  @Field(() => PartyRef, { nullable: true, description: 'As of the event: who made the change, when known.' })
  actor!: PartyRef | null;
}
