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
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}": typeof types.MeDocument,
    "query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}": typeof types.CampaignIndicatorTreeDocument,
    "query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}": typeof types.CampaignListDocument,
};
const documents: Documents = {
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}": types.MeDocument,
    "query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}": types.CampaignIndicatorTreeDocument,
    "query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}": types.CampaignListDocument,
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
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    expiresAt\n    user {\n      ...CurrentUserFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...CurrentUserFields\n  }\n}\n\nfragment CurrentUserFields on User {\n  id\n  username\n  displayName\n  roles\n  organisationName\n  department {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}"): (typeof documents)["query CampaignIndicatorTree($id: ID!) {\n  campaign(id: $id) {\n    id\n    name\n    state\n    totalScore\n    phases {\n      ...CampaignPhaseFields\n      steps {\n        ...CampaignPhaseFields\n      }\n    }\n    indicators {\n      ...IndicatorNodeFields\n      children {\n        ...IndicatorNodeFields\n      }\n    }\n  }\n}\n\nfragment CampaignPhaseFields on CampaignPhase {\n  key\n  name\n  startsOn\n  endsOn\n  description\n}\n\nfragment IndicatorNodeFields on Indicator {\n  id\n  code\n  title\n  maxScore\n  level\n  requirements {\n    id\n    code\n    text\n  }\n  scoringRules {\n    id\n    code\n    text\n    points\n    kind\n    params\n    note\n    responsibleUnits {\n      name\n      isGroup\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}"): (typeof documents)["query CampaignList {\n  campaigns {\n    id\n    name\n    state\n    totalScore\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;