/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Demand($id: ID!) {\n  demand(id: $id) {\n    id\n    reference\n    status\n    version\n    service {\n      code\n      name\n    }\n    applicant {\n      id\n      displayName\n    }\n    vehicle {\n      id\n      vin\n    }\n    order {\n      number\n      total\n      status\n    }\n    paymentStatus\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n  }\n}\n\nmutation SubmitDemand($input: SubmitDemandInput!) {\n  submitDemand(input: $input) {\n    id\n    reference\n    status\n    version\n  }\n}\n\nmutation TransitionDemand($input: TransitionDemandInput!) {\n  transitionDemand(input: $input) {\n    id\n    status\n    version\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n}\n\nsubscription DemandStatusChanged($demandId: ID, $applicantId: ID, $centerId: ID) {\n  demandStatusChanged(\n    demandId: $demandId\n    applicantId: $applicantId\n    centerId: $centerId\n  ) {\n    status\n    previousStatus\n    at\n    demand {\n      id\n      reference\n      version\n      vehicle {\n        vin\n      }\n      applicant {\n        displayName\n      }\n    }\n  }\n}": typeof types.DemandDocument,
    "query VehiclesWithHolders($first: Int, $after: String, $filter: VehicleFilter) {\n  vehicles(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        vin\n        year\n        brand {\n          name\n        }\n        model {\n          name\n        }\n        plate {\n          number\n        }\n        holder {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery VehicleByPlate($number: String!) {\n  vehicleByPlate(number: $number) {\n    id\n    vin\n    plate {\n      number\n    }\n    holder {\n      displayName\n    }\n  }\n}": typeof types.VehiclesWithHoldersDocument,
};
const documents: Documents = {
    "query Demand($id: ID!) {\n  demand(id: $id) {\n    id\n    reference\n    status\n    version\n    service {\n      code\n      name\n    }\n    applicant {\n      id\n      displayName\n    }\n    vehicle {\n      id\n      vin\n    }\n    order {\n      number\n      total\n      status\n    }\n    paymentStatus\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n  }\n}\n\nmutation SubmitDemand($input: SubmitDemandInput!) {\n  submitDemand(input: $input) {\n    id\n    reference\n    status\n    version\n  }\n}\n\nmutation TransitionDemand($input: TransitionDemandInput!) {\n  transitionDemand(input: $input) {\n    id\n    status\n    version\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n}\n\nsubscription DemandStatusChanged($demandId: ID, $applicantId: ID, $centerId: ID) {\n  demandStatusChanged(\n    demandId: $demandId\n    applicantId: $applicantId\n    centerId: $centerId\n  ) {\n    status\n    previousStatus\n    at\n    demand {\n      id\n      reference\n      version\n      vehicle {\n        vin\n      }\n      applicant {\n        displayName\n      }\n    }\n  }\n}": types.DemandDocument,
    "query VehiclesWithHolders($first: Int, $after: String, $filter: VehicleFilter) {\n  vehicles(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        vin\n        year\n        brand {\n          name\n        }\n        model {\n          name\n        }\n        plate {\n          number\n        }\n        holder {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery VehicleByPlate($number: String!) {\n  vehicleByPlate(number: $number) {\n    id\n    vin\n    plate {\n      number\n    }\n    holder {\n      displayName\n    }\n  }\n}": types.VehiclesWithHoldersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Demand($id: ID!) {\n  demand(id: $id) {\n    id\n    reference\n    status\n    version\n    service {\n      code\n      name\n    }\n    applicant {\n      id\n      displayName\n    }\n    vehicle {\n      id\n      vin\n    }\n    order {\n      number\n      total\n      status\n    }\n    paymentStatus\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n  }\n}\n\nmutation SubmitDemand($input: SubmitDemandInput!) {\n  submitDemand(input: $input) {\n    id\n    reference\n    status\n    version\n  }\n}\n\nmutation TransitionDemand($input: TransitionDemandInput!) {\n  transitionDemand(input: $input) {\n    id\n    status\n    version\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n}\n\nsubscription DemandStatusChanged($demandId: ID, $applicantId: ID, $centerId: ID) {\n  demandStatusChanged(\n    demandId: $demandId\n    applicantId: $applicantId\n    centerId: $centerId\n  ) {\n    status\n    previousStatus\n    at\n    demand {\n      id\n      reference\n      version\n      vehicle {\n        vin\n      }\n      applicant {\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["query Demand($id: ID!) {\n  demand(id: $id) {\n    id\n    reference\n    status\n    version\n    service {\n      code\n      name\n    }\n    applicant {\n      id\n      displayName\n    }\n    vehicle {\n      id\n      vin\n    }\n    order {\n      number\n      total\n      status\n    }\n    paymentStatus\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n      at\n    }\n  }\n}\n\nmutation SubmitDemand($input: SubmitDemandInput!) {\n  submitDemand(input: $input) {\n    id\n    reference\n    status\n    version\n  }\n}\n\nmutation TransitionDemand($input: TransitionDemandInput!) {\n  transitionDemand(input: $input) {\n    id\n    status\n    version\n    history {\n      action\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n}\n\nsubscription DemandStatusChanged($demandId: ID, $applicantId: ID, $centerId: ID) {\n  demandStatusChanged(\n    demandId: $demandId\n    applicantId: $applicantId\n    centerId: $centerId\n  ) {\n    status\n    previousStatus\n    at\n    demand {\n      id\n      reference\n      version\n      vehicle {\n        vin\n      }\n      applicant {\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VehiclesWithHolders($first: Int, $after: String, $filter: VehicleFilter) {\n  vehicles(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        vin\n        year\n        brand {\n          name\n        }\n        model {\n          name\n        }\n        plate {\n          number\n        }\n        holder {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery VehicleByPlate($number: String!) {\n  vehicleByPlate(number: $number) {\n    id\n    vin\n    plate {\n      number\n    }\n    holder {\n      displayName\n    }\n  }\n}"): (typeof documents)["query VehiclesWithHolders($first: Int, $after: String, $filter: VehicleFilter) {\n  vehicles(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        vin\n        year\n        brand {\n          name\n        }\n        model {\n          name\n        }\n        plate {\n          number\n        }\n        holder {\n          id\n          displayName\n        }\n      }\n    }\n  }\n}\n\nquery VehicleByPlate($number: String!) {\n  vehicleByPlate(number: $number) {\n    id\n    vin\n    plate {\n      number\n    }\n    holder {\n      displayName\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;