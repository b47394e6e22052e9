// Which module's SQL names which module's tables (issue 16: "no module reads another's tables").
// A table belongs to the library whose entity declares it (`tableName` / `pivotTable`). Raw SQL
// in one library that names another library's table is a reach into another module's room: it
// must go through a port or a service the owning module provides. The reaches that exist today
// are listed below, each with why it is still there; anything else fails `npm test`, and an entry
// that no longer matches fails too, so the list only shrinks.
//
//   node tools/table-ownership.mjs          the check (exit 1 on a new or stale entry)
//   node tools/table-ownership.mjs --list   every reach found, writes marked
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const libs = join(root, 'libs');

/** file (under libs/) → the other modules' tables it may still name, and why. */
const KNOWN = {
  // Whole-database concerns: they own no domain and read every table by design.
  'backup/src/create-backup.ts': { tables: ['audit_event', 'evidence_file', 'form_file'], why: 'a backup copies every table' },
  'live-updates/src/change-listener.service.ts': { tables: ['campaign', 'organisation'], why: 'routes a change notification to the organisations above it; a port to organisations is the next step' },
  // Read paths that join for speed at national scale (docs/performance.md); to become read ports.
  'reporting/src/dashboard.service.ts': { tables: ['department', 'indicator', 'scoring_rule', 'task'], why: 'the dashboard aggregates one campaign in one scoped statement' },
  'reminders/src/reminder-scan.service.ts': { tables: ['app_user', 'campaign', 'department', 'scoring_rule', 'task'], why: 'the national scan reads late tasks per organisation in bounded batches' },
  'reminders/src/manual-reminders.service.ts': { tables: ['campaign', 'department', 'notification', 'scoring_rule', 'task'], why: 'a manual 催办 reads late tasks and writes notifications in one transaction with its lock' },
  'tasks/src/task-page.statements.ts': { tables: ['department', 'indicator', 'scoring_rule'], why: 'a task-table page is one prepared statement: departments for the order and search, rules and indicators for the search and indicator filters' },
  'campaigns/src/campaigns.service.ts': { tables: ['organisation'], why: 'who may read a campaign as SQL (READABLE_CAMPAIGN_ID_SQL) for the prepared task page: an office admin reads its subtree by path' },
  'evidence/src/package/evidence-package.service.ts': { tables: ['app_user', 'department', 'indicator', 'scoring_rule', 'task'], why: 'the package index lists 2,000 files in one statement' },
  'evidence/src/evidence-queries.service.ts': { tables: ['campaign', 'task'], why: 'evidence of a campaign is found through its tasks' },
  'evidence/src/evidence-commands.service.ts': { tables: ['task'], why: 'locks the task row an upload belongs to' },
  'evidence/src/evidence-input.ts': { tables: ['evidence_requirement', 'indicator', 'scoring_rule'], why: 'checks an upload names a requirement of its task' },
  'evidence/src/documents/campaign-document-files.controller.ts': { tables: ['campaign_document'], why: 'campaign documents keep their files in the evidence store' },
  'evidence/src/storage/content-intents.service.ts': { tables: ['campaign_document', 'form_file'], why: 'the store keeps content a campaign document or a form file still refers to (next: a port each owner implements)' },
  // Workflow facts: guards count tasks, documents and participants of the subject's campaign.
  'workflow-runtime/src/campaign-subject.adapter.ts': { tables: ['campaign', 'evidence_requirement', 'indicator', 'task'], why: 'campaign guard facts' },
  'workflow-runtime/src/task-subject.adapter.ts': { tables: ['evidence_requirement', 'scoring_rule', 'task'], why: 'task guard facts' },
  'workflow-runtime/src/participant-subject.adapter.ts': { tables: ['campaign', 'campaign_participant', 'organisation'], why: 'participant guard facts' },
  'workflow-runtime/src/participant-quotas.service.ts': { tables: ['campaign_participant', 'organisation'], why: 'quota figures: one participant per province, whose guard facts are then read' },
  'workflow-runtime/src/count-facts.ts': { tables: ['campaign', 'campaign_document', 'campaign_participant', 'organisation', 'task'], why: 'countable facts of the workflow vocabulary' },
  'workflow-runtime/src/phase-facts.ts': { tables: ['campaign_phase'], why: 'the before-a-date guard reads phase dates' },
  'workflow-runtime/src/campaign-roles.service.ts': { tables: ['app_user', 'organisation'], why: 'campaign roles are granted to users of organisations in the campaign' },
  'workflow-runtime/src/campaign-workflow-vocabulary.service.ts': { tables: ['campaign'], why: 'the campaign\'s pinned definition' },
  'workflow-runtime/src/workflow-definitions.service.ts': { tables: ['campaign'], why: 'the task workflow a campaign pinned, batched per request' },
  // Small reads still to move behind the owner's service.
  'campaign-setup/src/campaign-electives.service.ts': { tables: ['campaign'], why: 'the choices of every campaign on an indicator system, read with the campaigns in one statement' },
  'campaign-setup/src/campaign-elective-facts.ts': { tables: ['campaign', 'indicator'], why: 'the electivesChosen guard: a campaign\'s elective groups and its choices in one statement, inside the transition' },
  'organisations/src/directory-commands.service.ts': { tables: ['responsible_unit'], why: 'a department still named as a responsible unit cannot be deleted' },
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
// The scanner itself must work: the ownership map and a known reach must be found.
if (owner.get('task') !== 'tasks' || !seen.has('reporting/src/dashboard.service.ts')) problems.push('the scanner found no table owners or no known reach: tools/table-ownership.mjs is broken');

if (process.argv.includes('--list')) process.stdout.write(`${listing.join('\n')}\n`);
if (problems.length) {
  process.stderr.write(`Module table ownership: ${problems.length} problem(s)\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(`Module table ownership: ${owner.size} tables, ${Object.keys(KNOWN).length} files with known reaches, nothing new.\n`);
