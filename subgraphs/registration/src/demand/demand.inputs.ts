import { IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DemandAction, DemandStatus } from './demand.enums';
import type { PlateFamily } from '../plate/number-series';
import { PlateFamilyEnum } from '../plate/plate-family';

@InputType({ description: 'File a demand for one service.' })
export class SubmitDemandInput {
  @Field(() => String, { description: 'Service code, e.g. IMMATRICULATION_STANDARD.' })
  @MaxLength(60)
  serviceCode!: string;

  @Field(() => ID, { nullable: true, description: 'The vehicle concerned, when the service is about one: by id…' })
  vehicleId?: string;

  @Field(() => String, { nullable: true, description: '…or by VIN…' })
  @IsOptional()
  @MaxLength(30)
  vehicleVin?: string;

  @Field(() => String, { nullable: true, description: '…or by the plate it wears (any spacing and case).' })
  @IsOptional()
  @MaxLength(20)
  vehiclePlate?: string;

  @Field(() => ID, { nullable: true, description: 'The person or company the demand is for (demandeur). Citizens: omit (it is you).' })
  applicantId?: string;

  @Field(() => ID, { nullable: true, description: 'Sale declarations: the buyer (person or company id).' })
  buyerId?: string;

  @Field(() => String, { nullable: true, description: 'Affiliates filing for a holder: the token from confirmHolderConsent.' })
  @IsOptional()
  @MaxLength(4000)
  consentToken?: string;

  @Field(() => String, { nullable: true, description: 'Prestige registrations: the number wanted, e.g. "AB 0007 RB" (0001–0099 of a series; see suggestNumbers). Reserved on filing.' })
  @IsOptional()
  @MaxLength(20)
  requestedNumber?: string;

  @Field(() => String, { nullable: true, description: 'Prestige label registrations: the label wanted (3–8 letters or digits). Reserved on filing.' })
  @IsOptional()
  @MaxLength(20)
  requestedLabel?: string;

  @Field(() => PlateFamilyEnum, { nullable: true, description: 'Registrations: a STATE, COMMERCIAL or TEMPORARY number (counter staff and the affiliates concerned). Omit for private numbers.' })
  plateFamily?: PlateFamily;

  @Field(() => [ID], { nullable: true, description: 'Documents uploaded with POST /documents; the service’s required ones are checked on submission.' })
  documentIds?: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Ask for urgent treatment (surcharge, see quote).' })
  urgent: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Keep as a draft instead of submitting now.' })
  draft: boolean = false;
}

@InputType()
export class TransitionDemandInput {
  @Field(() => ID)
  demandId!: string;

  @Field(() => DemandAction)
  action!: DemandAction;

  @Field(() => Int, { description: 'The version you last saw; a newer one means someone else acted first (CONFLICT).' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'ORDER_PRINT: the approved printer (affiliate id); omit to let any approved printer take it.' })
  printerId?: string;

  @Field(() => String, { nullable: true, description: 'MARK_PRINTED (plates): serial of the plate made.' })
  @IsOptional()
  @MaxLength(40)
  plateSerial?: string;

  @Field(() => String, { nullable: true, description: 'MARK_PRINTED (plates): RFID tag, 24 hexadecimal digits (EPC-96).' })
  @IsOptional()
  @MaxLength(40)
  rfidTag?: string;

  @Field(() => String, { nullable: true, description: 'MARK_PRINTED: the code the holder was given for this print order.' })
  @IsOptional()
  @MaxLength(10)
  holderCode?: string;

  @Field(() => ID, { nullable: true, description: 'ASSIGN by a manager: the agent (person id) to give it to.' })
  agentId?: string;

  @Field(() => String, { nullable: true, description: 'Why (motif); required to reject or suspend.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class DemandFilter {
  @Field(() => [DemandStatus], { nullable: true })
  status?: DemandStatus[];

  @Field(() => String, { nullable: true })
  serviceCode?: string;

  @Field(() => ID, { nullable: true })
  applicantId?: string;

  @Field(() => ID, { nullable: true })
  vehicleId?: string;

  @Field(() => ID, { nullable: true })
  centerId?: string;

  @Field(() => ID, { nullable: true })
  assignedAgentId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only demands past their step’s target time.' })
  overdue?: boolean;
}
