// Which module's SQL names which module's tables, and which module writes which module's
// entities through the ORM (issue 16: "no module reads another's tables"; ADR 13 and 14).
//
// A table belongs to the library whose entity declares it (`tableName` / `pivotTable`), an entity
// class to the library that declares it (`@Entity`).
// - Raw SQL in one library that names another library's table is a reach into another module's
//   room: it goes through the owner's read relation (ADR 13), a port or a service instead.
// - An ORM write in one library to another library's entity is one too: the owner's write
//   function does it, in the caller's transaction (ADR 14). Seen: `<x>.create|insert|insertMany|
//   nativeUpdate|nativeDelete|upsert|upsertMany|persist|merge(<Other>…)`, the same with
//   `new <Other>(` or `<x>.getReference(<Other>` as first argument, `new <Other>(` anywhere, a query
//   builder on <Other> whose chain calls insert/update/delete/truncate, and any repository of
//   <Other> (`@InjectRepository`, `forFeature([…])`, `getRepository`): a repository can write,
//   and reads need none (`em.find` is listed below).
// - ORM reads of another library's entities (`find…`, `count`, `getReference`, a query builder
//   that only selects) are allowed — the owner's entities are its published read model — and are
//   listed by --list as a report.
// What a regex cannot see, and review must: a change made by assigning a property of another
// module's loaded entity before a flush (`campaign.name = …`), `em.persist|remove(entity)` /
// `em.assign(entity, …)` / `wrap(entity).assign(…)` on an instance, a collection's add/remove, and
// an entity class reached through a variable or an alias.
//
// KNOWN and KNOWN_WRITES are empty: any reach fails `npm test`. An exception, if one is ever
// needed, is listed there with why, and an entry that no longer matches fails too.
//
//   node tools/table-ownership.mjs          the check (exit 1 on a new or stale entry)
//   node tools/table-ownership.mjs --list   every reach found (writes marked), then the ORM reads
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const libs = join(root, 'libs');
// The API app owns no table: its CLI (seeds, the live demo) goes through the modules like any caller.
const apps = [{ lib: 'api', dir: join(root, 'apps', 'api', 'src') }];

/** file (from the repository root) → the other modules' tables its SQL may still name, and why. */
const KNOWN = {
  // Empty: every module reads another's rows through its read relations or services (ADR 13).
};

/** file (from the repository root) → the other modules' entities it may still write through the ORM, and why. */
const KNOWN_WRITES = {
  // Empty: every module changes another's rows through the owner's write functions (ADR 14).
};

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const sources = [
  ...readdirSync(libs)
    .filter((lib) => statSync(join(libs, lib)).isDirectory())
    .map((lib) => ({ lib, dir: join(libs, lib, 'src') })),
  ...apps,
].flatMap(({ lib, dir }) =>
  walk(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ lib, file })),
);

const owner = new Map();
const entityOwner = new Map();
for (const { lib, file } of sources) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:tableName|pivotTable):\s*'([a-z_]+)'/g)) owner.set(match[1], lib);
  for (const match of text.matchAll(/@Entity\((?:[^()]|\([^()]*\))*\)[\s\S]*?\bclass\s+(\w+)/g)) entityOwner.set(match[1], lib);
}

/**
 * Every other module's table named after from/join/into/update in a string literal of the file,
 * bare, quoted or schema-qualified (`task`, `"task"`, `public.task`, `"public"."task"`).
 */
function reaches(lib, text) {
  const found = new Map();
  for (const literal of text.matchAll(/`[^`]*`|'[^'\n]*'/g)) {
    for (const match of literal[0].matchAll(/\b(from|join|into|update)\s+(?:"?public"?\.)?"?([a-z_]+)\b/gi)) {
      const table = match[2].toLowerCase();
      const of = owner.get(table);
      if (!of || of === lib) continue;
      const write = /into|update/i.test(match[1]);
      found.set(table, (found.get(table) ?? false) || write);
    }
  }
  return found;
}

const WRITE_CALLS = 'create|insert|insertMany|nativeUpdate|nativeDelete|upsert|upsertMany|persist|persistAndFlush|merge';
const READ_CALLS = 'find|findOne|findOneOrFail|findAll|findAndCount|findByCursor|count|getReference|stream';
/** Comments out of the way: a doc comment may name `em.create(Task …)` without doing it. */
// Only comments that start a line or follow a space: `'libs/*/src'` or `http://` inside a string stay.
const code = (text) => text.replace(/^([ \t]*)\/\*[\s\S]*?\*\//gm, '$1').replace(/(^|\s)\/\/.*$/gm, '$1');

/** Another module's entity → how this file writes it (calls) and reads it, from its code. */
function ormReaches(lib, text) {
  const writes = new Map();
  const reads = new Map();
  const note = (into, entity, how) => {
    const of = entityOwner.get(entity);
    if (!of || of === lib) return;
    into.set(entity, new Set([...(into.get(entity) ?? []), how]));
  };
  const source = code(text);
  for (const m of source.matchAll(new RegExp(`\\.\\s*(${WRITE_CALLS})\\s*(?:<[^>]*>)?\\(\\s*(?:new\\s+|[\\w.]+\\.getReference\\(\\s*)?([A-Z]\\w*)\\b`, 'g'))) note(writes, m[2], m[1]);
  for (const m of source.matchAll(/\bnew\s+([A-Z]\w*)\s*\(/g)) note(writes, m[1], 'new');
  for (const m of source.matchAll(/\.\s*(createQueryBuilder|qb)\s*(?:<[^>]*>)?\(\s*([A-Z]\w*)\b([^;]*)/g)) {
    note(/\.\s*(insert|update|delete|truncate)\s*\(/.test(m[3]) ? writes : reads, m[2], m[1]);
  }
  for (const m of source.matchAll(/\b(InjectRepository|getRepository)\s*\(\s*([A-Z]\w*)\s*\)/g)) note(writes, m[2], m[1]);
  for (const m of source.matchAll(/forFeature\(\s*\[([^\]]*)\]/g)) for (const entity of m[1].split(',').map((name) => name.trim())) note(writes, entity, 'forFeature');
  for (const m of source.matchAll(new RegExp(`\\.\\s*(${READ_CALLS})\\s*(?:<[^>]*>)?\\(\\s*([A-Z]\\w*)\\b`, 'g'))) note(reads, m[2], m[1]);
  return { writes, reads };
}

const problems = [];
const listing = [];
const readListing = [];
const seen = new Set();
const seenWrites = new Set();
const describe = (found) => [...found].map(([entity, how]) => `${entity} (${entityOwner.get(entity)}: ${[...how].join(', ')})`).join(', ');
// Migrations (libs/db) own the schema of every module: they are not a module reaching into another.
for (const { lib, file } of sources.filter(({ file }) => !file.endsWith('.spec.ts') && !file.includes('/db/src/migrations/'))) {
  const text = readFileSync(file, 'utf8');
  const key = relative(root, file);
  const found = reaches(lib, text);
  if (found.size) {
    seen.add(key);
    const allowed = new Set(KNOWN[key]?.tables ?? []);
    for (const [table, write] of found) {
      listing.push(`${key}: ${table} (${owner.get(table)})${write ? ' WRITE' : ''}`);
      if (!allowed.has(table)) problems.push(`${key} names ${owner.get(table)}'s table ${table}${write ? ' (and writes it)' : ''}: ask the owning module through a service or port instead`);
    }
    for (const table of allowed) if (!found.has(table)) problems.push(`${key} no longer names ${table}: remove it from KNOWN in tools/table-ownership.mjs`);
  }
  const { writes, reads } = ormReaches(lib, text);
  if (reads.size) readListing.push(`${key}: ${describe(reads)}`);
  if (!writes.size) continue;
  seenWrites.add(key);
  const allowed = new Set(KNOWN_WRITES[key]?.entities ?? []);
  for (const [entity, how] of writes) {
    listing.push(`${key}: ${entity} (${entityOwner.get(entity)}) ORM WRITE: ${[...how].join(', ')}`);
    if (!allowed.has(entity))
      problems.push(
        `${key} writes ${entity}, an entity of ${entityOwner.get(entity)}, through the ORM (${[...how].join(', ')}): call the owning module's write function in your transaction instead (ADR 14)`,
      );
  }
  for (const entity of allowed) if (!writes.has(entity)) problems.push(`${key} no longer writes ${entity}: remove it from KNOWN_WRITES in tools/table-ownership.mjs`);
}
for (const key of Object.keys(KNOWN)) if (!seen.has(key)) problems.push(`${key} names no other module's table any more: remove it from KNOWN in tools/table-ownership.mjs`);
for (const key of Object.keys(KNOWN_WRITES)) if (!seenWrites.has(key)) problems.push(`${key} writes no other module's entity any more: remove it from KNOWN_WRITES in tools/table-ownership.mjs`);

// The scanner itself must work: the ownership maps must be found, and a reach in a sample seen
// (not a known entry's: the lists shrink to nothing as the reaches are removed).
const quoted = reaches('reporting', '`select 1 from "task" t join public.department d on d.id = t.department_id join "public"."campaign" c on true`');
if (
  owner.get('task') !== 'tasks' ||
  !reaches('reporting', '`select 1 from task t join department d on d.id = t.department_id`').has('department') ||
  [...quoted.keys()].join() !== 'task,department,campaign'
) {
  problems.push('the scanner found no table owners or misses a reach: tools/table-ownership.mjs is broken');
}
const sample = ormReaches(
  'campaign-setup',
  [
    'em.create(Task, { campaign });',
    '// em.create(Evidence, {}) in a comment is no write',
    'await em.find(Campaign, { id });',
    "await em.createQueryBuilder(CampaignPhase, 'p').update({ endsOn }).where({ id });",
    'em.persist(new Department());',
  ].join('\n'),
);
if (entityOwner.get('Task') !== 'tasks' || [...sample.writes.keys()].join() !== 'Task,Department,CampaignPhase' || [...sample.reads.keys()].join() !== 'Campaign') {
  problems.push('the scanner found no entity owners or misses an ORM write: tools/table-ownership.mjs is broken');
}

if (process.argv.includes('--list')) {
  process.stdout.write(`${listing.join('\n') || '(no SQL reach and no ORM write into another module)'}\n`);
  process.stdout.write(`\nORM reads of other modules' entities (allowed: the owner's published read model, ADR 14):\n${readListing.join('\n')}\n`);
}
if (problems.length) {
  process.stderr.write(`Module table ownership: ${problems.length} problem(s)\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(
  `Module table ownership: ${owner.size} tables, ${entityOwner.size} entities, ${Object.keys(KNOWN).length + Object.keys(KNOWN_WRITES).length} files with known reaches, no SQL reach and no ORM write into another module; ${readListing.length} files read other modules' entities (--list).\n`,
);
