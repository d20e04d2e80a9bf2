import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum IssuedDocumentKind {
  ADMINISTRATIVE_CERTIFICATE = 'ADMINISTRATIVE_CERTIFICATE',
  SALE_DECLARATION = 'SALE_DECLARATION',
  TINTED_WINDOW_AUTHORIZATION = 'TINTED_WINDOW_AUTHORIZATION',
  GLASS_ENGRAVING_CERTIFICATE = 'GLASS_ENGRAVING_CERTIFICATE',
}
registerEnumType(IssuedDocumentKind, {
  name: 'IssuedDocumentKind',
  valuesConfig: {
    ADMINISTRATIVE_CERTIFICATE: { description: 'Certificat de situation administrative (non-gage): pledges and oppositions on the day' },
    SALE_DECLARATION: { description: 'Déclaration de vente (seller, buyer, vehicle); used up by the mutation' },
    TINTED_WINDOW_AUTHORIZATION: { description: 'Autorisation de vitres teintées, valid until its expiry date' },
    GLASS_ENGRAVING_CERTIFICATE: { description: 'Attestation de gravage des vitres' },
  },
});

/** Verification-code kind of each document (the prefix of its QR code). */
export const CODE_KIND: Record<IssuedDocumentKind, string> = {
  ADMINISTRATIVE_CERTIFICATE: 'CSA',
  SALE_DECLARATION: 'DV',
  TINTED_WINDOW_AUTHORIZATION: 'AUT',
  GLASS_ENGRAVING_CERTIFICATE: 'GRV',
};

/**
 * A document the register issues besides the gray card. What it states is
 * frozen in `facts` at issue; the register's current truth (expiry, use,
 * today's encumbrances) is what verifyDocument adds.
 */
@ObjectType('IssuedDocument')
@Entity({ tableName: 'issued_document' })
@Index({ properties: ['vehicleId', 'kind'] })
export class IssuedDocument {
  [OptionalProps]?: 'issuedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => IssuedDocumentKind)
  @Enum({ items: () => IssuedDocumentKind, type: 'string' })
  kind!: IssuedDocumentKind;

  @Field(() => String, { description: 'e.g. CSA-2026-000012.' })
  @Unique()
  @Property({ type: 'string', length: 24 })
  number!: string;

  @Property({ type: 'uuid' })
  vehicleId!: string;

  /** The holder it was issued to (and, for a sale declaration, the seller). */
  @Index()
  @Property({ type: 'uuid' })
  holderId!: string;

  /** Sale declarations: the buyer, who may download it too. */
  @Property({ type: 'uuid', nullable: true })
  counterpartyId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  demandId?: string | null;

  @Field(() => String, { description: 'Plate when issued.' })
  @Property({ type: 'string', length: 20 })
  plateNumber!: string;

  /** What the document states (encumbrances of the day, engraved code...), as printed. */
  @Property({ type: 'json' })
  facts!: Record<string, unknown>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  issuedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Authorisations: expiry (date de fin de validité).' })
  @Property({ type: 'datetime', nullable: true })
  validUntil?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sale declarations: when the mutation used it; others: when withdrawn.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;
}
