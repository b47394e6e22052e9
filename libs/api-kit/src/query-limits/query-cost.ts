import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
} from 'graphql';

/**
 * How much work a query asks for, estimated before it runs: every field costs one, and a list
 * multiplies what is selected under it by how many items it may hold. A paginated list holds
 * its `first` (from the literal or the variables), other lists a per-field or default estimate.
 * The figure approximates the number of values in the answer, which is what makes mutually
 * nested fields (ScoringRule.indicator ↔ Indicator.scoringRules) explode.
 */
export interface QueryCostOptions {
  /** Items assumed in a list with no `first` and no entry in `listSizes` (e.g. 10). */
  defaultListSize: number;
  /** Items assumed in a connection queried without `first` (its default page size). */
  defaultPageSize: number;
  /** Per field, 'Type.field' → items assumed (lists whose size is known to be larger or smaller). */
  listSizes?: Readonly<Record<string, number>>;
}

export interface QueryCost {
  cost: number;
  /** The most expensive root field, to name in the refusal. */
  heaviestField: string | null;
}

/** Arguments that size a list (the only variables an estimate reads). */
export const PAGE_ARGUMENTS = ['first', 'last', 'limit'];

function argumentValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

function pageArgument(field: FieldNode, variables: Readonly<Record<string, unknown>>): number | null {
  for (const argument of field.arguments ?? []) {
    if (!PAGE_ARGUMENTS.includes(argument.name.value)) continue;
    const value = argumentValue(argument.value, variables);
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return null;
}

function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> | null {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : null;
}

class CostWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly options: QueryCostOptions,
  ) {}

  /** `pageSize`: the `first` of the connection this selection set belongs to, for its `edges`. */
  selectionCost(type: GraphQLNamedType, selectionSet: SelectionSetNode, pageSize: number | null, visiting: Set<string>): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(type, selection, pageSize, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        total += this.selectionCost(condition ?? type, selection.selectionSet, pageSize, visiting);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        // A fragment that spreads itself is refused by validation; do not recurse into it here.
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const condition = this.schema.getType(fragment.typeCondition.name.value) ?? type;
        total += this.selectionCost(condition, fragment.selectionSet, pageSize, visiting);
        visiting.delete(name);
      }
      if (total > Number.MAX_SAFE_INTEGER / 2) return total;
    }
    return total;
  }

  fieldCost(parent: GraphQLNamedType, node: FieldNode, pageSize: number | null, visiting: Set<string>): number {
    const name = node.name.value;
    if (name.startsWith('__')) return 0;
    const definition = fieldsOf(parent)?.[name];
    if (!definition) return 1;
    const returned = getNullableType(definition.type);
    const named = getNamedType(definition.type);
    const ownPage = pageArgument(node, this.variables);
    // A connection's `first` sizes its `edges`; pass it down.
    const childPage = named.name.endsWith('Connection') ? (ownPage ?? this.options.defaultPageSize) : null;
    const children = node.selectionSet ? this.selectionCost(named, node.selectionSet, childPage, visiting) : 0;
    if (!isListType(returned)) return 1 + children;
    const size = ownPage ?? (name === 'edges' && pageSize !== null ? pageSize : (this.options.listSizes?.[`${parent.name}.${name}`] ?? this.options.defaultListSize));
    return 1 + size * Math.max(children, 1);
  }
}

/** The estimated cost of one operation of a document (variables as sent). */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Readonly<Record<string, unknown>>,
  options: QueryCostOptions,
): QueryCost {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { cost: 0, heaviestField: null };
  const walker = new CostWalker(schema, new Map(fragments.map((fragment) => [fragment.name.value, fragment])), variables, options);
  let cost = 0;
  let heaviest: { field: string; cost: number } | null = null;
  for (const selection of operation.selectionSet.selections) {
    const single: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [selection] };
    const part = walker.selectionCost(root, single, null, new Set());
    cost += part;
    const field = selection.kind === Kind.FIELD ? selection.name.value : '…';
    if (!heaviest || part > heaviest.cost) heaviest = { field, cost: part };
  }
  return { cost, heaviestField: heaviest?.field ?? null };
}
