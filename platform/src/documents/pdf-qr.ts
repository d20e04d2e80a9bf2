import type { PDFFont, PDFPage, PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';

/**
 * The verification block every register document carries: a QR code of the
 * public verification URL and the code itself in small print, for when the
 * QR cannot be scanned (the police officer types it).
 */
export async function drawVerificationQr(pdf: PDFDocument, page: PDFPage, font: PDFFont, at: { x: number; y: number; size: number }, code: string, verifyUrl: string): Promise<void> {
  const qr = await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const png = await pdf.embedPng(qr);
  page.drawImage(png, { x: at.x, y: at.y, width: at.size, height: at.size });
  page.drawText('Vérifier :', { x: at.x, y: at.y - 12, size: 7, font });
  page.drawText(code.slice(0, 30), { x: at.x, y: at.y - 22, size: 5, font });
  page.drawText(code.slice(30), { x: at.x, y: at.y - 29, size: 5, font });
}

export const verifyUrlFor = (base: string, code: string): string => `${base}?code=${encodeURIComponent(code)}`;
