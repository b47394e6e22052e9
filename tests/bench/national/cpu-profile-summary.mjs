// Where a CPU profile's time went: self time by function and by package or workspace library.
//   node tests/bench/national/cpu-profile-summary.mjs <file.cpuprofile> [top] [from-ms] [to-ms]
// from-ms / to-ms: only the samples in that window after the profile started (e.g. skip start-up).
// (Profiles come from `node --cpu-prof --cpu-prof-dir=… apps/api/run.js main`; see docs/performance.md.)
import { readFileSync } from 'node:fs';

const [file, topArg, fromArg, toArg] = process.argv.slice(2);
const from = Number(fromArg ?? 0) * 1000;
const to = toArg === undefined ? Infinity : Number(toArg) * 1000;
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
let clock = 0;
profile.samples.forEach((id, index) => {
  clock += deltas[index] ?? 0;
  if (clock >= from && clock <= to) self.set(id, (self.get(id) ?? 0) + (deltas[index] ?? 0));
});
const total = [...self.values()].reduce((sum, us) => sum + us, 0);

const area = (url) => {
  if (!url) return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const lib = /dist\/out-tsc\/(libs\/[^/]+|apps\/[^/]+)/.exec(url);
  if (lib) return lib[1];
  return url.startsWith('node:') ? 'node (core)' : url.replace(/.*\//, '');
};
const byFunction = new Map();
const byArea = new Map();
for (const [id, us] of self) {
  const { callFrame } = nodes.get(id);
  const name = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/.*(node_modules|dist\/out-tsc)\//, '')}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  const key = ['(idle)', '(program)', '(garbage collector)'].includes(callFrame.functionName) ? callFrame.functionName : area(callFrame.url);
  byArea.set(key, (byArea.get(key) ?? 0) + us);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled${from || to !== Infinity ? ` (${from / 1000}–${to === Infinity ? 'end' : to / 1000} ms)` : ''}`);
print('self time by package / library', byArea);
print('self time by function', byFunction);
