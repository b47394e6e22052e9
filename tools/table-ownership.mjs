// Which module's SQL names which module's tables (issue 16: "no module reads another's tables").
// A table belongs to the library whose entity declares it (`tableName` / `pivotTable`). Raw SQL
// in one library that names another library's table is a reach into another module's room: it
// must go through the owner's read relation (ADR 13), a port or a service the owning module
// provides. KNOWN is empty: any reach fails `npm test`. An exception, if one is ever needed, is
// listed there with why, and an entry that no longer matches fails too.
//
//   node tools/table-ownership.mjs          the check (exit 1 on a new or stale entry)
//   node tools/table-ownership.mjs --list   every reach found, writes marked
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const libs = join(root, 'libs');

/** file (under libs/) → the other modules' tables it may still name, and why. */
const KNOWN = {
  // Empty: every module reads another's rows through its read relations or services (ADR 13).
};

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});
const sources = readdirSync(libs)
  .filter((lib) => statSync(join(libs, lib)).isDirectory())
  .flatMap((lib) => walk(join(libs, lib, 'src')).filter((file) => file.endsWith('.ts')).map((file) => ({ lib, file })));

const owner = new Map();
for (const { lib, file } of sources) {
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:tableName|pivotTable):\s*'([a-z_]+)'/g)) owner.set(match[1], lib);
}

/** Every other module's table named after from/join/into/update in a string literal of the file. */
function reaches(lib, text) {
  const found = new Map();
  for (const literal of text.matchAll(/`[^`]*`|'[^'\n]*'/g)) {
    for (const match of literal[0].matchAll(/\b(from|join|into|update)\s+([a-z_]+)/gi)) {
      const table = match[2].toLowerCase();
      const of = owner.get(table);
      if (!of || of === lib) continue;
      const write = /into|update/i.test(match[1]);
      found.set(table, (found.get(table) ?? false) || write);
    }
  }
  return found;
}

const problems = [];
const listing = [];
const seen = new Set();
// Migrations (libs/db) own the schema of every module: they are not a module reaching into another.
for (const { lib, file } of sources.filter(({ file }) => !file.endsWith('.spec.ts') && !file.includes('/db/src/migrations/'))) {
  const found = reaches(lib, readFileSync(file, 'utf8'));
  if (!found.size) continue;
  const key = relative(libs, file);
  seen.add(key);
  const allowed = new Set(KNOWN[key]?.tables ?? []);
  for (const [table, write] of found) {
    listing.push(`${key}: ${table} (${owner.get(table)})${write ? ' WRITE' : ''}`);
    if (!allowed.has(table)) problems.push(`${key} names ${owner.get(table)}'s table ${table}${write ? ' (and writes it)' : ''}: ask the owning module through a service or port instead`);
  }
  for (const table of allowed) if (!found.has(table)) problems.push(`${key} no longer names ${table}: remove it from KNOWN in tools/table-ownership.mjs`);
}
for (const key of Object.keys(KNOWN)) if (!seen.has(key)) problems.push(`${key} names no other module's table any more: remove it from KNOWN in tools/table-ownership.mjs`);
// The scanner itself must work: the ownership map must be found, and a reach in a sample seen
// (not a known entry's: the list shrinks to nothing as the reaches are removed).
if (owner.get('task') !== 'tasks' || !reaches('reporting', "`select 1 from task t join department d on d.id = t.department_id`").has('department')) {
  problems.push('the scanner found no table owners or misses a reach: tools/table-ownership.mjs is broken');
}

if (process.argv.includes('--list')) process.stdout.write(`${listing.join('\n')}\n`);
if (problems.length) {
  process.stderr.write(`Module table ownership: ${problems.length} problem(s)\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(`Module table ownership: ${owner.size} tables, ${Object.keys(KNOWN).length} files with known reaches, nothing new.\n`);
