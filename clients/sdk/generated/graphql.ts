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
};

/** Marque (make). */
export type Brand = {
  __typename?: 'Brand';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

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

/** Demande: a request for one service on one vehicle, moved through the workflow by its actors. */
export type Demand = {
  __typename?: 'Demand';
  /** Demandeur. */
  applicant: Party;
  createdAt: Scalars['DateTime']['output'];
  /** The audit trail, oldest first. */
  history: Array<DemandHistoryEntry>;
  id: Scalars['ID']['output'];
  /** The order to pay for this demand. */
  order?: Maybe<Order>;
  /** Null while no order exists. */
  paymentStatus?: Maybe<PaymentStatus>;
  /** Human-readable unique reference, e.g. DEM-2026-000042. */
  reference: Scalars['String']['output'];
  service: Service;
  status: DemandStatus;
  updatedAt: Scalars['DateTime']['output'];
  vehicle?: Maybe<Vehicle>;
  /** Increases with every change; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** What an actor does to a demand. */
export type DemandAction =
  | 'REJECT'
  | 'SUBMIT'
  | 'VALIDATE'
  | 'VERIFY';

export type DemandConnection = {
  __typename?: 'DemandConnection';
  edges: Array<DemandEdge>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

export type DemandEdge = {
  __typename?: 'DemandEdge';
  cursor: Scalars['String']['output'];
  node: Demand;
};

export type DemandFilter = {
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  centerId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Imprimée */
  | 'PRINTED'
  /** Ordre d’impression émis */
  | 'PRINT_ORDERED'
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

/** A demand changed status. */
export type DemandStatusEvent = {
  __typename?: 'DemandStatusEvent';
  /** Who made the change, when known. */
  actor?: Maybe<Party>;
  at: Scalars['DateTime']['output'];
  demand: Demand;
  /** Null when the demand was just filed. */
  previousStatus?: Maybe<DemandStatus>;
  status: DemandStatus;
};

/** Source d’énergie. */
export type Energy =
  | 'DIESEL'
  | 'ELECTRIC'
  | 'HYBRID'
  | 'LPG'
  | 'PETROL';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** File a demand (déposer une demande). */
  submitDemand: Demand;
  /** Move a demand along its workflow. */
  transitionDemand: Demand;
};


export type MutationSubmitDemandArgs = {
  input: SubmitDemandInput;
};


export type MutationTransitionDemandArgs = {
  input: TransitionDemandInput;
};

export type Order = {
  __typename?: 'Order';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-readable order number. */
  number: Scalars['String']['output'];
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
  /** As printed, e.g. "AB 1234 RB". */
  number: Scalars['String']['output'];
  status: PlateStatus;
};

export type PlateStatus =
  | 'ACTIVE'
  | 'REVOKED';

export type Query = {
  __typename?: 'Query';
  /** A company by id. */
  company?: Maybe<Company>;
  /** A demand by id. */
  demand?: Maybe<Demand>;
  /** Demands matching a filter, newest first. */
  demands: DemandConnection;
  /** A person by id. */
  person?: Maybe<Person>;
  /** Fees in force today, one per service and variation. */
  tariffs: Array<Tariff>;
  /** A vehicle by id. */
  vehicle?: Maybe<Vehicle>;
  /** The vehicle wearing this plate now; any spacing and case ("ab-1234 rb"). */
  vehicleByPlate?: Maybe<Vehicle>;
  /** A vehicle by VIN (any case, spaces ignored). */
  vehicleByVin?: Maybe<Vehicle>;
  /** Vehicles matching a filter, oldest first. */
  vehicles: VehicleConnection;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDemandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DemandFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
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


export type QueryVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VehicleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A service of ANaTT (prestation); each demand is for one service. */
export type Service = {
  __typename?: 'Service';
  active: Scalars['Boolean']['output'];
  /** Stable code, e.g. IMMATRICULATION_STANDARD. */
  code: Scalars['String']['output'];
  /** Name in English. */
  name: Scalars['String']['output'];
  /** Nom officiel en français. */
  nameFr: Scalars['String']['output'];
};

/** File a demand for one service. */
export type SubmitDemandInput = {
  /** The person or company the demand is for (demandeur). */
  applicantId: Scalars['ID']['input'];
  /** Keep as a draft instead of submitting now. */
  draft?: Scalars['Boolean']['input'];
  /** Service code, e.g. IMMATRICULATION_STANDARD. */
  serviceCode: Scalars['String']['input'];
  /** The vehicle concerned, when the service is about one. */
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes of demands, live. Narrow by demand, applicant or management centre. */
  demandStatusChanged: DemandStatusEvent;
};


export type SubscriptionDemandStatusChangedArgs = {
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  centerId?: InputMaybe<Scalars['ID']['input']>;
  demandId?: InputMaybe<Scalars['ID']['input']>;
};

export type Tariff = {
  __typename?: 'Tariff';
  /** XOF, integer. */
  amount: Scalars['Int']['output'];
  effectiveFrom: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  service: Service;
};

export type TransitionDemandInput = {
  action: DemandAction;
  demandId: Scalars['ID']['input'];
  /** The version you last saw; a newer one means someone else acted first (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  /** Why (motif); required to reject. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A vehicle of the technical register: what it is. Who holds it is the registration subgraph’s fact. */
export type Vehicle = {
  __typename?: 'Vehicle';
  brand: Brand;
  /** Genre. */
  category: VehicleCategory;
  /** Couleur. */
  color?: Maybe<Scalars['String']['output']>;
  /** Customs declaration reference (Douane). */
  customsReference?: Maybe<Scalars['String']['output']>;
  /** Poids à vide (kg). */
  emptyWeightKg?: Maybe<Scalars['Int']['output']>;
  energy?: Maybe<Energy>;
  /** Numéro de moteur. */
  engineNumber?: Maybe<Scalars['String']['output']>;
  /** Date de première mise en circulation. */
  firstCirculationAt?: Maybe<Scalars['DateTime']['output']>;
  /** Poids total autorisé en charge, PTAC (kg). */
  grossWeightKg?: Maybe<Scalars['Int']['output']>;
  /** Current legal holder (titulaire de la carte grise). */
  holder?: Maybe<Party>;
  id: Scalars['ID']['output'];
  model: VehicleModel;
  origin: VehicleOrigin;
  /** The plate in force; null before registration. */
  plate?: Maybe<Plate>;
  /** Nombre de places. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** Numéro de châssis / VIN (ISO 3779), upper case. */
  vin: Scalars['String']['output'];
  /** Model year (année modèle). */
  year?: Maybe<Scalars['Int']['output']>;
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


export const DemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Demand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DemandQuery, DemandQueryVariables>;
export const SubmitDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitDemandMutation, SubmitDemandMutationVariables>;
export const TransitionDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionDemandMutation, TransitionDemandMutationVariables>;
export const DemandStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DemandStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandStatusChangedSubscription, DemandStatusChangedSubscriptionVariables>;
export const VehiclesWithHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehiclesWithHolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehiclesWithHoldersQuery, VehiclesWithHoldersQueryVariables>;
export const VehicleByPlateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleByPlate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicleByPlate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleByPlateQuery, VehicleByPlateQueryVariables>;