import { registerEnumType } from 'type-graphql';

export enum DemandStatus {
  DRAFT = 'DRAFT',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  SUBMITTED = 'SUBMITTED',
  ASSIGNED = 'ASSIGNED',
  VERIFIED = 'VERIFIED',
  INTERPOL_CHECK = 'INTERPOL_CHECK',
  PRE_VALIDATED = 'PRE_VALIDATED',
  VALIDATED = 'VALIDATED',
  PRINT_ORDERED = 'PRINT_ORDERED',
  PRINTED = 'PRINTED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description: 'Statut de la demande.',
  valuesConfig: {
    DRAFT: { description: 'Brouillon' },
    AWAITING_PAYMENT: { description: 'En attente de paiement' },
    SUBMITTED: { description: 'Soumise' },
    ASSIGNED: { description: 'Affectée (centre de gestion, agent)' },
    VERIFIED: { description: 'Vérifiée' },
    INTERPOL_CHECK: { description: 'Contrôle Interpol (véhicule volé)' },
    PRE_VALIDATED: { description: 'Pré-validée' },
    VALIDATED: { description: 'Validée' },
    PRINT_ORDERED: { description: 'Ordre d’impression émis' },
    PRINTED: { description: 'Imprimée' },
    CLOSED: { description: 'Livrée / clôturée' },
    REJECTED: { description: 'Rejetée (avec motif)' },
    SUSPENDED: { description: 'Suspendue' },
    CANCELLED: { description: 'Annulée par le demandeur' },
  },
});

export enum DemandAction {
  SUBMIT = 'SUBMIT',
  VERIFY = 'VERIFY',
  VALIDATE = 'VALIDATE',
  REJECT = 'REJECT',
}
registerEnumType(DemandAction, { name: 'DemandAction', description: 'What an actor does to a demand.' });
