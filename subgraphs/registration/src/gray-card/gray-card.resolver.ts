import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BILLING_KINDS } from '../integrations/billing-documents';
import { CODE_KIND, IssuedDocument, type IssuedDocumentKind } from '../issued-document/issued-document.entity';
import { statusOf } from '../issued-document/issued-document.resolver';
import type { Context } from '../context';
import { Encumbrance } from '../encumbrance/encumbrance.entity';
import { VehicleRef } from '../vehicle/vehicle.stub';
import { DocumentStatus, GrayCard } from './gray-card.entity';
import { readCode, signCode } from '@simveb/platform/documents/verification-code';

@ObjectType('DocumentVerification', { description: 'What the register says of a document, from its QR code.' })
export class DocumentVerification {
  @Field(() => Boolean, { description: 'In force and issued by this register.' })
  valid!: boolean;

  @Field(() => DocumentStatus)
  status!: DocumentStatus;

  @Field(() => String, { nullable: true, description: 'GRAY_CARD, INVOICE or RECEIPT.' })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Plate printed on it.' })
  plateNumber!: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  supersededAt!: Date | null;

  @Field(() => VehicleRef, { nullable: true })
  vehicle!: VehicleRef | null;

  @Field(() => [Encumbrance], { description: 'Pledges and oppositions on the vehicle today.' })
  encumbrances!: Encumbrance[];

  @Field(() => Int, { nullable: true, description: 'Invoices and receipts: the amount paid (XOF).' })
  amount?: number | null;

  @Field(() => Date, { nullable: true, description: 'Authorisations: end of validity.' })
  validUntil?: Date | null;
}

const NOTHING: DocumentVerification = {
  valid: false,
  status: DocumentStatus.INVALID,
  kind: null,
  number: null,
  plateNumber: null,
  issuedAt: null,
  supersededAt: null,
  vehicle: null,
  encumbrances: [],
};

@Resolver(() => GrayCard)
export class GrayCardResolver {
  @Query(() => DocumentVerification, { description: 'Public check of a document from its QR code (police at the roadside, buyers).' })
  async verifyDocument(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<DocumentVerification> {
    const kind = /^([A-Z]{2,4})\./.exec(code.trim())?.[1];
    if (kind && BILLING_KINDS.has(kind)) {
      const b = await ctx.services.billingDocuments.verify(code.trim().slice(0, 200));
      if (!b.kind) return NOTHING;
      return { ...NOTHING, valid: b.valid, status: b.status as DocumentStatus, kind: b.kind, number: b.number, issuedAt: b.issuedAt ? new Date(b.issuedAt) : null, amount: b.amount };
    }
    const read = readCode(ctx.services.signingSecret, code);
    if (!read) return NOTHING;
    const issuedKind = (Object.keys(CODE_KIND) as IssuedDocumentKind[]).find((k) => CODE_KIND[k] === read.kind);
    if (issuedKind) {
      const doc = await ctx.em.findOne(IssuedDocument, { id: read.id, kind: issuedKind });
      if (!doc) return NOTHING;
      const status = statusOf(doc);
      return {
        valid: status === DocumentStatus.VALID,
        status,
        kind: doc.kind,
        number: doc.number,
        plateNumber: doc.plateNumber,
        issuedAt: doc.issuedAt,
        supersededAt: doc.endedAt ?? null,
        vehicle: new VehicleRef(doc.vehicleId),
        encumbrances: (await ctx.loaders.encumbrances.load(doc.vehicleId)).filter((e) => e.active),
        validUntil: doc.validUntil ?? null,
      };
    }
    if (read.kind !== 'GC') return NOTHING;
    const card = await ctx.em.findOne(GrayCard, read.id);
    if (!card) return NOTHING;
    const encumbrances = (await ctx.loaders.encumbrances.load(card.vehicleId)).filter((e) => e.active);
    return {
      valid: card.status === DocumentStatus.VALID,
      status: card.status,
      kind: 'GRAY_CARD',
      number: card.number,
      plateNumber: card.plateNumber,
      issuedAt: card.issuedAt,
      supersededAt: card.supersededAt ?? null,
      vehicle: new VehicleRef(card.vehicleId),
      encumbrances,
    };
  }

  @FieldResolver(() => String, { description: 'The code its QR carries (for verifyDocument).' })
  verificationCode(@Root() card: GrayCard, @Ctx() ctx: Context): string {
    return signCode(ctx.services.signingSecret, 'GC', card.id);
  }

  @FieldResolver(() => String, { description: 'Where to download it (holder and staff).' })
  pdfPath(@Root() card: GrayCard): string {
    return `/documents/gray-cards/${card.id}.pdf`;
  }
}
