import { createI18n } from 'vue-i18n';

const fr = {
  app: { backoffice: 'Espace ANaTT', portal: 'Portail SIMVEB', language: 'Langue', signOut: 'Se déconnecter' },
  live: { online: 'En direct', connecting: 'Connexion…', offline: 'Hors ligne — reconnexion en cours' },
  login: {
    title: 'Connexion',
    identifier: 'Adresse e-mail ou téléphone',
    password: 'Mot de passe',
    code: 'Code reçu par SMS',
    submit: 'Se connecter',
    verify: 'Valider le code',
    codeSent: 'Un code vous a été envoyé par SMS.',
  },
  queue: {
    title: 'File du centre',
    center: 'Centre',
    allCenters: 'Tous mes centres',
    empty: 'Aucune demande en attente.',
    reference: 'Référence',
    service: 'Service',
    status: 'Statut',
    due: 'Échéance',
    overdue: 'En retard',
    new: 'Nouvelle',
    open: 'Ouvrir',
  },
  demand: {
    title: 'Demande {reference}',
    applicant: 'Demandeur',
    vehicle: 'Véhicule',
    documents: 'Pièces',
    history: 'Historique',
    order: 'Commande',
    payment: 'Paiement',
    actions: 'Actions',
    reason: 'Motif',
    reasonRequired: 'Un motif est requis pour cette action.',
    conflict: 'Quelqu’un a traité cette demande avant vous : elle est maintenant « {status} ». La page est à jour ; vérifiez avant d’agir.',
    done: 'Action enregistrée : la demande est « {status} ».',
    back: 'Retour',
    status: 'Statut',
  },
  portal: {
    myDemands: 'Mes demandes',
    verify: 'Vérifier un document',
    code: 'Code du document',
    check: 'Vérifier',
    valid: 'VALIDE',
    invalid: 'INVALIDE',
    validText: 'Document authentique : {kind}, émis le {issued}.',
    invalidText: 'Ce code ne correspond à aucun document émis par l’ANaTT.',
    payFedapay: 'Payer avec FedaPay',
    receipt: 'Télécharger le reçu',
  },
  orderStatus: { PENDING: 'À payer', PAID: 'Payée', CANCELLED: 'Annulée', REFUNDED: 'Remboursée', EXPIRED: 'Expirée' },
  printer: {
    title: 'Commandes d’impression',
    link: 'Espace imprimeur',
    empty: 'Aucune commande en attente.',
    serial: 'Numéro de série de la plaque',
    rfid: 'Puce RFID (EPC)',
    holderCode: 'Code donné par le titulaire',
    mark: 'Déclarer imprimée',
    done: 'Plaque {plate} déclarée imprimée.',
    failed: '{n} code(s) erroné(s) déjà saisi(s) : au cinquième, la commande est bloquée.',
  },
  status: {
    DRAFT: 'Brouillon', AWAITING_PAYMENT: 'En attente de paiement', SUBMITTED: 'Soumise', ASSIGNED: 'Attribuée', VERIFIED: 'Vérifiée',
    INTERPOL_CHECK: 'Contrôle Interpol', PRE_VALIDATED: 'Pré-validée', VALIDATED: 'Validée', PRINT_ORDERED: 'En impression', PRINTED: 'Imprimée',
    PRINT_VALIDATED: 'Prête au retrait', CLOSED: 'Clôturée', REJECTED: 'Rejetée', SUSPENDED: 'Suspendue', CANCELLED: 'Annulée',
  },
  action: {
    ASSIGN: 'Attribuer', VERIFY: 'Vérifier', PRE_VALIDATE: 'Pré-valider', VALIDATE: 'Valider', REJECT: 'Rejeter', SUSPEND: 'Suspendre',
    RESUME: 'Reprendre', CLOSE: 'Clôturer', ORDER_PRINT: 'Commander l’impression', CANCEL: 'Annuler', REQUEST_INTERPOL_CHECK: 'Demander le contrôle Interpol',
    CLEAR_INTERPOL_CHECK: 'Lever le contrôle Interpol', VALIDATE_PRINT: 'Valider l’impression', MARK_PRINTED: 'Marquer imprimé', DELIVER: 'Remettre',
    SUBMIT: 'Dépôt', CONFIRM_PAYMENT: 'Paiement confirmé',
  },
};

const en: typeof fr = {
  app: { backoffice: 'ANaTT workspace', portal: 'SIMVEB portal', language: 'Language', signOut: 'Sign out' },
  live: { online: 'Live', connecting: 'Connecting…', offline: 'Offline — reconnecting' },
  login: { title: 'Sign in', identifier: 'E-mail or phone', password: 'Password', code: 'Code sent by SMS', submit: 'Sign in', verify: 'Check the code', codeSent: 'A code was sent to you by SMS.' },
  queue: { title: 'Centre queue', center: 'Centre', allCenters: 'All my centres', empty: 'No demand waiting.', reference: 'Reference', service: 'Service', status: 'Status', due: 'Due', overdue: 'Overdue', new: 'New', open: 'Open' },
  demand: {
    title: 'Demand {reference}', applicant: 'Applicant', vehicle: 'Vehicle', documents: 'Documents', history: 'History', order: 'Order', payment: 'Payment', actions: 'Actions', reason: 'Reason',
    reasonRequired: 'This action needs a reason.', conflict: 'Someone acted on this demand before you: it is now “{status}”. The page is up to date; check before acting.',
    done: 'Done: the demand is “{status}”.', back: 'Back', status: 'Status',
  },
  portal: { myDemands: 'My demands', verify: 'Check a document', code: 'Document code', check: 'Check', valid: 'VALID', invalid: 'INVALID', validText: 'Genuine document: {kind}, issued {issued}.', invalidText: 'This code matches no document issued by ANaTT.', payFedapay: 'Pay with FedaPay', receipt: 'Download the receipt' },
  orderStatus: { PENDING: 'To pay', PAID: 'Paid', CANCELLED: 'Cancelled', REFUNDED: 'Refunded', EXPIRED: 'Expired' },
  printer: {
    title: 'Print orders', link: 'Printer space', empty: 'No order waiting.', serial: 'Plate serial number', rfid: 'RFID tag (EPC)', holderCode: 'Code given by the holder',
    mark: 'Declare printed', done: 'Plate {plate} declared printed.', failed: '{n} wrong code(s) already entered: at the fifth, the order is locked.',
  },
  status: {
    DRAFT: 'Draft', AWAITING_PAYMENT: 'Awaiting payment', SUBMITTED: 'Submitted', ASSIGNED: 'Assigned', VERIFIED: 'Verified', INTERPOL_CHECK: 'Interpol check', PRE_VALIDATED: 'Pre-validated',
    VALIDATED: 'Validated', PRINT_ORDERED: 'Printing', PRINTED: 'Printed', PRINT_VALIDATED: 'Ready for pick-up', CLOSED: 'Closed', REJECTED: 'Rejected', SUSPENDED: 'Suspended', CANCELLED: 'Cancelled',
  },
  action: {
    ASSIGN: 'Assign', VERIFY: 'Verify', PRE_VALIDATE: 'Pre-validate', VALIDATE: 'Validate', REJECT: 'Reject', SUSPEND: 'Suspend', RESUME: 'Resume', CLOSE: 'Close', ORDER_PRINT: 'Order printing',
    CANCEL: 'Cancel', REQUEST_INTERPOL_CHECK: 'Request Interpol check', CLEAR_INTERPOL_CHECK: 'Clear Interpol check', VALIDATE_PRINT: 'Validate printing',
    MARK_PRINTED: 'Mark printed', DELIVER: 'Deliver', SUBMIT: 'Filed', CONFIRM_PAYMENT: 'Payment confirmed',
  },
};

/** French first (the country's language), English on request; the choice is kept per browser. */
export const i18n = createI18n({ legacy: false, locale: localStorage.getItem('simveb.locale') ?? 'fr', fallbackLocale: 'fr', messages: { fr, en } });
