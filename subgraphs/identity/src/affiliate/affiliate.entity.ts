import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AffiliateKind {
  DEALER = 'DEALER',
  BANK = 'BANK',
  PLATE_PRINTER = 'PLATE_PRINTER',
  POLICE = 'POLICE',
  INTERPOL = 'INTERPOL',
  COURT = 'COURT',
  STATE_GARAGE = 'STATE_GARAGE',
  AUCTIONEER = 'AUCTIONEER',
  AGENT = 'AGENT',
  INSURER = 'INSURER',
}
registerEnumType(AffiliateKind, {
  name: 'AffiliateKind',
  valuesConfig: {
    DEALER: { description: 'Concessionnaire' },
    BANK: { description: 'Banque' },
    PLATE_PRINTER: { description: 'Imprimeur / garage agréé' },
    POLICE: { description: 'Police' },
    INTERPOL: { description: 'Bureau Interpol' },
    COURT: { description: 'Tribunal' },
    STATE_GARAGE: { description: 'Garage du parc automobile de l’État' },
    AUCTIONEER: { description: 'Commissaire-priseur' },
    AGENT: { description: 'Mandataire déposant pour des clients' },
    INSURER: { description: 'Assureur : consulte le registre (clés en lecture seule)' },
  },
});

export enum AffiliateStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(AffiliateStatus, { name: 'AffiliateStatus' });

/** An outside organisation working in the system (espace affilié), approved by ANaTT. */
@Directive('@key(fields: "id")')
@ObjectType('Affiliate')
@Entity({ tableName: 'affiliate' })
export class Affiliate {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AffiliateKind)
  @Enum({ items: () => AffiliateKind, type: 'string' })
  kind!: AffiliateKind;

  @Field(() => AffiliateStatus)
  @Enum({ items: () => AffiliateStatus, type: 'string' })
  status: AffiliateStatus = AffiliateStatus.PENDING;

  @Property({ type: 'uuid', nullable: true })
  companyId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
