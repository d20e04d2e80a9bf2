import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { invoiceCode } from '../document/billing-documents';
import { Invoice } from './invoice.entity';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => String, { description: 'The PDF: GET through the router with your token.' })
  pdfPath(@Root() invoice: Invoice): string {
    return `/documents/invoices/${invoice.id}.pdf`;
  }

  @FieldResolver(() => String, { description: 'The code its QR carries (for verifyDocument).' })
  verificationCode(@Root() invoice: Invoice, @Ctx() ctx: Context): string {
    return invoiceCode(ctx.services.signingSecret, invoice);
  }
}
