import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { signCode } from '@simveb/platform/documents/verification-code';
import type { Context } from '../context';
import { DocumentStatus } from '../gray-card/gray-card.entity';
import { CODE_KIND, IssuedDocument, IssuedDocumentKind } from './issued-document.entity';
import { requestAdministrativeCertificate } from './issued-document.service';

/** Where a document stands today: used, expired, replaced, or in force. */
export function statusOf(d: IssuedDocument, now = new Date()): DocumentStatus {
  if (d.endedAt) return d.kind === IssuedDocumentKind.SALE_DECLARATION ? DocumentStatus.USED : DocumentStatus.SUPERSEDED;
  if (d.validUntil && d.validUntil.getTime() < now.getTime()) return DocumentStatus.EXPIRED;
  return DocumentStatus.VALID;
}

@Resolver(() => IssuedDocument)
export class IssuedDocumentResolver {
  @Mutation(() => IssuedDocument, { description: 'Certificat de situation administrative (non-gage) of a registered vehicle, as of now: its holder or staff.' })
  requestAdministrativeCertificate(@Arg('vehicleId', () => ID) vehicleId: string, @Ctx() ctx: Context): Promise<IssuedDocument> {
    return requestAdministrativeCertificate(ctx.em, ctx.actor, vehicleId);
  }

  @FieldResolver(() => DocumentStatus)
  status(@Root() d: IssuedDocument): DocumentStatus {
    return statusOf(d);
  }

  @FieldResolver(() => String, { description: 'The code its QR carries (for verifyDocument).' })
  verificationCode(@Root() d: IssuedDocument, @Ctx() ctx: Context): string {
    return signCode(ctx.services.signingSecret, CODE_KIND[d.kind], d.id);
  }

  @FieldResolver(() => String, { description: 'The PDF: GET through the router with your token.' })
  pdfPath(@Root() d: IssuedDocument): string {
    return `/documents/issued/${d.id}.pdf`;
  }
}
