import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { drawVerificationQr } from './pdf-qr';

export interface FactsDocument {
  /** As printed in the header, e.g. FACTURE, CERTIFICAT DE SITUATION ADMINISTRATIVE. */
  title: string;
  number: string;
  issuedAt: Date;
  rows: [string, string][];
  /** Amounts (invoices, receipts): lines then their total. */
  lines?: { label: string; amount: number }[];
  total?: number;
  /** Free text under the rows (certificates' attestation sentence). */
  statement?: string;
  verificationCode: string;
  verifyUrl: string;
}

const xof = (n: number) => `${n.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} FCFA`;

/**
 * The register's A5 documents other than the gray card (invoices, receipts,
 * certificates, sale declarations, authorisations): header, the facts as
 * label/value rows, optional amounts, and the QR code that proves them.
 */
export async function renderFactsDocument(f: FactsDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${f.title} ${f.number}`);
  pdf.setProducer('SIMVEB — ANaTT');
  const page = pdf.addPage([420, 595]);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawRectangle({ x: 0, y: 555, width: 420, height: 40, color: rgb(0, 0.53, 0.32) });
  page.drawText('RÉPUBLIQUE DU BÉNIN — ANaTT — SIMVEB', { x: 16, y: 577, size: 10, font: bold, color: rgb(1, 1, 1) });
  page.drawText(`${f.title} N° ${f.number}`, { x: 16, y: 562, size: 9, font, color: rgb(1, 1, 1) });
  let y = 525;
  for (const [label, value] of [['Date', f.issuedAt.toISOString().slice(0, 10)] as [string, string], ...f.rows]) {
    page.drawText(label, { x: 16, y, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
    page.drawText(value.slice(0, 52), { x: 130, y, size: 9, font: bold });
    y -= 18;
  }
  if (f.statement) {
    y -= 6;
    for (const line of wrap(f.statement, 80)) {
      page.drawText(line, { x: 16, y, size: 9, font });
      y -= 13;
    }
  }
  if (f.lines) {
    y -= 10;
    page.drawLine({ start: { x: 16, y: y + 12 }, end: { x: 404, y: y + 12 }, thickness: 0.5 });
    for (const l of f.lines) {
      page.drawText(l.label.slice(0, 50), { x: 16, y, size: 9, font });
      const a = xof(l.amount);
      page.drawText(a, { x: 404 - font.widthOfTextAtSize(a, 9), y, size: 9, font });
      y -= 16;
    }
    page.drawLine({ start: { x: 16, y: y + 10 }, end: { x: 404, y: y + 10 }, thickness: 0.5 });
    const total = xof(f.total ?? f.lines.reduce((a, l) => a + l.amount, 0));
    page.drawText('TOTAL', { x: 16, y: y - 6, size: 11, font: bold });
    page.drawText(total, { x: 404 - bold.widthOfTextAtSize(total, 11), y: y - 6, size: 11, font: bold });
  }
  await drawVerificationQr(pdf, page, font, { x: 16, y: 60, size: 110 }, f.verificationCode, f.verifyUrl);
  return pdf.save();
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width) {
      out.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) out.push(line);
  return out;
}
