// The admin UI's own GraphQL documents (apps/admin/src/graphql) as the UI sends them: each
// operation with the fragments it uses appended, wherever those fragments are defined (the code
// generator bundles them the same way). The API suites, the reliability suites and the benchmark
// scripts all read the admin's documents through here, so a fragment shared between files is
// never "unknown" to a test. CommonJS so that both Jest (TypeScript) and the ESM benches load it.
const { readFileSync, readdirSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { Kind, parse, print, visit } = require('graphql');

const root = resolve(__dirname, '../..');
const graphqlDir = join(root, 'apps/admin/src/graphql');

function graphqlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : []));
}

/** Every fragment definition of the admin's documents, by name. */
function fragmentsByName() {
  const fragments = new Map();
  for (const file of graphqlFiles(graphqlDir)) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** The definitions given, followed by every other fragment they use (transitively), printed as one document. */
function withFragments(definitions, fragments) {
  const given = new Set(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value));
  const used = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread: (spread) => {
        const name = spread.name.value;
        if (used.has(name) || given.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`fragment ${name} is defined in no file under apps/admin/src/graphql`);
        used.set(name, fragment);
        collect(fragment);
      },
    });
  definitions.forEach(collect);
  return [...definitions, ...used.values()].map((d) => print(d)).join('\n');
}

/** The admin's documents by operation name, each with the fragments it uses. */
function adminDocuments() {
  const fragments = fragmentsByName();
  const documents = {};
  for (const file of graphqlFiles(graphqlDir)) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) documents[definition.name.value] = withFragments([definition], fragments);
    }
  }
  return documents;
}

/**
 * One file's operations (path relative to apps/admin/src/graphql, e.g. 'tasks/TaskTable.graphql')
 * with the fragments they use; a file holding only fragments gives those fragments and what they use.
 */
function adminDocument(path) {
  const fragments = fragmentsByName();
  const definitions = parse(readFileSync(join(graphqlDir, path), 'utf8')).definitions;
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return withFragments(operations.length > 0 ? operations : definitions, fragments);
}

/** Every .graphql file under apps/admin/src/graphql, relative to it. */
function adminDocumentFiles() {
  return graphqlFiles(graphqlDir).map((file) => file.slice(graphqlDir.length + 1));
}

/**
 * A suite's own document with the admin's fragments it spreads appended (e.g. a query selecting
 * `definition { ...FormDefinitionFields }`), so that it reads what the admin reads.
 */
function withAdminFragments(source) {
  return withFragments(parse(source).definitions, fragmentsByName());
}

module.exports = { adminDocument, adminDocumentFiles, adminDocuments, withAdminFragments };
