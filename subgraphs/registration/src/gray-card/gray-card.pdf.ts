import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { drawVerificationQr } from '@simveb/platform/documents/pdf-qr';
import type { VehicleDescription } from '../integrations/vehicle-registry';
import type { GrayCard } from './gray-card.entity';

export interface GrayCardFacts {
  card: GrayCard;
  vehicle: VehicleDescription | null;
  holderName: string;
  firstRegistration: Date | null;
  pledges: string[];
  verificationCode: string;
  verifyUrl: string;
}

/** Genre, as the card prints it. */
const GENRES: Record<string, string> = {
  PRIVATE_CAR: 'Voiture particulière',
  UTILITY: 'Camionnette',
  TRUCK: 'Camion',
  BUS: 'Autobus',
  TRAILER: 'Remorque',
  MOTORCYCLE: 'Motocyclette',
  TRICYCLE: 'Tricycle',
};
const ENERGIES: Record<string, string> = { PETROL: 'Essence', DIESEL: 'Gazole', HYBRID: 'Hybride', ELECTRIC: 'Électrique', LPG: 'GPL' };

/** The gray card as an A6-landscape PDF: the facts of the register and a QR code anyone can check. */
export async function renderGrayCard(f: GrayCardFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Carte grise ${f.card.number}`);
  pdf.setProducer('SIMVEB — ANaTT');
  const page = pdf.addPage([420, 298]);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const green = rgb(0, 0.53, 0.32);
  page.drawRectangle({ x: 0, y: 268, width: 420, height: 30, color: green });
  page.drawText('RÉPUBLIQUE DU BÉNIN — ANaTT', { x: 12, y: 283, size: 9, font: bold, color: rgb(1, 1, 1) });
  page.drawText("CERTIFICAT D'IMMATRICULATION (CARTE GRISE)", { x: 12, y: 272, size: 8, font, color: rgb(1, 1, 1) });
  const rows: [string, string][] = [
    ['N° de carte', f.card.number],
    ["N° d'immatriculation", f.card.plateNumber],
    ['Titulaire', f.holderName],
    ['Marque / modèle', f.vehicle ? `${f.vehicle.brand} ${f.vehicle.model}` : '—'],
    ['N° de châssis (VIN)', f.vehicle?.vin ?? '—'],
    ['Genre / énergie', f.vehicle ? `${GENRES[f.vehicle.category] ?? f.vehicle.category} / ${f.vehicle.energy ? (ENERGIES[f.vehicle.energy] ?? f.vehicle.energy) : '—'}` : '—'],
    ['Année / couleur', f.vehicle ? `${f.vehicle.year ?? '—'} / ${f.vehicle.color ?? '—'}` : '—'],
    ['1re immatriculation', f.firstRegistration ? f.firstRegistration.toISOString().slice(0, 10) : '—'],
    ['Date de délivrance', f.card.issuedAt.toISOString().slice(0, 10)],
    ['Gages', f.pledges.length ? f.pledges.join(', ') : 'Néant'],
  ];
  let y = 248;
  for (const [label, value] of rows) {
    page.drawText(label, { x: 12, y, size: 7, font, color: rgb(0.35, 0.35, 0.35) });
    page.drawText(value.slice(0, 48), { x: 110, y, size: 9, font: bold });
    y -= 20;
  }
  await drawVerificationQr(pdf, page, font, { x: 300, y: 120, size: 108 }, f.verificationCode, f.verifyUrl);
  return pdf.save();
}
