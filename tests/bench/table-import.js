// Benchmark: import the Shapingba table from .xlsx (TARGETS.md: ≤ 0.5 s).
//   node tests/bench/table-import.js [runs]
// Prints the time of readIndicatorWorkbook (unzip, parse, merged cells, inheritance, rule-kind
// inference, every check) on tests/fixtures/tables/ok/shapingba-2021-2025.xlsx and, as the limit
// measured in the same run, the bare exceljs load of the same bytes (the thinnest path that
// reads the file at all). Cold = the first call in a fresh process (module loading included).
const started = process.hrtime.bigint();
require('./table-import-ts-hook');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require('exceljs');
const { readIndicatorWorkbook } = require('../../libs/table-io/src/index.ts');

const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
const file = join(__dirname, '../fixtures/tables/ok/shapingba-2021-2025.xlsx');
const runs = Number(process.argv[2] ?? 30);

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

async function main() {
  const bytes = readFileSync(file);
  const loaded = ms(started);
  let t = process.hrtime.bigint();
  const first = await readIndicatorWorkbook(bytes, 'shapingba-2021-2025.xlsx');
  const cold = ms(t);
  if (!first.ok) throw new Error(`the example does not import: ${JSON.stringify(first.problems)}`);
  const rules = first.table.indicators.reduce((n, indicator) => n + indicator.rules.length, 0);

  const ours = [];
  const bare = [];
  for (let i = 0; i < runs; i += 1) {
    t = process.hrtime.bigint();
    await readIndicatorWorkbook(bytes, 'shapingba-2021-2025.xlsx');
    ours.push(ms(t));
    t = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(bytes);
    bare.push(ms(t));
  }
  const o = stats(ours);
  const b = stats(bare);
  const f = (n) => n.toFixed(1).padStart(7);
  process.stdout.write(
    [
      `table import benchmark: ${file.replace(/.*tests\//, 'tests/')} (${bytes.length} bytes, ${first.table.indicators.length} indicators, ${rules} rules), ${runs} warm runs`,
      `  modules loaded (TypeScript compiled on the fly): ${loaded.toFixed(0)} ms`,
      `  readIndicatorWorkbook, cold (first call):   ${f(cold)} ms`,
      `  readIndicatorWorkbook, warm  median / p95 / max: ${f(o.median)} / ${f(o.p95)} / ${f(o.max)} ms`,
      `  limit: exceljs load only, median / p95:    ${f(b.median)} / ${f(b.p95)} ms   ratio (median) ${(o.median / b.median).toFixed(2)}×`,
      `  goal ≤ 500 ms: ${cold <= 500 && o.p95 <= 500 ? 'met' : 'NOT met'} (cold ${cold.toFixed(0)} ms, warm p95 ${o.p95.toFixed(0)} ms)`,
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
