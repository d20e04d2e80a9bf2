import type { ServiceCode } from './service-policy';

/**
 * The services of docs/domain.md with their documents, steps and target times.
 * Seeded when missing in every environment; admins edit them (updateService).
 */
export interface ServiceDefinition {
  code: ServiceCode;
  name: string;
  nameFr: string;
  requiredDocuments: string[];
  needsInterpolCheck?: boolean;
  needsPrinting?: boolean;
  needsVehicle?: boolean;
  feeDue?: boolean;
  /** Hours allowed in each status before the demand is late. */
  targetHours?: Record<string, number>;
}

export const DOCUMENT_TYPES: Record<string, string> = {
  NATIONAL_ID: 'Pièce d’identité (CIP, passeport)',
  CUSTOMS_CERTIFICATE: 'Certificat de dédouanement',
  PURCHASE_INVOICE: 'Facture d’achat',
  SALE_DEED: 'Acte de vente',
  RCCM: 'Registre du commerce (RCCM)',
  GRAY_CARD: 'Carte grise',
  LOSS_DECLARATION: 'Déclaration de perte (police)',
  TECHNICAL_INSPECTION: 'Procès-verbal de visite technique',
  TRANSFORMATION_REPORT: 'Rapport de réception à titre isolé',
  MEDICAL_CERTIFICATE: 'Certificat médical (vitres teintées)',
  LOAN_AGREEMENT: 'Contrat de prêt / gage',
  COURT_ORDER: 'Décision de justice',
  RELEASE_LETTER: 'Mainlevée',
};

const REGISTRATION_TARGETS = { SUBMITTED: 4, ASSIGNED: 24, VERIFIED: 24, INTERPOL_CHECK: 48, PRE_VALIDATED: 24, VALIDATED: 24, PRINT_ORDERED: 48, PRINTED: 24, PRINT_VALIDATED: 72 };
const SIMPLE_TARGETS = { SUBMITTED: 4, ASSIGNED: 24, VERIFIED: 24, PRE_VALIDATED: 24, VALIDATED: 24 };
const PRINT_TARGETS = { ...SIMPLE_TARGETS, PRINT_ORDERED: 48, PRINTED: 24, PRINT_VALIDATED: 72 };
const registration = (code: ServiceCode, name: string, nameFr: string): ServiceDefinition => ({
  code,
  name,
  nameFr,
  requiredDocuments: ['NATIONAL_ID', 'CUSTOMS_CERTIFICATE', 'PURCHASE_INVOICE'],
  needsInterpolCheck: true,
  needsPrinting: true,
  targetHours: REGISTRATION_TARGETS,
});

export const SERVICES: ServiceDefinition[] = [
  registration('IMMATRICULATION_STANDARD', 'First registration', 'Immatriculation standard'),
  registration('IMMATRICULATION_PRESTIGE_NUMBER', 'Registration with a chosen number', 'Immatriculation prestige (numéro)'),
  registration('IMMATRICULATION_PRESTIGE_LABEL', 'Registration with a chosen label', 'Immatriculation prestige (label)'),
  registration('IMMATRICULATION_PRESTIGE_NUMBER_LABEL', 'Registration with a chosen number and label', 'Immatriculation prestige (numéro et label)'),
  { code: 'RE_IMMATRICULATION', name: 'Re-registration', nameFr: 'Ré-immatriculation', requiredDocuments: ['NATIONAL_ID', 'GRAY_CARD'], needsPrinting: true, targetHours: PRINT_TARGETS },
  { code: 'SALE_DECLARATION', name: 'Sale declaration', nameFr: 'Déclaration de vente', requiredDocuments: ['NATIONAL_ID', 'SALE_DEED'], targetHours: SIMPLE_TARGETS },
  { code: 'MUTATION', name: 'Transfer of ownership', nameFr: 'Mutation', requiredDocuments: ['NATIONAL_ID', 'SALE_DEED', 'GRAY_CARD'], needsPrinting: true, targetHours: PRINT_TARGETS },
  {
    code: 'GRAY_CARD_DUPLICATE',
    name: 'Gray card duplicate',
    nameFr: 'Duplicata de carte grise',
    requiredDocuments: ['NATIONAL_ID', 'LOSS_DECLARATION'],
    needsPrinting: true,
    targetHours: PRINT_TARGETS,
  },
  { code: 'PLATE_DUPLICATE', name: 'Plate duplicate', nameFr: 'Duplicata de plaque', requiredDocuments: ['NATIONAL_ID', 'GRAY_CARD'], needsPrinting: true, targetHours: PRINT_TARGETS },
  {
    code: 'VEHICLE_TRANSFORMATION',
    name: 'Vehicle transformation',
    nameFr: 'Transformation de véhicule',
    requiredDocuments: ['NATIONAL_ID', 'GRAY_CARD', 'TRANSFORMATION_REPORT'],
    needsPrinting: true,
    targetHours: PRINT_TARGETS,
  },
  { code: 'PLATE_TRANSFORMATION', name: 'Plate transformation', nameFr: 'Transformation de plaque', requiredDocuments: ['NATIONAL_ID', 'GRAY_CARD'], needsPrinting: true, targetHours: PRINT_TARGETS },
  {
    code: 'TINTED_WINDOW_AUTHORIZATION',
    name: 'Tinted window authorisation',
    nameFr: 'Autorisation de vitres teintées',
    requiredDocuments: ['NATIONAL_ID', 'GRAY_CARD', 'MEDICAL_CERTIFICATE'],
    targetHours: SIMPLE_TARGETS,
  },
  { code: 'GLASS_ENGRAVING', name: 'Glass engraving', nameFr: 'Gravage des vitres', requiredDocuments: ['GRAY_CARD'], targetHours: SIMPLE_TARGETS },
  { code: 'TITLE_DEPOSIT', name: 'Title deposit', nameFr: 'Dépôt de titre', requiredDocuments: ['NATIONAL_ID', 'GRAY_CARD'], targetHours: SIMPLE_TARGETS },
  { code: 'TITLE_RECOVERY', name: 'Title recovery', nameFr: 'Retrait de titre', requiredDocuments: ['NATIONAL_ID'], targetHours: SIMPLE_TARGETS },
  { code: 'PLEDGE', name: 'Pledge', nameFr: 'Gage', requiredDocuments: ['LOAN_AGREEMENT', 'GRAY_CARD'], targetHours: SIMPLE_TARGETS },
  { code: 'PLEDGE_LIFT', name: 'Pledge lift', nameFr: 'Levée de gage', requiredDocuments: ['RELEASE_LETTER'], targetHours: SIMPLE_TARGETS },
  { code: 'OPPOSITION', name: 'Opposition', nameFr: 'Opposition', requiredDocuments: ['COURT_ORDER'], feeDue: false, targetHours: SIMPLE_TARGETS },
  { code: 'OPPOSITION_LIFT', name: 'Opposition lift', nameFr: 'Levée d’opposition', requiredDocuments: ['COURT_ORDER'], feeDue: false, targetHours: SIMPLE_TARGETS },
];
