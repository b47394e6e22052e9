// The admin UI's own GraphQL documents (apps/admin/src/graphql), by operation name, each with the
// fragments it uses — the text the UI sends (as tests/bench/soak.mjs reads them).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import { root } from '../bench-harness.mjs';

function graphqlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? graphqlFiles(join(dir, entry.name))
      : entry.name.endsWith('.graphql')
        ? [join(dir, entry.name)]
        : [],
  );
}

export function adminDocuments() {
  const definitions = graphqlFiles(join(root, 'apps/admin/src/graphql')).flatMap(
    (path) => parse(readFileSync(path, 'utf8')).definitions,
  );
  const fragments = new Map(
    definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const documents = {};
  for (const operation of definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
    const used = new Map();
    const collect = (node) =>
      visit(node, {
        FragmentSpread: (spread) => {
          const name = spread.name.value;
          if (!used.has(name)) {
            used.set(name, fragments.get(name));
            collect(fragments.get(name));
          }
        },
      });
    collect(operation);
    documents[operation.name.value] = [operation, ...used.values()].map((d) => print(d)).join('\n');
  }
  return documents;
}
