/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

export type Account = {
  __typename?: 'Account';
  /** The centres whose roster you are on (agents, service heads); empty for everyone else. */
  centers: Array<ManagementCenter>;
  company?: Maybe<Company>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  person?: Maybe<Person>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Every active profile; switch with refreshToken(profileId). */
  profiles: Array<Profile>;
  /** Roles of the profile acting now. */
  roles: Array<Scalars['String']['output']>;
  status: AccountStatus;
};

/** PENDING until the phone is confirmed with a one-time code. */
export type AccountStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'SUSPENDED';

export type Affiliate = {
  __typename?: 'Affiliate';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AffiliateKind;
  name: Scalars['String']['output'];
  status: AffiliateStatus;
};

export type AffiliateInvitation = {
  __typename?: 'AffiliateInvitation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  npi: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  status: InvitationStatus;
};

export type AffiliateKind =
  /** Mandataire déposant pour des clients */
  | 'AGENT'
  /** Commissaire-priseur */
  | 'AUCTIONEER'
  /** Banque */
  | 'BANK'
  /** Tribunal */
  | 'COURT'
  /** Concessionnaire */
  | 'DEALER'
  /** Assureur : consulte le registre (clés en lecture seule) */
  | 'INSURER'
  /** Bureau Interpol */
  | 'INTERPOL'
  /** Imprimeur / garage agréé */
  | 'PLATE_PRINTER'
  /** Police */
  | 'POLICE'
  /** Garage du parc automobile de l’État */
  | 'STATE_GARAGE';

export type AffiliateStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'SUSPENDED';

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Public part, shown in lists to tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT, 15 minutes. Null while a second factor is pending. */
  accessToken?: Maybe<Scalars['String']['output']>;
  account: Account;
  /** When the access token expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile the tokens act as. */
  profile?: Maybe<Profile>;
  /** Single use; exchange it with refreshToken for a new pair. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** Staff: a code was sent; finish with verifyOtp. */
  secondFactor?: Maybe<OtpChallenge>;
};

/** Personne physique ou morale, for pricing. */
export type BillingHolderKind =
  | 'COMPANY'
  | 'PERSON';

/** Marque (make). */
export type Brand = {
  __typename?: 'Brand';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** AGENT: treats demands (automatic assignment); SERVICE_HEAD: heads the centre. */
export type CenterRole =
  | 'AGENT'
  | 'SERVICE_HEAD';

/** A legal entity (personne morale), identified by its IFU (Identifiant Fiscal Unique) at DGI. */
export type Company = Party & {
  __typename?: 'Company';
  /** Demands filed for this person or company, newest first. */
  demands: DemandConnection;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** IFU: 13 digits. */
  ifu: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** RCCM: trade and personal property credit register number. */
  rccm?: Maybe<Scalars['String']['output']>;
  /** Vehicles this person or company holds now (véhicules détenus). */
  vehicles: HeldVehicleConnection;
};


/** A legal entity (personne morale), identified by its IFU (Identifiant Fiscal Unique) at DGI. */
export type CompanyDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal entity (personne morale), identified by its IFU (Identifiant Fiscal Unique) at DGI. */
export type CompanyVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ConfirmHolderConsentInput = {
  challengeId: Scalars['ID']['input'];
  /** The code the holder received and read out to you. */
  code: Scalars['String']['input'];
};

/** Back from the provider: ask it whether the payment went through. */
export type ConfirmPaymentInput = {
  paymentId: Scalars['ID']['input'];
  /** KKiaPay: the transactionId the widget returned. Only a hint: the provider’s API is asked. */
  providerTransactionId?: InputMaybe<Scalars['String']['input']>;
};

export type ConfirmSaleCodeInput = {
  challengeId: Scalars['ID']['input'];
  /** The code your phone received. */
  code: Scalars['String']['input'];
};

export type CreateAffiliateInput = {
  kind: AffiliateKind;
  name: Scalars['String']['input'];
};

export type CreateApiKeyInput = {
  affiliateId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** vehicles:read, holders:read, demands:read, demands:write. */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateVehicleModelInput = {
  brandId: Scalars['ID']['input'];
  category: VehicleCategory;
  name: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  key: ApiKey;
  /** Shown this once: store it now. Send it as "Authorization: Bearer <secret>". */
  secret: Scalars['String']['output'];
};

export type CustomsClearance = {
  __typename?: 'CustomsClearance';
  declaredAt: Scalars['DateTime']['output'];
  /** XOF. */
  dutiesAmount: Scalars['Int']['output'];
  /** Droits et taxes acquittés. */
  dutiesPaid: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Bureau de douane. */
  office: Scalars['String']['output'];
  /** Customs declaration number (staff, justice and partners with vehicles:read; null for others, like Vehicle.customsReference). */
  reference?: Maybe<Scalars['String']['output']>;
  /** When customs last confirmed this. */
  verifiedAt: Scalars['DateTime']['output'];
};

/** Demande: a request for one service on one vehicle, moved through the workflow by its actors. */
export type Demand = {
  __typename?: 'Demand';
  /** Demandeur. */
  applicant: Party;
  /** The agent treating it. */
  assignedAgent?: Maybe<Party>;
  /** Sale declarations: when the buyer confirmed with their one-time code. */
  buyerConfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Centre de gestion treating it. */
  center?: Maybe<ManagementCenter>;
  createdAt: Scalars['DateTime']['output'];
  documents: Array<DemandDocument>;
  /** When the current step is due (service target); null when none applies. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The audit trail, oldest first. */
  history: Array<DemandHistoryEntry>;
  id: Scalars['ID']['output'];
  /** Actions the workflow allows from the current status (whoever performs them). */
  nextActions: Array<DemandAction>;
  /** The order to pay for this demand. */
  order?: Maybe<Order>;
  /** Late: still open past the current step’s target time. */
  overdue: Scalars['Boolean']['output'];
  /** Null while no order exists. */
  paymentStatus?: Maybe<PaymentStatus>;
  /** Registrations: the special number family asked for (state, commercial, temporary); null: by the vehicle category. */
  plateFamily?: Maybe<PlateFamily>;
  /** Its print order, once ORDER_PRINT was done (printed demands). */
  printOrder?: Maybe<PrintOrder>;
  /** Human-readable unique reference, e.g. DEM-2026-000042. */
  reference: Scalars['String']['output'];
  /** Sale declarations: when the seller confirmed with their one-time code. */
  sellerConfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  service: Service;
  status: DemandStatus;
  /** Since when it is in its current status. */
  statusSince: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Traitement urgent (priced with the urgency surcharge). */
  urgent: Scalars['Boolean']['output'];
  vehicle?: Maybe<Vehicle>;
  /** Increases with every change; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** What an actor does to a demand. */
export type DemandAction =
  /** System or manager: to a management centre and an agent. */
  | 'ASSIGN'
  /** Applicant, before treatment starts. */
  | 'CANCEL'
  /** Interpol desk or service head: not reported stolen. */
  | 'CLEAR_INTERPOL_CHECK'
  /** Demand manager: closes a validated demand that needs no printing. */
  | 'CLOSE'
  /** System: billing reported the order paid. */
  | 'CONFIRM_PAYMENT'
  /** Handed over to the applicant; closes the demand. */
  | 'DELIVER'
  /** Printer: printed, with the plate serial and RFID tag (plates) and the holder’s code. */
  | 'MARK_PRINTED'
  /** Demand manager: print order to an approved printer (printerId), or to any. */
  | 'ORDER_PRINT'
  /** Agent: ready for validation. */
  | 'PRE_VALIDATE'
  /** With a reason the applicant reads. */
  | 'REJECT'
  /** Agent: stolen-vehicle check (registrations). */
  | 'REQUEST_INTERPOL_CHECK'
  /** Back to the status it was suspended in. */
  | 'RESUME'
  /** Applicant: send a draft (to payment when a fee is due). */
  | 'SUBMIT'
  /** With a reason; RESUME puts it back where it was. */
  | 'SUSPEND'
  /** Service head or demand manager: decision. */
  | 'VALIDATE'
  /** Service head or demand manager: the printed plate/card checked against the register. */
  | 'VALIDATE_PRINT'
  /** Agent: documents and data checked. */
  | 'VERIFY';

export type DemandConnection = {
  __typename?: 'DemandConnection';
  edges: Array<DemandEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type DemandDocument = {
  __typename?: 'DemandDocument';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where to open it (GET on the router, with your credentials): the uploader and those who may see its demand. */
  path: Scalars['String']['output'];
  /** SHA-256 of the content, hex. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** NATIONAL_ID, CUSTOMS_CERTIFICATE, SALE_DEED… */
  type: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

export type DemandEdge = {
  __typename?: 'DemandEdge';
  cursor: Scalars['String']['output'];
  node: Demand;
};

export type DemandFilter = {
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  assignedAgentId?: InputMaybe<Scalars['ID']['input']>;
  centerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only demands past their step’s target time. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  serviceCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<DemandStatus>>;
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
};

export type DemandHistoryEntry = {
  __typename?: 'DemandHistoryEntry';
  action: DemandAction;
  /** Who acted; null for the system. */
  actor?: Maybe<Party>;
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<DemandStatus>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: DemandStatus;
};

/** Dashboard figures for a centre (or all) over a period of filing dates. */
export type DemandStats = {
  __typename?: 'DemandStats';
  /** Average hours from filing to closing, for those closed. */
  averageHoursToClose?: Maybe<Scalars['Int']['output']>;
  /** Current status of the demands filed in the period. */
  byStatus: Array<DemandStatusCount>;
  /** Open demands past their step’s target time now. */
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Statut de la demande. */
export type DemandStatus =
  /** Affectée (centre de gestion, agent) */
  | 'ASSIGNED'
  /** En attente de paiement */
  | 'AWAITING_PAYMENT'
  /** Annulée par le demandeur */
  | 'CANCELLED'
  /** Livrée / clôturée */
  | 'CLOSED'
  /** Brouillon */
  | 'DRAFT'
  /** Contrôle Interpol (véhicule volé) */
  | 'INTERPOL_CHECK'
  /** Pré-validée */
  | 'PRE_VALIDATED'
  /** Imprimée (confirmée par l’imprimeur avec le code du titulaire) */
  | 'PRINTED'
  /** Ordre d’impression émis */
  | 'PRINT_ORDERED'
  /** Impression validée par l’ANaTT, prête à être remise */
  | 'PRINT_VALIDATED'
  /** Rejetée (avec motif) */
  | 'REJECTED'
  /** Soumise */
  | 'SUBMITTED'
  /** Suspendue */
  | 'SUSPENDED'
  /** Validée */
  | 'VALIDATED'
  /** Vérifiée */
  | 'VERIFIED';

export type DemandStatusCount = {
  __typename?: 'DemandStatusCount';
  count: Scalars['Int']['output'];
  status: DemandStatus;
};

/** A demand changed status. `previousStatus`, `status`, `version`, `at` and `actor` are as of the event; `demand` (and what you select under it) is read when the event is delivered, so it may already show a later change: compare `demand.version` with `version`. */
export type DemandStatusEvent = {
  __typename?: 'DemandStatusEvent';
  /** As of the event: who made the change, when known. */
  actor?: Maybe<Party>;
  /** As of the event: when the change was made. */
  at: Scalars['DateTime']['output'];
  /** Read at delivery: the demand as it is now, which may be newer than this event. */
  demand: Demand;
  /** As of the event. Null when the demand was just filed. */
  previousStatus?: Maybe<DemandStatus>;
  /** As of the event: the status the demand entered. */
  status: DemandStatus;
  /** As of the event: the demand’s version right after this change (use it as expectedVersion). */
  version: Scalars['Int']['output'];
};

export type DocumentStatus =
  /** Past its end of validity (authorisations). */
  | 'EXPIRED'
  /** Not a code this register issued (forged or altered). */
  | 'INVALID'
  /** Withdrawn (or refunded, for invoices and receipts). */
  | 'REVOKED'
  /** Replaced by a newer card (mutation, duplicate, transformation). */
  | 'SUPERSEDED'
  /** Sale declaration already used by a mutation. */
  | 'USED'
  /** In force. */
  | 'VALID';

/** What the register says of a document, from its QR code. */
export type DocumentVerification = {
  __typename?: 'DocumentVerification';
  /** Invoices and receipts: the amount paid (XOF). */
  amount?: Maybe<Scalars['Int']['output']>;
  /** Pledges and oppositions on the vehicle today. */
  encumbrances: Array<Encumbrance>;
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** GRAY_CARD, INVOICE or RECEIPT. */
  kind?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  /** Plate printed on it. */
  plateNumber?: Maybe<Scalars['String']['output']>;
  status: DocumentStatus;
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
  /** In force and issued by this register. */
  valid: Scalars['Boolean']['output'];
  /** Authorisations: end of validity. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  vehicle?: Maybe<Vehicle>;
};

export type Encumbrance = {
  __typename?: 'Encumbrance';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: EncumbranceKind;
  /** Pledges: the lender (affiliate id). */
  lenderAffiliateId?: Maybe<Scalars['ID']['output']>;
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Reference of the demand that recorded it. */
  reference: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
};

export type EncumbranceKind =
  /** Opposition: a court blocks transfers. */
  | 'OPPOSITION'
  /** Gage: the vehicle secures a loan. */
  | 'PLEDGE'
  /** Dépôt de titre: the gray card is deposited (vehicle off the road) until recovered. */
  | 'TITLE_DEPOSIT';

/** Source d’énergie. */
export type Energy =
  | 'DIESEL'
  | 'ELECTRIC'
  | 'HYBRID'
  | 'LPG'
  | 'PETROL';

export type GrantStaffRoleInput = {
  npi: Scalars['String']['input'];
  /** ADMIN, SERVICE_HEAD, AGENT, DEMAND_MANAGER, COURT_CLERK or INVESTIGATING_JUDGE. */
  role: Scalars['String']['input'];
};

export type GrayCard = {
  __typename?: 'GrayCard';
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Card number, e.g. CG-2026-000042. */
  number: Scalars['String']['output'];
  /** Where to download it (holder and staff). */
  pdfPath: Scalars['String']['output'];
  /** The plate number printed on it. */
  plateNumber: Scalars['String']['output'];
  status: DocumentStatus;
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
  /** The code its QR carries (for verifyDocument). */
  verificationCode: Scalars['String']['output'];
};

export type HeldVehicleConnection = {
  __typename?: 'HeldVehicleConnection';
  edges: Array<HeldVehicleEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type HeldVehicleEdge = {
  __typename?: 'HeldVehicleEdge';
  cursor: Scalars['String']['output'];
  node: Vehicle;
};

export type HolderConsent = {
  __typename?: 'HolderConsent';
  /** Pass as consentToken to submitDemand; valid 30 minutes, for your affiliate only. */
  consentToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** The holder (person) who consented. */
  holderId: Scalars['ID']['output'];
};

/** Who held the vehicle (titulaire), from when to when. */
export type Holding = {
  __typename?: 'Holding';
  /** Null for the current holder. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  holder: Party;
  startedAt: Scalars['DateTime']['output'];
};

export type InitiatePaymentInput = {
  orderId: Scalars['ID']['input'];
  /** FEDAPAY or KKIAPAY. */
  provider: PaymentProvider;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  affiliateId: Scalars['ID']['input'];
  npi: Scalars['String']['input'];
  /** AFFILIATE_ADMIN or AFFILIATE_MEMBER. */
  role: Scalars['String']['input'];
};

export type Invoice = {
  __typename?: 'Invoice';
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  lines: Array<OrderLine>;
  /** FAC-2026-000001. */
  number: Scalars['String']['output'];
  /** The PDF: GET through the router with your token. */
  pdfPath: Scalars['String']['output'];
  /** XOF. */
  total: Scalars['Int']['output'];
  /** The code its QR carries (for verifyDocument). */
  verificationCode: Scalars['String']['output'];
};

export type IssuedDocument = {
  __typename?: 'IssuedDocument';
  /** Sale declarations: when the mutation used it; others: when withdrawn. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  kind: IssuedDocumentKind;
  /** e.g. CSA-2026-000012. */
  number: Scalars['String']['output'];
  /** The PDF: GET through the router with your token. */
  pdfPath: Scalars['String']['output'];
  /** Plate when issued. */
  plateNumber: Scalars['String']['output'];
  status: DocumentStatus;
  /** Authorisations: expiry (date de fin de validité). */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The code its QR carries (for verifyDocument). */
  verificationCode: Scalars['String']['output'];
};

export type IssuedDocumentKind =
  /** Certificat de situation administrative (non-gage): pledges and oppositions on the day */
  | 'ADMINISTRATIVE_CERTIFICATE'
  /** Attestation de gravage des vitres */
  | 'GLASS_ENGRAVING_CERTIFICATE'
  /** Déclaration de vente (seller, buyer, vehicle); used up by the mutation */
  | 'SALE_DECLARATION'
  /** Autorisation de vitres teintées, valid until its expiry date */
  | 'TINTED_WINDOW_AUTHORIZATION';

export type LoginInput = {
  /** Phone (+229…) or e-mail. */
  identifier: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogoutInput = {
  refreshToken: Scalars['String']['input'];
};

export type ManagementCenter = {
  __typename?: 'ManagementCenter';
  department: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  town: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invitation sent to your NPI: you gain that affiliate profile. */
  acceptInvitation: Profile;
  /** Affiliates: turn the holder’s code into a consent token. */
  confirmHolderConsent: HolderConsent;
  /** Back from the provider: checks the transaction with the provider’s API (never the browser’s word). */
  confirmPayment: Payment;
  /** Turn the code into a confirmation of the sale (then confirmSaleDeclaration). */
  confirmSaleConfirmationCode: SaleConfirmation;
  /** Seller or buyer: confirm a sale declaration with the token from confirmSaleConfirmationCode (the code sent to your phone). */
  confirmSaleDeclaration: Demand;
  /** Register an affiliate (pending approval). */
  createAffiliate: Affiliate;
  /** A partner API key for an affiliate; the secret is shown once. */
  createApiKey: CreatedApiKey;
  /** Panier: gather 2–50 of your unpaid orders into one order, paid at once (initiatePayment on the basket). */
  createBasket: Order;
  /** Add a make to the catalogue (admins; audited). */
  createBrand: Brand;
  /** Add a model to a make (admins; audited). */
  createVehicleModel: VehicleModel;
  /** Take an unpaid basket apart: its orders are payable on their own again. */
  dissolveBasket: Order;
  /** Court clerk: oppositions on one or more vehicles from one court decision (documentIds: the court order), filed together or not at all. */
  fileOppositions: Array<Demand>;
  /** Give an ANaTT staff or justice role to someone else (admins). */
  grantStaffRole: Profile;
  /** Start paying an order online; returns the provider’s page. Only the order’s payer (or the affiliate that filed it). */
  initiatePayment: PaymentSession;
  /** Invite a person (by NPI) into an affiliate with a role you may grant. */
  inviteAffiliateMember: AffiliateInvitation;
  /** Sign in with a password. Staff then confirm with the code sent (verifyOtp). */
  login: AuthPayload;
  /** Ends the session this refresh token belongs to. */
  logout: Scalars['Boolean']['output'];
  /** Affiliate members: pay an order your affiliate filed from its wallet. */
  payOrderWithWallet: Payment;
  /** Admin: re-verify pending payments older than N minutes with their provider now (the periodic job does it too). */
  reconcilePayments: ReconciliationReport;
  /** Staff: the order was paid at an ANaTT counter (receipt number from the till). */
  recordCounterPayment: Order;
  /** Ask customs again (e.g. once the duties are paid). */
  refreshCustomsClearance: CustomsClearance;
  /** New access and refresh tokens for a refresh token (single use), optionally as another of your profiles. */
  refreshToken: AuthPayload;
  /** Admin: refund an approved payment through its provider (audited). The order and its demand show REFUNDED. */
  refundPayment: Payment;
  /** Register a company from its IFU; name and RCCM come from DGI (staff). */
  registerCompany: Company;
  /** Register an imported vehicle from its customs declaration (staff, dealers). */
  registerImportedVehicle: Vehicle;
  /** Register a vehicle made or assembled in Benin (staff, dealers). */
  registerLocalVehicle: Vehicle;
  /** Certificat de situation administrative (non-gage) of a registered vehicle, as of now: its holder or staff. */
  requestAdministrativeCertificate: IssuedDocument;
  /** Affiliates: send the holder a code to consent to you acting for them. */
  requestHolderConsent: OtpChallenge;
  /** Send a sign-in code by SMS (or e-mail) to this identifier. */
  requestOtp: OtpChallenge;
  /** Seller or buyer: send me a code to confirm this sale declaration. */
  requestSaleConfirmationCode: OtpChallenge;
  /** Revoke a partner API key: refused from the next request on. */
  revokeApiKey: ApiKey;
  /** Start signing with a new key; tokens signed with the old one stay valid until they expire. Returns the new key id. */
  rotateSigningKey: Scalars['String']['output'];
  /** Approve, suspend or reinstate an affiliate. */
  setAffiliateStatus: Affiliate;
  /** Put an agent (person id) on a centre’s roster, or take them off (admins, managers; audited). */
  setCenterAgent: ManagementCenter;
  /** Admin: a new fee line in force from a date (audited; history kept). */
  setTariff: Tariff;
  /** Inscription with your NPI (checked at ANIP); a code is sent to your phone. */
  signUp: OtpChallenge;
  /** File a demand (déposer une demande): documents first, then this. */
  submitDemand: Demand;
  /** Affiliate admin: top the wallet up through FedaPay or KKiaPay; credited when the provider confirms. */
  topUpWallet: PaymentSession;
  /** Record a transformation: changed characteristics, with the reason (staff). */
  transformVehicle: Vehicle;
  /** Move a demand along its workflow (with the version you last saw). */
  transitionDemand: Demand;
  /** Change a service’s documents, target times or availability (admins; audited). */
  updateService: Service;
  /** Answer a code request (sign-in, inscription or staff second factor). */
  verifyOtp: AuthPayload;
};


export type MutationAcceptInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationConfirmHolderConsentArgs = {
  input: ConfirmHolderConsentInput;
};


export type MutationConfirmPaymentArgs = {
  input: ConfirmPaymentInput;
};


export type MutationConfirmSaleConfirmationCodeArgs = {
  input: ConfirmSaleCodeInput;
};


export type MutationConfirmSaleDeclarationArgs = {
  confirmationToken: Scalars['String']['input'];
  demandId: Scalars['ID']['input'];
};


export type MutationCreateAffiliateArgs = {
  input: CreateAffiliateInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateBasketArgs = {
  orderIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateBrandArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateVehicleModelArgs = {
  input: CreateVehicleModelInput;
};


export type MutationDissolveBasketArgs = {
  basketId: Scalars['ID']['input'];
};


export type MutationFileOppositionsArgs = {
  documentIds: Array<Scalars['ID']['input']>;
  vehicleIds: Array<Scalars['ID']['input']>;
};


export type MutationGrantStaffRoleArgs = {
  input: GrantStaffRoleInput;
};


export type MutationInitiatePaymentArgs = {
  input: InitiatePaymentInput;
};


export type MutationInviteAffiliateMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationPayOrderWithWalletArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationReconcilePaymentsArgs = {
  olderThanMinutes?: Scalars['Int']['input'];
};


export type MutationRecordCounterPaymentArgs = {
  orderId: Scalars['ID']['input'];
  receiptNumber: Scalars['String']['input'];
};


export type MutationRefreshCustomsClearanceArgs = {
  vehicleId: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRefundPaymentArgs = {
  paymentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterCompanyArgs = {
  ifu: Scalars['String']['input'];
};


export type MutationRegisterImportedVehicleArgs = {
  input: RegisterImportedVehicleInput;
};


export type MutationRegisterLocalVehicleArgs = {
  input: RegisterLocalVehicleInput;
};


export type MutationRequestAdministrativeCertificateArgs = {
  vehicleId: Scalars['ID']['input'];
};


export type MutationRequestHolderConsentArgs = {
  input: RequestHolderConsentInput;
};


export type MutationRequestOtpArgs = {
  input: RequestOtpInput;
};


export type MutationRequestSaleConfirmationCodeArgs = {
  demandId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAffiliateStatusArgs = {
  id: Scalars['ID']['input'];
  status: AffiliateStatus;
};


export type MutationSetCenterAgentArgs = {
  active?: Scalars['Boolean']['input'];
  agentId: Scalars['ID']['input'];
  centerId: Scalars['ID']['input'];
  role?: CenterRole;
};


export type MutationSetTariffArgs = {
  input: SetTariffInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitDemandArgs = {
  input: SubmitDemandInput;
};


export type MutationTopUpWalletArgs = {
  amount: Scalars['Int']['input'];
  provider: PaymentProvider;
};


export type MutationTransformVehicleArgs = {
  input: TransformVehicleInput;
};


export type MutationTransitionDemandArgs = {
  input: TransitionDemandInput;
};


export type MutationUpdateServiceArgs = {
  code: Scalars['String']['input'];
  input: UpdateServiceInput;
};


export type MutationVerifyOtpArgs = {
  input: VerifyOtpInput;
};

/** Free prestige numbers (or labels) near what was asked. */
export type NumberSuggestions = {
  __typename?: 'NumberSuggestions';
  /** Whether exactly that is free now. */
  available: Scalars['Boolean']['output'];
  /** What was asked, normalised. */
  requested: Scalars['String']['output'];
  /** Free ones, closest first (same digits in other series, then neighbours). */
  suggestions: Array<Scalars['String']['output']>;
};

export type Order = {
  __typename?: 'Order';
  /** The basket (panier) this order is paid through, if any. */
  basketId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The invoice (facture), once paid; a basket’s orders share the basket’s. */
  invoice?: Maybe<Invoice>;
  lines: Array<OrderLine>;
  /** A basket’s orders (empty for a demand’s order). */
  members: Array<Order>;
  /** Human-readable order number. */
  number: Scalars['String']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Attempts to pay it, oldest first. */
  payments: Array<Payment>;
  status: OrderStatus;
  /** XOF, sum of the lines. */
  total: Scalars['Int']['output'];
};

export type OrderLine = {
  __typename?: 'OrderLine';
  /** XOF. */
  amount: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** Statut de la commande. */
export type OrderStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED';

/** A code was sent; answer with verifyOtp(challengeId, code). */
export type OtpChallenge = {
  __typename?: 'OtpChallenge';
  challengeId: Scalars['ID']['output'];
  /** Where the code went, masked (e.g. "+229 ** ** ** 01"). */
  destination: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person or a company: a holder (titulaire) or an applicant (demandeur). */
export type Party = {
  /** Demands filed for this person or company, newest first. */
  demands: DemandConnection;
  /** Full name of a person, legal name of a company. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Vehicles this person or company holds now (véhicules détenus). */
  vehicles: HeldVehicleConnection;
};


/** A person or a company: a holder (titulaire) or an applicant (demandeur). */
export type PartyDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a company: a holder (titulaire) or an applicant (demandeur). */
export type PartyVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Payment = {
  __typename?: 'Payment';
  /** XOF, fixed when the payment was started. */
  amount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  order?: Maybe<Order>;
  provider: PaymentProvider;
  /** The provider’s transaction id, once known. */
  providerTransactionId?: Maybe<Scalars['String']['output']>;
  purpose: PaymentPurpose;
  /** The receipt (reçu) once paid: GET through the router. */
  receiptPath?: Maybe<Scalars['String']['output']>;
  /** The code the receipt’s QR carries (for verifyDocument). */
  receiptVerificationCode?: Maybe<Scalars['String']['output']>;
  /** Where the payer completes the payment. */
  redirectUrl?: Maybe<Scalars['String']['output']>;
  refundedAt?: Maybe<Scalars['DateTime']['output']>;
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  status: PaymentState;
};

export type PaymentAnomaly = {
  __typename?: 'PaymentAnomaly';
  detectedAt: Scalars['DateTime']['output'];
  /** What SIMVEB expected (XOF). */
  expectedAmount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: PaymentAnomalyKind;
  paymentId?: Maybe<Scalars['ID']['output']>;
  provider: PaymentProvider;
  providerTransactionId?: Maybe<Scalars['String']['output']>;
  /** What the provider reported (XOF). */
  reportedAmount?: Maybe<Scalars['Int']['output']>;
  /** WEBHOOK, RECONCILIATION or CLIENT_CONFIRMATION. */
  source: Scalars['String']['output'];
};

/** A provider fact that did not match the order; left for a finance officer. */
export type PaymentAnomalyKind =
  /** Montant payé différent du montant dû */
  | 'AMOUNT_MISMATCH'
  /** Devise autre que XOF */
  | 'CURRENCY_MISMATCH'
  /** Transaction presented for another payment than its own */
  | 'FOREIGN_TRANSACTION'
  /** Order already paid by another payment: refund due */
  | 'ORDER_ALREADY_SETTLED'
  /** Transaction inconnue de SIMVEB */
  | 'UNKNOWN_TRANSACTION';

/** Who carries the money. */
export type PaymentProvider =
  /** Cash or card at an ANaTT counter (guichet) */
  | 'COUNTER'
  /** FedaPay (mobile money MTN/Moov, cards) */
  | 'FEDAPAY'
  /** KKiaPay (mobile money, cards) */
  | 'KKIAPAY'
  /** Prepaid wallet of an affiliate (portefeuille) */
  | 'WALLET';

/** What the money is for: an order, or an affiliate wallet top-up (recharge). */
export type PaymentPurpose =
  | 'ORDER'
  | 'WALLET_TOP_UP';

/** Where to send the payer to pay. */
export type PaymentSession = {
  __typename?: 'PaymentSession';
  payment: Payment;
  /** Provider’s checkout page (FedaPay) or widget (KKiaPay). */
  redirectUrl: Scalars['String']['output'];
};

/** Where one payment attempt stands. */
export type PaymentState =
  | 'APPROVED'
  | 'CANCELED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REFUNDED'
  | 'REFUND_PENDING';

/** Where the money of a demand stands. */
export type PaymentStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'REFUNDED'
  | 'UNPAID';

/** A natural person, identified by the NPI (Numéro Personnel d’Identification) issued by ANIP. */
export type Person = Party & {
  __typename?: 'Person';
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Commune de résidence (ANIP). */
  commune?: Maybe<Scalars['String']['output']>;
  /** Demands filed for this person or company, newest first. */
  demands: DemandConnection;
  displayName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** NPI: 10 digits. */
  npi: Scalars['String']['output'];
  /** Vehicles this person or company holds now (véhicules détenus). */
  vehicles: HeldVehicleConnection;
};


/** A natural person, identified by the NPI (Numéro Personnel d’Identification) issued by ANIP. */
export type PersonDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A natural person, identified by the NPI (Numéro Personnel d’Identification) issued by ANIP. */
export type PersonVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Numéro d’immatriculation (plaque). */
export type Plate = {
  __typename?: 'Plate';
  issuedAt: Scalars['DateTime']['output'];
  /** Prestige label printed with the number (plaque personnalisée). */
  label?: Maybe<Scalars['String']['output']>;
  /** As printed, e.g. "AB 1234 RB". */
  number: Scalars['String']['output'];
  /** RFID tag (EPC) of the physical plate in use. */
  rfidTag?: Maybe<Scalars['String']['output']>;
  /** Serial of the physical plate in use (from its print order). */
  serial?: Maybe<Scalars['String']['output']>;
  status: PlateStatus;
};

/** Famille de numéros. */
export type PlateFamily =
  /** Commerciales / garages (rouge sur orange): WGA 0001 RB */
  | 'COMMERCIAL'
  /** Particuliers: AB 1234 RB (from the vehicle category) */
  | 'PRIVATE'
  /** Véhicules de l’État (blanc sur bleu): EBA 0001 RB */
  | 'STATE'
  /** Immatriculation temporaire: IPN 1049 RB */
  | 'TEMPORARY'
  /** Deux/trois-roues: 2V 3472 RB (from the vehicle category) */
  | 'TWO_WHEELER';

export type PlateStatus =
  | 'ACTIVE'
  | 'REVOKED';

/** What the printer makes: plates (serial, RFID) and/or the gray card. */
export type PrintKind =
  | 'CARD'
  | 'PLATE'
  | 'PLATE_AND_CARD';

export type PrintOrder = {
  __typename?: 'PrintOrder';
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The demand (reference, vehicle) it prints for. */
  demand?: Maybe<Demand>;
  /** Wrong holder codes given by printers (5 lock the order). */
  failedCodeAttempts: Scalars['Int']['output'];
  /** The code to give the printer: shown to the holder (applicant) and ANaTT deciders, never to printers. */
  holderCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PrintKind;
  orderedAt: Scalars['DateTime']['output'];
  /** Number to print on the plate and card. */
  plateNumber: Scalars['String']['output'];
  /** Serial engraved on the plate (numéro de série). */
  plateSerial?: Maybe<Scalars['String']['output']>;
  printedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The approved printer it was sent to; null: any approved printer may take it. */
  printerAffiliateId?: Maybe<Scalars['ID']['output']>;
  /** RFID tag (EPC) embedded in the plate. */
  rfidTag?: Maybe<Scalars['String']['output']>;
  status: PrintOrderStatus;
  validatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Ordre d’impression: ordered, printed (printer), validated (ANaTT), delivered. */
export type PrintOrderStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'ORDERED'
  | 'PRINTED'
  | 'VALIDATED';

export type Profile = {
  __typename?: 'Profile';
  active: Scalars['Boolean']['output'];
  /** The affiliate this profile acts for. */
  affiliate?: Maybe<Affiliate>;
  id: Scalars['ID']['output'];
  kind: ProfileKind;
  roles: Array<Scalars['String']['output']>;
};

/** Espace: the hat the account wears when it acts. */
export type ProfileKind =
  | 'AFFILIATE'
  | 'CITIZEN'
  | 'JUSTICE'
  | 'STAFF';

export type Query = {
  __typename?: 'Query';
  /** Affiliates (ANaTT admins). */
  affiliates: Array<Affiliate>;
  /** API keys of an affiliate (ANaTT admins). Secrets are never shown again. */
  apiKeys: Array<ApiKey>;
  /** Makes in the catalogue, by name. */
  brands: Array<Brand>;
  /** A company by id. */
  company?: Maybe<Company>;
  /** Decode a VIN: region, manufacturer, model year, check digit. */
  decodeVin: VinDecoding;
  /** A demand by id, if you may see it. */
  demand?: Maybe<Demand>;
  /** Counts per status, overdue and time to close, for a centre (staff). */
  demandStats: DemandStats;
  /** Demands you may see, newest first; filter by status, centre, agent, overdue… */
  demands: DemandConnection;
  /** The 12 departmental management centres. */
  managementCenters: Array<ManagementCenter>;
  /** The signed-in account (null when anonymous or a partner key). */
  me?: Maybe<Account>;
  /** Affiliates: your organisation’s prepaid wallet (portefeuille). */
  myWallet: Wallet;
  /** One payment: its payer and ANaTT staff. */
  payment?: Maybe<Payment>;
  /** Finance: provider facts that did not match (newest first). */
  paymentAnomalies: Array<PaymentAnomaly>;
  /** A person by id: yourself, or anyone for staff. */
  person?: Maybe<Person>;
  /** A person by NPI: yourself, or anyone for staff. */
  personByNpi?: Maybe<Person>;
  /** Approved printers: print orders waiting for them (sent to them or to any printer), oldest first. Staff: all waiting. */
  printQueue: Array<PrintOrder>;
  /** Devis: the price of a demand before filing it (same lines as its order will have). */
  quote: Quote;
  /** The service catalogue: documents, steps, target times. */
  services: Array<Service>;
  /** Prestige numbers (0001–0099 of a series, e.g. "AB 7" or "7") or labels ("KOFFI") free to ask for now. */
  suggestNumbers: NumberSuggestions;
  /** Fee lines in force (now, or at a date), one per service, component and variation. */
  tariffs: Array<Tariff>;
  /** A vehicle by id. */
  vehicle?: Maybe<Vehicle>;
  /** The vehicle wearing this plate now; any spacing and case ("ab-1234 rb"). */
  vehicleByPlate?: Maybe<Vehicle>;
  /** A vehicle by VIN (any case, spaces ignored). */
  vehicleByVin?: Maybe<Vehicle>;
  /** Categories (genres) and the plates each takes. */
  vehicleCategories: Array<VehicleCategoryInfo>;
  /** Models, of one make or all. */
  vehicleModels: Array<VehicleModel>;
  /** Search the register, oldest first (staff and authorised partners). */
  vehicles: VehicleConnection;
  /** Bulk look-up by plate, up to 500 (police checks, partners); null where no vehicle wears it. */
  vehiclesByPlates: Array<Maybe<Vehicle>>;
  /** Bulk look-up by VIN for partners and staff, up to 500; null where unknown. */
  vehiclesByVins: Array<Maybe<Vehicle>>;
  /** Public check of a document from its QR code (police at the roadside, buyers). */
  verifyDocument: DocumentVerification;
};


export type QueryApiKeysArgs = {
  affiliateId: Scalars['ID']['input'];
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecodeVinArgs = {
  vin: Scalars['String']['input'];
};


export type QueryDemandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDemandStatsArgs = {
  centerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DemandFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentAnomaliesArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonByNpiArgs = {
  npi: Scalars['String']['input'];
};


export type QueryPrintQueueArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryQuoteArgs = {
  holderKind?: BillingHolderKind;
  serviceCode: Scalars['String']['input'];
  urgent?: Scalars['Boolean']['input'];
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuggestNumbersArgs = {
  first?: Scalars['Int']['input'];
  wanted: Scalars['String']['input'];
};


export type QueryTariffsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  serviceCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVehicleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVehicleByPlateArgs = {
  number: Scalars['String']['input'];
};


export type QueryVehicleByVinArgs = {
  vin: Scalars['String']['input'];
};


export type QueryVehicleModelsArgs = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VehicleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVehiclesByPlatesArgs = {
  numbers: Array<Scalars['String']['input']>;
};


export type QueryVehiclesByVinsArgs = {
  vins: Array<Scalars['String']['input']>;
};


export type QueryVerifyDocumentArgs = {
  code: Scalars['String']['input'];
};

/** Devis: what a demand would cost if filed now. */
export type Quote = {
  __typename?: 'Quote';
  /** Prices in force at this moment. */
  at: Scalars['DateTime']['output'];
  lines: Array<OrderLine>;
  service: Service;
  /** XOF. */
  total: Scalars['Int']['output'];
  /** Vehicle category the price was computed for. */
  vehicleCategory?: Maybe<Scalars['String']['output']>;
};

/** What one pass over pending payments found (rapprochement). */
export type ReconciliationReport = {
  __typename?: 'ReconciliationReport';
  /** Pending payments looked at. */
  checked: Scalars['Int']['output'];
  /** Found declined or cancelled. */
  declined: Scalars['Int']['output'];
  /** Left pending too long: expired. */
  expired: Scalars['Int']['output'];
  /** Mismatches flagged during this pass. */
  mismatches: Array<PaymentAnomaly>;
  /** Found paid at the provider and settled here. */
  settled: Scalars['Int']['output'];
  /** Still pending at the provider. */
  stillPending: Scalars['Int']['output'];
  /** Provider did not answer; tried again next pass. */
  unreachable: Scalars['Int']['output'];
};

export type RefreshTokenInput = {
  /** Switch to another of your profiles. */
  profileId?: InputMaybe<Scalars['ID']['input']>;
  refreshToken: Scalars['String']['input'];
};

export type RegisterImportedVehicleInput = {
  /** Customs declaration number, e.g. C-2026-001234. */
  customsReference: Scalars['String']['input'];
};

/** A vehicle made or assembled in Benin (no customs clearance). */
export type RegisterLocalVehicleInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  energy: Energy;
  modelId: Scalars['ID']['input'];
  seats?: InputMaybe<Scalars['Int']['input']>;
  vin: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type Registration = {
  __typename?: 'Registration';
  id: Scalars['ID']['output'];
  /** The number allocated, e.g. "BA 0001 RB". */
  number: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
};

export type RequestHolderConsentInput = {
  /** NPI of the holder you act for. */
  holderNpi: Scalars['String']['input'];
  /** The service you will file for them (the consent is for this service only). */
  serviceCode: Scalars['String']['input'];
  /** The vehicle concerned (the consent is for this vehicle only). */
  vehicleId: Scalars['ID']['input'];
};

export type RequestOtpInput = {
  /** Phone (+229…) or e-mail of the account. */
  identifier: Scalars['String']['input'];
};

export type SaleConfirmation = {
  __typename?: 'SaleConfirmation';
  /** Pass to confirmSaleDeclaration; valid 10 minutes, for this sale and you only. */
  confirmationToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** A service of ANaTT (prestation); each demand is for one service. */
export type Service = {
  __typename?: 'Service';
  active: Scalars['Boolean']['output'];
  /** Stable code, e.g. IMMATRICULATION_STANDARD. */
  code: Scalars['String']['output'];
  /** A fee is paid before treatment (the demand waits in AWAITING_PAYMENT). */
  feeDue: Scalars['Boolean']['output'];
  /** Name in English. */
  name: Scalars['String']['output'];
  /** Nom officiel en français. */
  nameFr: Scalars['String']['output'];
  /** Registrations: stolen-vehicle check with Interpol before pre-validation. */
  needsInterpolCheck: Scalars['Boolean']['output'];
  /** A plate or card is printed after validation. */
  needsPrinting: Scalars['Boolean']['output'];
  /** The demand concerns one vehicle. */
  needsVehicle: Scalars['Boolean']['output'];
  /** Pièces à fournir: document types a demand needs before it is submitted. */
  requiredDocuments: Array<Scalars['String']['output']>;
  /** Target treatment time per status, in hours (délai de traitement). */
  targetHours: Scalars['JSONObject']['output'];
  /** Total target time, hours. */
  totalTargetHours: Scalars['Int']['output'];
};

/** A new fee line, in force from a date (past rows are kept). */
export type SetTariffInput = {
  /** XOF; 0 stops charging it; negative only for SURCHARGE/PLATE reductions. */
  amount: Scalars['Int']['input'];
  component: TariffComponent;
  condition?: TariffCondition;
  /** Default: now. Never in the past (past orders keep their price). */
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  label: Scalars['String']['input'];
  serviceCode: Scalars['String']['input'];
};

/** Inscription: the NPI and birth date must match ANIP’s register. */
export type SignUpInput = {
  /** As on your identity record, checked against ANIP. */
  birthDate: Scalars['Date']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  npi: Scalars['String']['input'];
  /** Optional: without one you sign in with a code by SMS. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Ignored: the confirmation code goes to the phone ANIP has on record for this NPI, never to a typed one. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** File a demand for one service. */
export type SubmitDemandInput = {
  /** The person or company the demand is for (demandeur). Citizens: omit (it is you). */
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  /** Sale declarations: the buyer (person or company id). */
  buyerId?: InputMaybe<Scalars['ID']['input']>;
  /** Affiliates filing for a holder: the token from confirmHolderConsent. */
  consentToken?: InputMaybe<Scalars['String']['input']>;
  /** Documents uploaded with POST /documents; the service’s required ones are checked on submission. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Keep as a draft instead of submitting now. */
  draft?: Scalars['Boolean']['input'];
  /** Registrations: a STATE, COMMERCIAL or TEMPORARY number (counter staff and the affiliates concerned). Omit for private numbers. */
  plateFamily?: InputMaybe<PlateFamily>;
  /** Prestige label registrations: the label wanted (3–8 letters or digits). Reserved on filing. */
  requestedLabel?: InputMaybe<Scalars['String']['input']>;
  /** Prestige registrations: the number wanted, e.g. "AB 0007 RB" (0001–0099 of a series; see suggestNumbers). Reserved on filing. */
  requestedNumber?: InputMaybe<Scalars['String']['input']>;
  /** Service code, e.g. IMMATRICULATION_STANDARD. */
  serviceCode: Scalars['String']['input'];
  /** Ask for urgent treatment (surcharge, see quote). */
  urgent?: Scalars['Boolean']['input'];
  /** The vehicle concerned, when the service is about one: by id… */
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
  /** …or by the plate it wears (any spacing and case). */
  vehiclePlate?: InputMaybe<Scalars['String']['input']>;
  /** …or by VIN… */
  vehicleVin?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Backoffice queue of a management centre: every status change of its demands (its staff, national managers). */
  demandQueueChanged: DemandStatusEvent;
  /** Status changes of the demands you may see, live. Narrow by demand, applicant or management centre. */
  demandStatusChanged: DemandStatusEvent;
};


export type SubscriptionDemandQueueChangedArgs = {
  centerId: Scalars['ID']['input'];
};


export type SubscriptionDemandStatusChangedArgs = {
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  centerId?: InputMaybe<Scalars['ID']['input']>;
  demandId?: InputMaybe<Scalars['ID']['input']>;
};

export type Tariff = {
  __typename?: 'Tariff';
  /** XOF, integer; negative for a reduction. */
  amount: Scalars['Int']['output'];
  component: TariffComponent;
  condition: TariffCondition;
  effectiveFrom: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  service: Service;
};

/** Nature of a fee line. */
export type TariffComponent =
  /** Plaques d’immatriculation */
  | 'PLATE'
  /** Frais de service */
  | 'SERVICE_FEE'
  /** Droit de timbre */
  | 'STAMP_DUTY'
  /** Supplément ou réduction (variation) */
  | 'SURCHARGE';

/** Variation a tariff line depends on. */
export type TariffCondition =
  /** Every demand of the service */
  | 'ALWAYS'
  /** Titulaire personne morale (entreprise) */
  | 'COMPANY_HOLDER'
  /** Poids lourds: camion, autobus, remorque */
  | 'HEAVY_VEHICLE'
  /** Deux- et trois-roues (motocyclette, tricycle) */
  | 'TWO_THREE_WHEELER'
  /** Traitement urgent */
  | 'URGENT';

/** Characteristics that change (transformation); only the given ones. */
export type TransformVehicleInput = {
  category?: InputMaybe<VehicleCategory>;
  color?: InputMaybe<Scalars['String']['input']>;
  emptyWeightKg?: InputMaybe<Scalars['Int']['input']>;
  energy?: InputMaybe<Energy>;
  grossWeightKg?: InputMaybe<Scalars['Int']['input']>;
  /** Why (motif); kept in the technical history. */
  reason: Scalars['String']['input'];
  seats?: InputMaybe<Scalars['Int']['input']>;
  vehicleId: Scalars['ID']['input'];
};

export type TransitionDemandInput = {
  action: DemandAction;
  /** ASSIGN by a manager: the agent (person id) to give it to. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  demandId: Scalars['ID']['input'];
  /** The version you last saw; a newer one means someone else acted first (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  /** MARK_PRINTED: the code the holder was given for this print order. */
  holderCode?: InputMaybe<Scalars['String']['input']>;
  /** MARK_PRINTED (plates): serial of the plate made. */
  plateSerial?: InputMaybe<Scalars['String']['input']>;
  /** ORDER_PRINT: the approved printer (affiliate id); omit to let any approved printer take it. */
  printerId?: InputMaybe<Scalars['ID']['input']>;
  /** Why (motif); required to reject or suspend. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** MARK_PRINTED (plates): RFID tag, 24 hexadecimal digits (EPC-96). */
  rfidTag?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateServiceInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  requiredDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hours per status, e.g. { "VERIFIED": 24 }. */
  targetHours?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** A vehicle of the technical register: what it is. Who holds it is the registration subgraph’s fact. */
export type Vehicle = {
  __typename?: 'Vehicle';
  brand: Brand;
  /** Genre. */
  category: VehicleCategory;
  /** Couleur. */
  color?: Maybe<Scalars['String']['output']>;
  /** Dédouanement (imported vehicles). */
  customsClearance?: Maybe<CustomsClearance>;
  /** Customs declaration reference, Douane (staff and authorised partners). */
  customsReference?: Maybe<Scalars['String']['output']>;
  /** Certificates, sale declarations, authorisations issued for it, newest first (holder, staff). */
  documents: Array<IssuedDocument>;
  /** Poids à vide (kg). */
  emptyWeightKg?: Maybe<Scalars['Int']['output']>;
  /** Pledges and oppositions, active and lifted (situation administrative). */
  encumbrances: Array<Encumbrance>;
  energy?: Maybe<Energy>;
  /** Numéro de moteur (staff and authorised partners). */
  engineNumber?: Maybe<Scalars['String']['output']>;
  /** Date de première mise en circulation. */
  firstCirculationAt?: Maybe<Scalars['DateTime']['output']>;
  /** The gray card in force (holder, staff and authorised partners). */
  grayCard?: Maybe<GrayCard>;
  /** Poids total autorisé en charge, PTAC (kg). */
  grossWeightKg?: Maybe<Scalars['Int']['output']>;
  /** Current legal holder (titulaire de la carte grise); shown to the holder, staff and authorised partners only. */
  holder?: Maybe<Party>;
  /** Every holder, oldest first (holder, staff and authorised partners). */
  holdingHistory: Array<Holding>;
  id: Scalars['ID']['output'];
  model: VehicleModel;
  origin: VehicleOrigin;
  /** The plate in force; null before registration. */
  plate?: Maybe<Plate>;
  /** How many plates it takes. */
  platesCount: Scalars['Int']['output'];
  /** May be registered: made locally, or cleared by customs with duties paid. */
  registrable: Scalars['Boolean']['output'];
  /** Its immatriculation (number, date), once validated. */
  registration?: Maybe<Registration>;
  /** Nombre de places. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** Technical history: transformations, oldest first. */
  technicalHistory: Array<VehicleChange>;
  /** Numéro de châssis / VIN (ISO 3779), upper case. */
  vin: Scalars['String']['output'];
  /** Model year (année modèle). */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A vehicle of the technical register: what it is. Who holds it is the registration subgraph’s fact. */
export type VehicleEncumbrancesArgs = {
  activeOnly?: Scalars['Boolean']['input'];
};

/** Genre du véhicule. 2- and 3-wheelers take one plate, the others two. */
export type VehicleCategory =
  /** Autobus / autocar */
  | 'BUS'
  /** Deux-roues (moto) */
  | 'MOTORCYCLE'
  /** Voiture particulière (VP) */
  | 'PRIVATE_CAR'
  /** Remorque / semi-remorque */
  | 'TRAILER'
  /** Tricycle */
  | 'TRICYCLE'
  /** Camion */
  | 'TRUCK'
  /** Camionnette / utilitaire */
  | 'UTILITY';

export type VehicleCategoryInfo = {
  __typename?: 'VehicleCategoryInfo';
  category: VehicleCategory;
  /** 2- and 3-wheelers take one plate, the others two. */
  platesCount: Scalars['Int']['output'];
};

export type VehicleChange = {
  __typename?: 'VehicleChange';
  at: Scalars['DateTime']['output'];
  field: Scalars['String']['output'];
  fromValue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  toValue?: Maybe<Scalars['String']['output']>;
};

export type VehicleConnection = {
  __typename?: 'VehicleConnection';
  edges: Array<VehicleEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type VehicleEdge = {
  __typename?: 'VehicleEdge';
  cursor: Scalars['String']['output'];
  node: Vehicle;
};

/** All given criteria must match. */
export type VehicleFilter = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<VehicleCategory>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  origin?: InputMaybe<VehicleOrigin>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Modèle (model) of a brand. */
export type VehicleModel = {
  __typename?: 'VehicleModel';
  brand: Brand;
  /** Usual category of this model. */
  category: VehicleCategory;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Imported vehicles are cleared by customs (Douane) first. */
export type VehicleOrigin =
  | 'IMPORTED'
  | 'LOCAL';

export type VerifyOtpInput = {
  challengeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};

/** What a VIN says by itself (ISO 3779/3780). */
export type VinDecoding = {
  __typename?: 'VinDecoding';
  /** North American manufacturers (WMI 1-5) use a check digit. */
  checkDigitApplies: Scalars['Boolean']['output'];
  checkDigitValid?: Maybe<Scalars['Boolean']['output']>;
  /** Make of the catalogue this WMI belongs to, when known. */
  manufacturer?: Maybe<Scalars['String']['output']>;
  /** From the 10th character (30-year cycle; the latest plausible year). */
  modelYear?: Maybe<Scalars['Int']['output']>;
  /** Why it is not valid. */
  problem?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
  vin: Scalars['String']['output'];
  /** World manufacturer identifier (first three characters). */
  wmi?: Maybe<Scalars['String']['output']>;
};

export type Wallet = {
  __typename?: 'Wallet';
  affiliateId: Scalars['ID']['output'];
  /** XOF. */
  balance: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Ledger (grand livre), newest first. */
  movements: Array<WalletMovement>;
};


export type WalletMovementsArgs = {
  first?: Scalars['Int']['input'];
};

export type WalletMovement = {
  __typename?: 'WalletMovement';
  /** XOF: positive in, negative out. */
  amount: Scalars['Int']['output'];
  at: Scalars['DateTime']['output'];
  /** Balance right after this movement. */
  balanceAfter: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: WalletMovementKind;
  orderId?: Maybe<Scalars['ID']['output']>;
  paymentId?: Maybe<Scalars['ID']['output']>;
};

export type WalletMovementKind =
  /** Paiement d’une commande */
  | 'DEBIT'
  /** Remboursement */
  | 'REFUND'
  /** Recharge */
  | 'TOP_UP';

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, key: { __typename?: 'ApiKey', id: string, prefix: string, scopes: Array<string> } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type CreateAffiliateMutationVariables = Exact<{
  input: CreateAffiliateInput;
}>;


export type CreateAffiliateMutation = { __typename?: 'Mutation', createAffiliate: { __typename?: 'Affiliate', id: string, name: string, kind: AffiliateKind, status: AffiliateStatus } };

export type SetAffiliateStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: AffiliateStatus;
}>;


export type SetAffiliateStatusMutation = { __typename?: 'Mutation', setAffiliateStatus: { __typename?: 'Affiliate', id: string, status: AffiliateStatus } };

export type InviteAffiliateMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteAffiliateMemberMutation = { __typename?: 'Mutation', inviteAffiliateMember: { __typename?: 'AffiliateInvitation', id: string, npi: string, roles: Array<string>, status: InvitationStatus } };

export type AcceptInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Profile', id: string, kind: ProfileKind, roles: Array<string>, affiliate?: { __typename?: 'Affiliate', id: string, name: string } | null } };

export type GrantStaffRoleMutationVariables = Exact<{
  input: GrantStaffRoleInput;
}>;


export type GrantStaffRoleMutation = { __typename?: 'Mutation', grantStaffRole: { __typename?: 'Profile', id: string, kind: ProfileKind, roles: Array<string> } };

export type RequestHolderConsentMutationVariables = Exact<{
  input: RequestHolderConsentInput;
}>;


export type RequestHolderConsentMutation = { __typename?: 'Mutation', requestHolderConsent: { __typename?: 'OtpChallenge', challengeId: string, destination: string, expiresAt: string } };

export type ConfirmHolderConsentMutationVariables = Exact<{
  input: ConfirmHolderConsentInput;
}>;


export type ConfirmHolderConsentMutation = { __typename?: 'Mutation', confirmHolderConsent: { __typename?: 'HolderConsent', holderId: string, consentToken: string, expiresAt: string } };

export type AffiliateWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type AffiliateWalletQuery = { __typename?: 'Query', myWallet: { __typename?: 'Wallet', id: string, balance: number, movements: Array<{ __typename?: 'WalletMovement', id: string, kind: WalletMovementKind, amount: number, balanceAfter: number, at: string }> } };

export type AffiliateTopUpMutationVariables = Exact<{
  provider: PaymentProvider;
  amount: Scalars['Int']['input'];
}>;


export type AffiliateTopUpMutation = { __typename?: 'Mutation', topUpWallet: { __typename?: 'PaymentSession', redirectUrl: string } };

export type LenderVehicleQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type LenderVehicleQuery = { __typename?: 'Query', vehicleByPlate?: { __typename?: 'Vehicle', id: string, vin: string, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string } | null, encumbrances: Array<{ __typename?: 'Encumbrance', id: string, kind: EncumbranceKind, reference: string, since: string, lenderAffiliateId?: string | null }> } | null };

export type AffiliateDemandsQueryVariables = Exact<{ [key: string]: never; }>;


export type AffiliateDemandsQuery = { __typename?: 'Query', demands: { __typename?: 'DemandConnection', edges: Array<{ __typename?: 'DemandEdge', node: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, createdAt: string, service: { __typename?: 'Service', nameFr: string }, vehicle?: { __typename?: 'Vehicle', vin: string, plate?: { __typename?: 'Plate', number: string } | null } | null, order?: { __typename?: 'Order', id: string, total: number, status: OrderStatus } | null } }> } };

export type DealerImportMutationVariables = Exact<{
  input: RegisterImportedVehicleInput;
}>;


export type DealerImportMutation = { __typename?: 'Mutation', registerImportedVehicle: { __typename?: 'Vehicle', id: string, vin: string, year?: number | null, registrable: boolean, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, customsClearance?: { __typename?: 'CustomsClearance', reference?: string | null, dutiesPaid: boolean, office: string } | null } };

export type QueueRowFragment = { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number, overdue: boolean, dueAt?: string | null, center?: { __typename?: 'ManagementCenter', id: string } | null, service: { __typename?: 'Service', nameFr: string }, applicant:
    | { __typename?: 'Company', displayName: string }
    | { __typename?: 'Person', displayName: string }
   };

export type StaffCentersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCentersQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, roles: Array<string>, centers: Array<{ __typename?: 'ManagementCenter', id: string, name: string }> } | null };

export type CenterQueueQueryVariables = Exact<{
  centerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<DemandStatus> | DemandStatus>;
}>;


export type CenterQueueQuery = { __typename?: 'Query', demands: { __typename?: 'DemandConnection', edges: Array<{ __typename?: 'DemandEdge', node: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number, overdue: boolean, dueAt?: string | null, center?: { __typename?: 'ManagementCenter', id: string } | null, service: { __typename?: 'Service', nameFr: string }, applicant:
          | { __typename?: 'Company', displayName: string }
          | { __typename?: 'Person', displayName: string }
         } }> } };

export type CenterQueueChangedSubscriptionVariables = Exact<{
  centerId: Scalars['ID']['input'];
}>;


export type CenterQueueChangedSubscription = { __typename?: 'Subscription', demandQueueChanged: { __typename?: 'DemandStatusEvent', status: DemandStatus, version: number, demand: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number, overdue: boolean, dueAt?: string | null, center?: { __typename?: 'ManagementCenter', id: string } | null, service: { __typename?: 'Service', nameFr: string }, applicant:
        | { __typename?: 'Company', displayName: string }
        | { __typename?: 'Person', displayName: string }
       } } };

export type StaffDemandQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffDemandQuery = { __typename?: 'Query', demand?: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number, overdue: boolean, dueAt?: string | null, urgent: boolean, nextActions: Array<DemandAction>, paymentStatus?: PaymentStatus | null, service: { __typename?: 'Service', nameFr: string }, applicant:
      | { __typename?: 'Company', displayName: string }
      | { __typename?: 'Person', displayName: string }
    , vehicle?: { __typename?: 'Vehicle', id: string, vin: string, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string } | null } | null, documents: Array<{ __typename?: 'DemandDocument', id: string, type: string, fileName: string, contentType: string, path: string }>, history: Array<{ __typename?: 'DemandHistoryEntry', id: string, action: DemandAction, fromStatus?: DemandStatus | null, toStatus: DemandStatus, reason?: string | null, at: string }>, order?: { __typename?: 'Order', number: string, total: number, status: OrderStatus, invoice?: { __typename?: 'Invoice', number: string, pdfPath: string } | null, payments: Array<{ __typename?: 'Payment', id: string, status: PaymentState, provider: PaymentProvider, receiptPath?: string | null }> } | null, printOrder?: { __typename?: 'PrintOrder', plateNumber: string, status: PrintOrderStatus } | null } | null };

export type WatchDemandSubscriptionVariables = Exact<{
  demandId: Scalars['ID']['input'];
}>;


export type WatchDemandSubscription = { __typename?: 'Subscription', demandStatusChanged: { __typename?: 'DemandStatusEvent', status: DemandStatus, version: number } };

export type ActOnDemandMutationVariables = Exact<{
  input: TransitionDemandInput;
}>;


export type ActOnDemandMutation = { __typename?: 'Mutation', transitionDemand: { __typename?: 'Demand', id: string, status: DemandStatus, version: number } };

export type StatsCentersQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsCentersQuery = { __typename?: 'Query', managementCenters: Array<{ __typename?: 'ManagementCenter', id: string, name: string }> };

export type CenterStatsQueryVariables = Exact<{
  centerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CenterStatsQuery = { __typename?: 'Query', demandStats: { __typename?: 'DemandStats', total: number, overdue: number, averageHoursToClose?: number | null, byStatus: Array<{ __typename?: 'DemandStatusCount', status: DemandStatus, count: number }> } };

export type StaffPrintQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPrintQueueQuery = { __typename?: 'Query', printQueue: Array<{ __typename?: 'PrintOrder', id: string, kind: PrintKind, plateNumber: string, status: PrintOrderStatus, printerAffiliateId?: string | null, failedCodeAttempts: number, orderedAt: string, printedAt?: string | null, demand?: { __typename?: 'Demand', id: string, reference: string } | null }> };

export type RegisterVehicleFragment = { __typename?: 'Vehicle', id: string, vin: string, category: VehicleCategory, color?: string | null, year?: number | null, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string, status: PlateStatus } | null, holder?:
    | { __typename?: 'Company', displayName: string }
    | { __typename?: 'Person', displayName: string }
   | null, grayCard?: { __typename?: 'GrayCard', number: string, status: DocumentStatus, issuedAt: string } | null, encumbrances: Array<{ __typename?: 'Encumbrance', id: string, kind: EncumbranceKind, reference: string, since: string, liftedAt?: string | null, active: boolean }>, holdingHistory: Array<{ __typename?: 'Holding', startedAt: string, endedAt?: string | null, holder:
      | { __typename?: 'Company', displayName: string }
      | { __typename?: 'Person', displayName: string }
     }>, technicalHistory: Array<{ __typename?: 'VehicleChange', id: string, field: string, fromValue?: string | null, toValue?: string | null, reason: string, at: string }> };

export type RegisterByPlateQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type RegisterByPlateQuery = { __typename?: 'Query', vehicleByPlate?: { __typename?: 'Vehicle', id: string, vin: string, category: VehicleCategory, color?: string | null, year?: number | null, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string, status: PlateStatus } | null, holder?:
      | { __typename?: 'Company', displayName: string }
      | { __typename?: 'Person', displayName: string }
     | null, grayCard?: { __typename?: 'GrayCard', number: string, status: DocumentStatus, issuedAt: string } | null, encumbrances: Array<{ __typename?: 'Encumbrance', id: string, kind: EncumbranceKind, reference: string, since: string, liftedAt?: string | null, active: boolean }>, holdingHistory: Array<{ __typename?: 'Holding', startedAt: string, endedAt?: string | null, holder:
        | { __typename?: 'Company', displayName: string }
        | { __typename?: 'Person', displayName: string }
       }>, technicalHistory: Array<{ __typename?: 'VehicleChange', id: string, field: string, fromValue?: string | null, toValue?: string | null, reason: string, at: string }> } | null };

export type RegisterByVinQueryVariables = Exact<{
  vin: Scalars['String']['input'];
}>;


export type RegisterByVinQuery = { __typename?: 'Query', vehicleByVin?: { __typename?: 'Vehicle', id: string, vin: string, category: VehicleCategory, color?: string | null, year?: number | null, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string, status: PlateStatus } | null, holder?:
      | { __typename?: 'Company', displayName: string }
      | { __typename?: 'Person', displayName: string }
     | null, grayCard?: { __typename?: 'GrayCard', number: string, status: DocumentStatus, issuedAt: string } | null, encumbrances: Array<{ __typename?: 'Encumbrance', id: string, kind: EncumbranceKind, reference: string, since: string, liftedAt?: string | null, active: boolean }>, holdingHistory: Array<{ __typename?: 'Holding', startedAt: string, endedAt?: string | null, holder:
        | { __typename?: 'Company', displayName: string }
        | { __typename?: 'Person', displayName: string }
       }>, technicalHistory: Array<{ __typename?: 'VehicleChange', id: string, field: string, fromValue?: string | null, toValue?: string | null, reason: string, at: string }> } | null };

export type MyDemandsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDemandsQuery = { __typename?: 'Query', demands: { __typename?: 'DemandConnection', edges: Array<{ __typename?: 'DemandEdge', node: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, createdAt: string, service: { __typename?: 'Service', nameFr: string }, vehicle?: { __typename?: 'Vehicle', vin: string, plate?: { __typename?: 'Plate', number: string } | null } | null } }> } };

export type MyDemandPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyDemandPageQuery = { __typename?: 'Query', demand?: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, service: { __typename?: 'Service', nameFr: string }, vehicle?: { __typename?: 'Vehicle', id: string } | null, history: Array<{ __typename?: 'DemandHistoryEntry', id: string, toStatus: DemandStatus, at: string }>, order?: { __typename?: 'Order', id: string, number: string, total: number, status: OrderStatus, invoice?: { __typename?: 'Invoice', number: string, pdfPath: string } | null, payments: Array<{ __typename?: 'Payment', id: string, status: PaymentState, provider: PaymentProvider, receiptPath?: string | null }> } | null } | null };

export type MyDemandStatusSubscriptionVariables = Exact<{
  demandId: Scalars['ID']['input'];
}>;


export type MyDemandStatusSubscription = { __typename?: 'Subscription', demandStatusChanged: { __typename?: 'DemandStatusEvent', status: DemandStatus } };

export type PayOrderMutationVariables = Exact<{
  input: InitiatePaymentInput;
}>;


export type PayOrderMutation = { __typename?: 'Mutation', initiatePayment: { __typename?: 'PaymentSession', redirectUrl: string } };

export type VerifyCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyCodeQuery = { __typename?: 'Query', verifyDocument: { __typename?: 'DocumentVerification', valid: boolean, kind?: string | null, issuedAt?: string | null, plateNumber?: string | null } };

export type MyVehiclesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyVehiclesQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, person?: { __typename?: 'Person', id: string, vehicles: { __typename?: 'HeldVehicleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HeldVehicleEdge', node: { __typename?: 'Vehicle', id: string, vin: string, year?: number | null, color?: string | null, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string } | null, grayCard?: { __typename?: 'GrayCard', id: string, number: string, status: DocumentStatus, issuedAt: string, pdfPath: string } | null, encumbrances: Array<{ __typename?: 'Encumbrance', id: string, kind: EncumbranceKind, reference: string, since: string }> } }> } } | null } | null };

export type FilingServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingServicesQuery = { __typename?: 'Query', services: Array<{ __typename?: 'Service', code: string, nameFr: string, active: boolean, requiredDocuments: Array<string>, needsVehicle: boolean, feeDue: boolean }> };

export type FilingQuoteQueryVariables = Exact<{
  serviceCode: Scalars['String']['input'];
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
  holderKind?: InputMaybe<BillingHolderKind>;
}>;


export type FilingQuoteQuery = { __typename?: 'Query', quote: { __typename?: 'Quote', total: number, lines: Array<{ __typename?: 'OrderLine', label: string, amount: number }> } };

export type FileDemandMutationVariables = Exact<{
  input: SubmitDemandInput;
}>;


export type FileDemandMutation = { __typename?: 'Mutation', submitDemand: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus } };

export type PrinterQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type PrinterQueueQuery = { __typename?: 'Query', printQueue: Array<{ __typename?: 'PrintOrder', id: string, kind: PrintKind, plateNumber: string, status: PrintOrderStatus, failedCodeAttempts: number, orderedAt: string, demand?: { __typename?: 'Demand', id: string, reference: string, version: number } | null }> };

export type MarkPrintedMutationVariables = Exact<{
  input: TransitionDemandInput;
}>;


export type MarkPrintedMutation = { __typename?: 'Mutation', transitionDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, expiresAt?: string | null, account: { __typename?: 'Account', id: string, roles: Array<string> }, profile?: { __typename?: 'Profile', id: string, kind: ProfileKind, roles: Array<string> } | null, secondFactor?: { __typename?: 'OtpChallenge', challengeId: string, destination: string, expiresAt: string } | null } };

export type RequestOtpMutationVariables = Exact<{
  input: RequestOtpInput;
}>;


export type RequestOtpMutation = { __typename?: 'Mutation', requestOtp: { __typename?: 'OtpChallenge', challengeId: string, destination: string, expiresAt: string } };

export type VerifyOtpMutationVariables = Exact<{
  input: VerifyOtpInput;
}>;


export type VerifyOtpMutation = { __typename?: 'Mutation', verifyOtp: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, expiresAt?: string | null, account: { __typename?: 'Account', id: string, roles: Array<string> }, profile?: { __typename?: 'Profile', id: string, kind: ProfileKind, roles: Array<string> } | null } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, expiresAt?: string | null, account: { __typename?: 'Account', id: string, roles: Array<string> }, profile?: { __typename?: 'Profile', id: string, kind: ProfileKind, roles: Array<string> } | null } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'OtpChallenge', challengeId: string, destination: string, expiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, roles: Array<string>, person?: { __typename?: 'Person', id: string, npi: string, fullName: string } | null, profiles: Array<{ __typename?: 'Profile', id: string, kind: ProfileKind, roles: Array<string>, affiliate?: { __typename?: 'Affiliate', id: string, name: string, kind: AffiliateKind } | null }> } | null };

export type QuoteQueryVariables = Exact<{
  serviceCode: Scalars['String']['input'];
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
  holderKind?: InputMaybe<BillingHolderKind>;
}>;


export type QuoteQuery = { __typename?: 'Query', quote: { __typename?: 'Quote', total: number, vehicleCategory?: string | null, lines: Array<{ __typename?: 'OrderLine', label: string, amount: number }> } };

export type DemandOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DemandOrderQuery = { __typename?: 'Query', demand?: { __typename?: 'Demand', id: string, status: DemandStatus, paymentStatus?: PaymentStatus | null, order?: { __typename?: 'Order', id: string, number: string, total: number, status: OrderStatus, lines: Array<{ __typename?: 'OrderLine', label: string, amount: number }>, invoice?: { __typename?: 'Invoice', id: string, number: string, pdfPath: string, verificationCode: string } | null, payments: Array<{ __typename?: 'Payment', id: string, status: PaymentState, provider: PaymentProvider, amount: number, providerTransactionId?: string | null, receiptPath?: string | null, receiptVerificationCode?: string | null }> } | null } | null };

export type InitiatePaymentMutationVariables = Exact<{
  input: InitiatePaymentInput;
}>;


export type InitiatePaymentMutation = { __typename?: 'Mutation', initiatePayment: { __typename?: 'PaymentSession', redirectUrl: string, payment: { __typename?: 'Payment', id: string, status: PaymentState, amount: number, provider: PaymentProvider } } };

export type ConfirmPaymentMutationVariables = Exact<{
  input: ConfirmPaymentInput;
}>;


export type ConfirmPaymentMutation = { __typename?: 'Mutation', confirmPayment: { __typename?: 'Payment', id: string, status: PaymentState, receiptPath?: string | null } };

export type RefundPaymentMutationVariables = Exact<{
  paymentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RefundPaymentMutation = { __typename?: 'Mutation', refundPayment: { __typename?: 'Payment', id: string, status: PaymentState, refundedAt?: string | null } };

export type ReconcilePaymentsMutationVariables = Exact<{
  olderThanMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReconcilePaymentsMutation = { __typename?: 'Mutation', reconcilePayments: { __typename?: 'ReconciliationReport', checked: number, settled: number, declined: number, expired: number, stillPending: number, unreachable: number, mismatches: Array<{ __typename?: 'PaymentAnomaly', kind: PaymentAnomalyKind, expectedAmount?: number | null, reportedAmount?: number | null }> } };

export type MyWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWalletQuery = { __typename?: 'Query', myWallet: { __typename?: 'Wallet', id: string, balance: number, movements: Array<{ __typename?: 'WalletMovement', kind: WalletMovementKind, amount: number, balanceAfter: number }> } };

export type TopUpWalletMutationVariables = Exact<{
  amount: Scalars['Int']['input'];
  provider: PaymentProvider;
}>;


export type TopUpWalletMutation = { __typename?: 'Mutation', topUpWallet: { __typename?: 'PaymentSession', redirectUrl: string, payment: { __typename?: 'Payment', id: string, status: PaymentState } } };

export type PayOrderWithWalletMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type PayOrderWithWalletMutation = { __typename?: 'Mutation', payOrderWithWallet: { __typename?: 'Payment', id: string, status: PaymentState, amount: number } };

export type DemandQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DemandQuery = { __typename?: 'Query', demand?: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number, paymentStatus?: PaymentStatus | null, service: { __typename?: 'Service', code: string, name: string }, applicant:
      | { __typename?: 'Company', id: string, displayName: string }
      | { __typename?: 'Person', id: string, displayName: string }
    , vehicle?: { __typename?: 'Vehicle', id: string, vin: string } | null, order?: { __typename?: 'Order', number: string, total: number, status: OrderStatus } | null, history: Array<{ __typename?: 'DemandHistoryEntry', action: DemandAction, fromStatus?: DemandStatus | null, toStatus: DemandStatus, reason?: string | null, at: string }> } | null };

export type SubmitDemandMutationVariables = Exact<{
  input: SubmitDemandInput;
}>;


export type SubmitDemandMutation = { __typename?: 'Mutation', submitDemand: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number } };

export type TransitionDemandMutationVariables = Exact<{
  input: TransitionDemandInput;
}>;


export type TransitionDemandMutation = { __typename?: 'Mutation', transitionDemand: { __typename?: 'Demand', id: string, status: DemandStatus, version: number, history: Array<{ __typename?: 'DemandHistoryEntry', action: DemandAction, fromStatus?: DemandStatus | null, toStatus: DemandStatus, reason?: string | null }> } };

export type DemandStatusChangedSubscriptionVariables = Exact<{
  demandId?: InputMaybe<Scalars['ID']['input']>;
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  centerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DemandStatusChangedSubscription = { __typename?: 'Subscription', demandStatusChanged: { __typename?: 'DemandStatusEvent', status: DemandStatus, previousStatus?: DemandStatus | null, at: string, demand: { __typename?: 'Demand', id: string, reference: string, version: number, vehicle?: { __typename?: 'Vehicle', vin: string } | null, applicant:
        | { __typename?: 'Company', displayName: string }
        | { __typename?: 'Person', displayName: string }
       } } };

export type RegisterImportedVehicleMutationVariables = Exact<{
  input: RegisterImportedVehicleInput;
}>;


export type RegisterImportedVehicleMutation = { __typename?: 'Mutation', registerImportedVehicle: { __typename?: 'Vehicle', id: string, vin: string, year?: number | null, origin: VehicleOrigin, registrable: boolean, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, customsClearance?: { __typename?: 'CustomsClearance', reference?: string | null, dutiesPaid: boolean, dutiesAmount: number, office: string } | null } };

export type TransformVehicleMutationVariables = Exact<{
  input: TransformVehicleInput;
}>;


export type TransformVehicleMutation = { __typename?: 'Mutation', transformVehicle: { __typename?: 'Vehicle', id: string, color?: string | null, seats?: number | null, technicalHistory: Array<{ __typename?: 'VehicleChange', field: string, fromValue?: string | null, toValue?: string | null, reason: string, at: string }> } };

export type DecodeVinQueryVariables = Exact<{
  vin: Scalars['String']['input'];
}>;


export type DecodeVinQuery = { __typename?: 'Query', decodeVin: { __typename?: 'VinDecoding', vin: string, valid: boolean, problem?: string | null, region?: string | null, wmi?: string | null, manufacturer?: string | null, modelYear?: number | null, checkDigitApplies: boolean, checkDigitValid?: boolean | null } };

export type VehiclesByPlatesQueryVariables = Exact<{
  numbers: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type VehiclesByPlatesQuery = { __typename?: 'Query', vehiclesByPlates: Array<{ __typename?: 'Vehicle', id: string, vin: string, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string } } | null> };

export type VehiclesWithHoldersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VehicleFilter>;
}>;


export type VehiclesWithHoldersQuery = { __typename?: 'Query', vehicles: { __typename?: 'VehicleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'VehicleEdge', cursor: string, node: { __typename?: 'Vehicle', id: string, vin: string, year?: number | null, brand: { __typename?: 'Brand', name: string }, model: { __typename?: 'VehicleModel', name: string }, plate?: { __typename?: 'Plate', number: string } | null, holder?:
          | { __typename?: 'Company', id: string, displayName: string }
          | { __typename?: 'Person', id: string, displayName: string }
         | null } }> } };

export type VehicleByPlateQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type VehicleByPlateQuery = { __typename?: 'Query', vehicleByPlate?: { __typename?: 'Vehicle', id: string, vin: string, plate?: { __typename?: 'Plate', number: string } | null, holder?:
      | { __typename?: 'Company', displayName: string }
      | { __typename?: 'Person', displayName: string }
     | null } | null };

export type DemandWorkflowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DemandWorkflowQuery = { __typename?: 'Query', demand?: { __typename?: 'Demand', id: string, reference: string, status: DemandStatus, version: number, overdue: boolean, dueAt?: string | null, nextActions: Array<DemandAction>, paymentStatus?: PaymentStatus | null, center?: { __typename?: 'ManagementCenter', id: string, department: string } | null, assignedAgent?:
      | { __typename?: 'Company', id: string }
      | { __typename?: 'Person', id: string }
     | null, order?: { __typename?: 'Order', id: string, number: string, total: number, status: OrderStatus } | null, documents: Array<{ __typename?: 'DemandDocument', id: string, type: string, sha256: string }>, history: Array<{ __typename?: 'DemandHistoryEntry', action: DemandAction, fromStatus?: DemandStatus | null, toStatus: DemandStatus, reason?: string | null }> } | null };

export type RecordCounterPaymentMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  receiptNumber: Scalars['String']['input'];
}>;


export type RecordCounterPaymentMutation = { __typename?: 'Mutation', recordCounterPayment: { __typename?: 'Order', id: string, status: OrderStatus } };

export type DemandStatsQueryVariables = Exact<{
  centerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DemandStatsQuery = { __typename?: 'Query', demandStats: { __typename?: 'DemandStats', total: number, overdue: number, averageHoursToClose?: number | null, byStatus: Array<{ __typename?: 'DemandStatusCount', status: DemandStatus, count: number }> } };

export type DemandQueueChangedSubscriptionVariables = Exact<{
  centerId: Scalars['ID']['input'];
}>;


export type DemandQueueChangedSubscription = { __typename?: 'Subscription', demandQueueChanged: { __typename?: 'DemandStatusEvent', status: DemandStatus, previousStatus?: DemandStatus | null, demand: { __typename?: 'Demand', id: string, reference: string, center?: { __typename?: 'ManagementCenter', department: string } | null } } };

export const QueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<QueueRowFragment, unknown>;
export const RegisterVehicleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterVehicle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grayCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encumbrances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicalHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RegisterVehicleFragment, unknown>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"90910bd5dcc412b7b945abbd8cdfbf0a5d30929480ddfaf15d7466f6edbc9689"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"c33b9c21076e9e331f7d8fa987f33c785a0e3f5fc987fc72cf21529cd18bd340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CreateAffiliateDocument = {"__meta__":{"hash":"235b039f97db2b35a3143e7c13562fdd27f3943f891eadd753951f5544fe5cef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAffiliate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAffiliateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAffiliate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateAffiliateMutation, CreateAffiliateMutationVariables>;
export const SetAffiliateStatusDocument = {"__meta__":{"hash":"af364997edde5eeb1721b24ad09352435831ecb3553b966ca550217e4d992017"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAffiliateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliateStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAffiliateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetAffiliateStatusMutation, SetAffiliateStatusMutationVariables>;
export const InviteAffiliateMemberDocument = {"__meta__":{"hash":"4ab11224b353d1fc50cc18da7dfcd4c6c62c1dc1d9c37604db0cad22b32e4b43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAffiliateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAffiliateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InviteAffiliateMemberMutation, InviteAffiliateMemberMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"89c2d01627495e42ab25b84c6d9a827fab57a88a18babea9c574a6e3ca76143b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const GrantStaffRoleDocument = {"__meta__":{"hash":"79a258cf100b281b330ea3ffccc9804062a02f064f9c6d74b94e86b5821b4ff3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantStaffRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantStaffRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantStaffRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<GrantStaffRoleMutation, GrantStaffRoleMutationVariables>;
export const RequestHolderConsentDocument = {"__meta__":{"hash":"33c185fc866452224b0fc413e9ade4e2462c15cfcae6db8b3eb5d883175764cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestHolderConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestHolderConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestHolderConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestHolderConsentMutation, RequestHolderConsentMutationVariables>;
export const ConfirmHolderConsentDocument = {"__meta__":{"hash":"f248bf33d194aadbd583e8b154283036c274d4d6feab19b0c3f8dea12e806ba7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmHolderConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmHolderConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmHolderConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"consentToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmHolderConsentMutation, ConfirmHolderConsentMutationVariables>;
export const AffiliateWalletDocument = {"__meta__":{"hash":"63ba0ea935eab5c46a0503837f8cd61fae50610222a02634ae92364a58c77ea6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliateWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliateWalletQuery, AffiliateWalletQueryVariables>;
export const AffiliateTopUpDocument = {"__meta__":{"hash":"f6a1ba4ae1cc84054d72af15c6a36f6679b6b9d8559d41b7245eaee778e1c1f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AffiliateTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUpWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}}]}}]}}]} as unknown as DocumentNode<AffiliateTopUpMutation, AffiliateTopUpMutationVariables>;
export const LenderVehicleDocument = {"__meta__":{"hash":"d4fc96374646e583637b7f58738a91183ac8232732dc2f46b6a95557dc1cc02b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LenderVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleByPlate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encumbrances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lenderAffiliateId"}}]}}]}}]}}]} as unknown as DocumentNode<LenderVehicleQuery, LenderVehicleQueryVariables>;
export const AffiliateDemandsDocument = {"__meta__":{"hash":"e087a951c5707c367f145895a945e1789061d4b1c57895bb96591c041601637a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliateDemands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AffiliateDemandsQuery, AffiliateDemandsQueryVariables>;
export const DealerImportDocument = {"__meta__":{"hash":"1b7ba65a1e3f0951feb1ae20a9135b202f58c023e1cd108c03da1e6c6ad77448"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportedVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImportedVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"registrable"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customsClearance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"office"}}]}}]}}]}}]} as unknown as DocumentNode<DealerImportMutation, DealerImportMutationVariables>;
export const StaffCentersDocument = {"__meta__":{"hash":"ae42c592ee34dbd66647ad137630af4e7f24c42f256ebd6bfc15631412cc24f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"centers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffCentersQuery, StaffCentersQueryVariables>;
export const CenterQueueDocument = {"__meta__":{"hash":"449ab4edee68a68188af4eb77ca0ac4fd5db8cf9c28bea544cabb9d131ac5596"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CenterQueueQuery, CenterQueueQueryVariables>;
export const CenterQueueChangedDocument = {"__meta__":{"hash":"65a28ec17cc34c18f408db3fa51b00556d1cef567c74fe96a8e6aa234b5cd235"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CenterQueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CenterQueueChangedSubscription, CenterQueueChangedSubscriptionVariables>;
export const StaffDemandDocument = {"__meta__":{"hash":"46557f444ed96dbb4190377b0ff89ab4bc7a6ff8a282a692805e02e5f2dd93da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"receiptPath"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"printOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StaffDemandQuery, StaffDemandQueryVariables>;
export const WatchDemandDocument = {"__meta__":{"hash":"2f492c6d0afbb06b546713ed9341bd374c2b1958b3bede009239b83eaff08c98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WatchDemandSubscription, WatchDemandSubscriptionVariables>;
export const ActOnDemandDocument = {"__meta__":{"hash":"4a5fa7007979193275abc1fec1cae1ca2f441f8e482bb93d4d30fd4802e59240"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActOnDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ActOnDemandMutation, ActOnDemandMutationVariables>;
export const StatsCentersDocument = {"__meta__":{"hash":"e190eabd9d5cb6acf8098e3db71eb86f5bb6d7181ca8aa54f2d4e1eba1bfd1b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatsCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StatsCentersQuery, StatsCentersQueryVariables>;
export const CenterStatsDocument = {"__meta__":{"hash":"6e8343ebbab3feb73efaee98fcb68c466f87a54ffc3d35ed9da4e25312073a8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursToClose"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CenterStatsQuery, CenterStatsQueryVariables>;
export const StaffPrintQueueDocument = {"__meta__":{"hash":"7d31877045a83b80c1e1be3928ad200145e21776d1c5bc524c8d4fccf21180ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPrintQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"printerAffiliateId"}},{"kind":"Field","name":{"kind":"Name","value":"failedCodeAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"printedAt"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPrintQueueQuery, StaffPrintQueueQueryVariables>;
export const RegisterByPlateDocument = {"__meta__":{"hash":"99aaf3bbfe2fcba9409f5fc909eaa03d2092c273484bd632a718feaba262c25d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterByPlate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleByPlate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterVehicle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterVehicle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grayCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encumbrances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicalHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RegisterByPlateQuery, RegisterByPlateQueryVariables>;
export const RegisterByVinDocument = {"__meta__":{"hash":"b4b7f4eb07b5be3ba53d421376790e879571419ad99dd72baabd3911b57580b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterByVin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleByVin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisterVehicle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisterVehicle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grayCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encumbrances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicalHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RegisterByVinQuery, RegisterByVinQueryVariables>;
export const MyDemandsDocument = {"__meta__":{"hash":"05599613435fa6c3562c1b314debede7b15c0442e888c8391528762902cfd00d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDemands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDemandsQuery, MyDemandsQueryVariables>;
export const MyDemandPageDocument = {"__meta__":{"hash":"3186c87e56afc891ca0e747e067c2e74890f681e357cdb376a547946472ebb2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDemandPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameFr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"receiptPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyDemandPageQuery, MyDemandPageQueryVariables>;
export const MyDemandStatusDocument = {"__meta__":{"hash":"a84ec04b4af326e7e9283ef2f5f011702e8372aeae363a1046d06d0dbcfca038"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyDemandStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyDemandStatusSubscription, MyDemandStatusSubscriptionVariables>;
export const PayOrderDocument = {"__meta__":{"hash":"39c11756e43c5e8e4b962e1808862ce069865c8d0c8ccd02279a401c237bcae5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiatePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}}]}}]}}]} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const VerifyCodeDocument = {"__meta__":{"hash":"978db3b6ad046b6ce6e8706b3ec2d55ba2c90ee0d1e876615f45e75ebf3dbfdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]}}]} as unknown as DocumentNode<VerifyCodeQuery, VerifyCodeQueryVariables>;
export const MyVehiclesDocument = {"__meta__":{"hash":"f6ad81bcafa426000424e6505c20327845eb379db3c1564d602fc46214263710"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVehicles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grayCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encumbrances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVehiclesQuery, MyVehiclesQueryVariables>;
export const FilingServicesDocument = {"__meta__":{"hash":"b17722262e4fb480273608f07dac1e629ea169af6b6a0e3a11401b1ea0bacc6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"needsVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"feeDue"}}]}}]}}]} as unknown as DocumentNode<FilingServicesQuery, FilingServicesQueryVariables>;
export const FilingQuoteDocument = {"__meta__":{"hash":"5690e0a2eacad5c50528863340eb79018b0c6fbfc69ad71a87f919ac0c9b3646"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingHolderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"holderKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<FilingQuoteQuery, FilingQuoteQueryVariables>;
export const FileDemandDocument = {"__meta__":{"hash":"3e1bcc78738a86e9aa79f07c80d6765d56a13326253dd5172619cd1ce87b3445"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileDemandMutation, FileDemandMutationVariables>;
export const PrinterQueueDocument = {"__meta__":{"hash":"4946aa58acd98447b1b613ff2920a8240045052b922274416de002b64dafd01f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrinterQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failedCodeAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PrinterQueueQuery, PrinterQueueQueryVariables>;
export const MarkPrintedDocument = {"__meta__":{"hash":"aea2286b534d121114fe6cdda944687d29d6548b5be95a0e4084fbd258960750"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPrinted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkPrintedMutation, MarkPrintedMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"0f253abaf8b776588ad0d9f7c27e849a1b655fdbb1d9fbd3954fff782317f32b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestOtpDocument = {"__meta__":{"hash":"ca2a03bca7dc6cc03a5755bf3960d0c14ca8517a36c72f12dc3b763c6952785e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestOtpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestOtpMutation, RequestOtpMutationVariables>;
export const VerifyOtpDocument = {"__meta__":{"hash":"f3b346983de9b2d9ab9f0727f16ee27c0387c900ef01688a183cf940f0c31b48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOtpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyOtpMutation, VerifyOtpMutationVariables>;
export const RefreshTokenDocument = {"__meta__":{"hash":"9d9747bf3319f26e203ee774b2440836b79b37108a88a7f92a002968946d82c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"2305d5ec367672bc087f2d9b28cea51a8a9897ca87afe793f28c2097d5c32ae2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SignUpDocument = {"__meta__":{"hash":"43b4f59132126e9c4be70b1649b88f31376427057ed065c8696faa5ce9ff7b61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"f953bd8b492a59a134a9ff4ed884edc7a44642483280f9772a71287bd6cb8445"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const QuoteDocument = {"__meta__":{"hash":"245f2f8a609c1c2c1171a114a7d48c1ec2be21821221bd74c19046112c0dc393"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urgent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingHolderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"urgent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urgent"}}},{"kind":"Argument","name":{"kind":"Name","value":"holderKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteQuery, QuoteQueryVariables>;
export const DemandOrderDocument = {"__meta__":{"hash":"347ad51b1d7feb4ae720181af6d95a579589ada3b9f135bfbd58915a7b6f841d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"providerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptPath"}},{"kind":"Field","name":{"kind":"Name","value":"receiptVerificationCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandOrderQuery, DemandOrderQueryVariables>;
export const InitiatePaymentDocument = {"__meta__":{"hash":"0682ce6ee467658152206ee16b78412f82ba2e2729f654191917ecb9b56f3e67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InitiatePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitiatePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]} as unknown as DocumentNode<InitiatePaymentMutation, InitiatePaymentMutationVariables>;
export const ConfirmPaymentDocument = {"__meta__":{"hash":"1953d1e3249cddaad7162a3f3f7786eb2dda860726dfad0fa73a216d422929d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptPath"}}]}}]}}]} as unknown as DocumentNode<ConfirmPaymentMutation, ConfirmPaymentMutationVariables>;
export const RefundPaymentDocument = {"__meta__":{"hash":"d2269c2a40551964425e2db025933632015a4beadd1a55f922a2ec120ad761e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const ReconcilePaymentsDocument = {"__meta__":{"hash":"4ea11823b219ad1cdaabb7a19753b63e4e8ed2f6b341e331013f3b6589165af2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconcilePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconcilePayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"stillPending"}},{"kind":"Field","name":{"kind":"Name","value":"unreachable"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAmount"}}]}}]}}]}}]} as unknown as DocumentNode<ReconcilePaymentsMutation, ReconcilePaymentsMutationVariables>;
export const MyWalletDocument = {"__meta__":{"hash":"9158f9aade944d37bc29952c53c23d2a053772fc69e798586af7bfafb43a3cb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]}}]} as unknown as DocumentNode<MyWalletQuery, MyWalletQueryVariables>;
export const TopUpWalletDocument = {"__meta__":{"hash":"452bf6ad962486666cd82dfce13f89a0856cd9557db8f44beaed741e523ebda2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TopUpWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentProvider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUpWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectUrl"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TopUpWalletMutation, TopUpWalletMutationVariables>;
export const PayOrderWithWalletDocument = {"__meta__":{"hash":"dbd690a55d0f4a1a439a77c7307564fc11ad0e0427af8f57d47f294d14bd752e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOrderWithWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payOrderWithWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<PayOrderWithWalletMutation, PayOrderWithWalletMutationVariables>;
export const DemandDocument = {"__meta__":{"hash":"7b6cd1666ee1981e62193f358ed815c4727e271ec48cda09295a58430fd92836"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Demand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DemandQuery, DemandQueryVariables>;
export const SubmitDemandDocument = {"__meta__":{"hash":"f708e4c8d5349030c23fe2719bd8df451d44465bdf1b0b5ce239afe53c763d6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitDemandMutation, SubmitDemandMutationVariables>;
export const TransitionDemandDocument = {"__meta__":{"hash":"2ae0ee77fa1983c7dd2f6dc4216e605aa8094e5d90e1bad473e46da80a40d1f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionDemandMutation, TransitionDemandMutationVariables>;
export const DemandStatusChangedDocument = {"__meta__":{"hash":"c67cbed1392f642b7e30d327e1db2c9a669e23aca6aff68bf9e97ec9e70b1b25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DemandStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandStatusChangedSubscription, DemandStatusChangedSubscriptionVariables>;
export const RegisterImportedVehicleDocument = {"__meta__":{"hash":"5ab8011bc73a493b7f127b0b3d14912931c63940649e9331c7723baf31d429d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterImportedVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImportedVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImportedVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"registrable"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customsClearance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"office"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImportedVehicleMutation, RegisterImportedVehicleMutationVariables>;
export const TransformVehicleDocument = {"__meta__":{"hash":"b1fa36f5a22c64280fc75cdc0ae2572618bbda4637f3d03c26666ef1ea83fce4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransformVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransformVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transformVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"technicalHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<TransformVehicleMutation, TransformVehicleMutationVariables>;
export const DecodeVinDocument = {"__meta__":{"hash":"3f89dd68c08ad7fee36bc493698bf382be52a7e558f7767a9545c790f350eb95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecodeVin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decodeVin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"wmi"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"modelYear"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigitApplies"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigitValid"}}]}}]}}]} as unknown as DocumentNode<DecodeVinQuery, DecodeVinQueryVariables>;
export const VehiclesByPlatesDocument = {"__meta__":{"hash":"34174af26fb320c5da9376ebe2a9772762d358fac82d6298ca1acbfbe238b179"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehiclesByPlates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehiclesByPlates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VehiclesByPlatesQuery, VehiclesByPlatesQueryVariables>;
export const VehiclesWithHoldersDocument = {"__meta__":{"hash":"d60c15e628372ecee9ceb12a261ca45d156352fddb6b365f0fac0126793af979"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehiclesWithHolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehiclesWithHoldersQuery, VehiclesWithHoldersQueryVariables>;
export const VehicleByPlateDocument = {"__meta__":{"hash":"c1eb2f172147cbf4a4e146432d355b8450667e1ef2f8706d7fee0ef674d82a7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleByPlate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleByPlate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleByPlateQuery, VehicleByPlateQueryVariables>;
export const DemandWorkflowDocument = {"__meta__":{"hash":"52f18180227a57ded36d96283a4d2aad16ac8deb034efccf8acd44764f5c6875"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<DemandWorkflowQuery, DemandWorkflowQueryVariables>;
export const RecordCounterPaymentDocument = {"__meta__":{"hash":"164fbad6e6e1d4b3b953e3694fe3329256de70432c4ae3ed83b273bd8ef6f8c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounterPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounterPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"receiptNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordCounterPaymentMutation, RecordCounterPaymentMutationVariables>;
export const DemandStatsDocument = {"__meta__":{"hash":"fb47011fc1f408dce533d3e066a9b4c9fd9b27605b5d8f4796928c5d7d4557f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursToClose"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DemandStatsQuery, DemandStatsQueryVariables>;
export const DemandQueueChangedDocument = {"__meta__":{"hash":"c737f0883a42a500bc9c05e54ec15bcfa452805eb6ffc216bf02a4dbe86e0753"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DemandQueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandQueueChangedSubscription, DemandQueueChangedSubscriptionVariables>;