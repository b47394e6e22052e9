import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode, type ValidationContext, type ValidationRule, visit } from 'graphql';
import { ApiKitRefusal, apiKitError } from '../api-kit.exception';
import type { AppError } from '../app-error';
import { DEFAULT_PAGE_SIZE } from '../pagination';
import { PAGE_ARGUMENTS, type QueryCost, queryCost } from './query-cost';
import { cancelRequest, clientGone, timedOut } from '../request-cancellation';

/** The shape a GraphQL document may take; refusals happen before anything runs. */
export interface QueryLimits {
  /** Nesting of fields (graphql-armor counts a fragment spread as a level). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document, enforced by the parser itself. */
  maxTokens: number;
  /** Estimated values in the answer (query-cost.ts). */
  maxCost: number;
  /** Items assumed in a list whose size the query does not state. */
  defaultListSize: number;
  /** 'Type.field' → items assumed, for lists known to be larger than the default. */
  listSizes: Readonly<Record<string, number>>;
  /** Work on a request stops this long after it started (its client gets TIMEOUT). */
  requestTimeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 30_000,
  defaultListSize: 10,
  listSizes: {},
  requestTimeoutMs: 30_000,
};

function tooComplex(message: string, details: Record<string, unknown>): AppError {
  return apiKitError(ApiKitRefusal.QueryTooComplex, message, details);
}

/** A validation-time refusal carrying our code (Apollo keeps it as the original error). */
function refusal(context: ValidationContext | null, error: AppError): void {
  context?.reportError(new GraphQLError(error.message, { originalError: error }));
}

const found = (error: GraphQLError): number | undefined => {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : undefined;
};

/** Depth, alias and directive limits (graphql-armor's rules), refusing with QUERY_TOO_COMPLEX in Chinese. */
export function queryShapeRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // Depth is the nesting of fields: a fragment spread is a way of writing fields, not a level
      // (counted, the score sheet's typed value fragments made a 7-level query read as 11).
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        (context, error) => refusal(context, tooComplex(`查询嵌套过深（最多 ${limits.maxDepth} 层），请减少嵌套层级或分成几次查询`, { limit: limits.maxDepth, found: found(error), rule: 'depth' })),
      ],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        (context, error) => refusal(context, tooComplex(`查询中的别名过多（最多 ${limits.maxAliases} 个），请分成几次查询`, { limit: limits.maxAliases, found: found(error), rule: 'aliases' })),
      ],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        (context, error) => refusal(context, tooComplex(`查询中的指令过多（最多 ${limits.maxDirectives} 个），请简化查询`, { limit: limits.maxDirectives, found: found(error), rule: 'directives' })),
      ],
    }),
  ];
}

/** The parser's own refusal of a document over `maxTokens` (graphql-js words it in English). */
export const TOO_MANY_TOKENS = /Document contains more th(?:at|an) \d+ tokens/;

interface RequestLike {
  res?: { once(event: 'close', listener: () => void): unknown; writableFinished?: boolean };
}

/** The variables a document uses as a page size (`first: $first`): the only ones its cost depends on. */
function pageVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_ARGUMENTS.includes(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Per document, costs already estimated (by operation and page sizes); bounded per document. */
interface DocumentCosts {
  pageVariables: string[];
  costs: Map<string, QueryCost>;
}
const COSTS_PER_DOCUMENT = 64;

/**
 * An Apollo plugin that (1) refuses an operation whose estimated cost is over the limit before it
 * runs, and (2) marks the request cancelled once its client has gone away or it has run past its
 * time, so that its remaining database work does not start (request-cancellation.ts).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<RequestLike> {
  // Apollo keeps one parsed DocumentNode per query text, so the estimate of a document the UI
  // sends again and again is walked once per operation and page size, not on every request.
  const estimates = new WeakMap<DocumentNode, DocumentCosts>();
  const estimate = (request: { document: DocumentNode; schema: GraphQLSchema; operation: OperationDefinitionNode; variables: Readonly<Record<string, unknown>> }): QueryCost => {
    let known = estimates.get(request.document);
    if (!known) {
      known = { pageVariables: pageVariablesOf(request.document), costs: new Map() };
      estimates.set(request.document, known);
    }
    const key = `${request.operation.name?.value ?? ''}|${known.pageVariables.map((name) => JSON.stringify(request.variables[name] ?? null)).join('|')}`;
    const cached = known.costs.get(key);
    if (cached) return cached;
    const fragments = request.document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
    const cost = queryCost(request.schema, request.operation, fragments, request.variables, {
      defaultListSize: limits.defaultListSize,
      defaultPageSize: DEFAULT_PAGE_SIZE,
      listSizes: limits.listSizes,
    });
    if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
    known.costs.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart(start: GraphQLRequestContext<RequestLike>) {
      const context = start.contextValue;
      const timer = setTimeout(() => cancelRequest(context, timedOut(limits.requestTimeoutMs)), limits.requestTimeoutMs);
      timer.unref();
      context.res?.once('close', () => {
        if (!context.res?.writableFinished) cancelRequest(context, clientGone());
      });
      return {
        async didResolveOperation(request) {
          const operation = request.operation;
          if (!operation) return;
          const { cost, heaviestField } = estimate({ document: request.document, schema: request.schema, operation, variables: request.request.variables ?? {} });
          if (cost > limits.maxCost) {
            const error = tooComplex(`查询的数据量过大（估算 ${cost}，上限 ${limits.maxCost}），请减少每页条数、嵌套或字段后重试`, {
              rule: 'cost',
              limit: limits.maxCost,
              found: cost,
              field: heaviestField,
            });
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
        async willSendResponse() {
          clearTimeout(timer);
        },
      };
    },
  };
}
