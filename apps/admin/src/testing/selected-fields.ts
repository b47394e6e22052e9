import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

// What a server sends is what the document selects, nothing more: a fake answer built from a fuller
// object (a whole filled form answered to a save that selects only its state) is cut down to the
// document's selection, so that a page reading a field its document does not select fails in the
// specs as it would against the API.

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

function pick(value: unknown, selection: SelectionSetNode, fragments: Fragments): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, selection, fragments));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  // A __typename the spec gave is kept: Apollo selects it in every object.
  const out: Record<string, unknown> = '__typename' in source ? { __typename: source['__typename'] } : {};
  const visit = (set: SelectionSetNode): void => {
    for (const node of set.selections) {
      if (node.kind === Kind.FIELD) {
        const key = node.alias?.value ?? node.name.value;
        if (!(key in source)) continue;
        const picked = node.selectionSet ? pick(source[key], node.selectionSet, fragments) : source[key];
        // The same field selected twice (a fragment and the document): the selections add up.
        const earlier = out[key];
        out[key] = earlier && typeof earlier === 'object' && !Array.isArray(earlier) && picked && typeof picked === 'object' && !Array.isArray(picked) ? { ...earlier, ...picked } : picked;
      } else if (node.kind === Kind.INLINE_FRAGMENT) visit(node.selectionSet);
      else {
        const fragment = fragments.get(node.name.value);
        if (!fragment) throw new Error(`fragment ${node.name.value} is not in the document`);
        visit(fragment.selectionSet);
      }
    }
  };
  visit(selection);
  return out;
}

/** `value` with only what `document`'s operation selects (its fragments followed). */
export function selectedFields(document: DocumentNode, value: Record<string, unknown>): Record<string, unknown> {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return value;
  return pick(value, operation.selectionSet, fragments) as Record<string, unknown>;
}
