import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The code cache of apps/api/run.js (compile-cache.js), in fresh Node processes as a start uses it.
const hook = join(__dirname, '../compile-cache.js');

describe('the code cache kept between starts', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'accredit-compile-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One process: enable the cache, require the module, print its answer and the cache's figures. */
  const start = (): { answer: number; how: string; stats: { compiled: number; fromCache: number } | null } =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `const c = require(${JSON.stringify(hook)}).enableCompileCache(${JSON.stringify(join(dir, 'cache'))}); const answer = require(${JSON.stringify(join(dir, 'answer.js'))})(); process.stdout.write(JSON.stringify({ answer, how: c.how, stats: c.stats() }));`,
        ],
        { encoding: 'utf8' },
      ),
    );

  it('compiles a module from the cache on the next start, and afresh once its text changed (even at the same length)', () => {
    writeFileSync(join(dir, 'answer.js'), 'module.exports = () => 1 + 1;\n');
    const first = start();
    expect(first.answer).toBe(2);
    if (first.how === 'node') return; // Node 22+: its own compile cache does this (and is tested there)
    expect(first.stats).toEqual({ compiled: 1, fromCache: 0 });
    expect(start()).toEqual({ answer: 2, how: 'hook', stats: { compiled: 1, fromCache: 1 } });
    // Same length: V8's own check of a code cache looks at the length only, so the cache's key must hold the text.
    writeFileSync(join(dir, 'answer.js'), 'module.exports = () => 1 + 2;\n');
    expect(start()).toEqual({ answer: 3, how: 'hook', stats: { compiled: 1, fromCache: 0 } });
    expect(start()).toEqual({ answer: 3, how: 'hook', stats: { compiled: 1, fromCache: 1 } });
  });

  it('keeps dynamic import() working on a start that uses the cache (an ES module loaded from CommonJS)', () => {
    writeFileSync(join(dir, 'esm.mjs'), 'export default 7;\n');
    writeFileSync(join(dir, 'loader.js'), `module.exports = () => import(${JSON.stringify(join(dir, 'esm.mjs'))}).then((m) => m.default);\n`);
    writeFileSync(join(dir, 'answer.js'), 'module.exports = () => 6 * 7;\n');
    const load = (): string =>
      execFileSync(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(hook)}).enableCompileCache(${JSON.stringify(join(dir, 'cache'))}); require(${JSON.stringify(join(dir, 'answer.js'))}); require(${JSON.stringify(join(dir, 'loader.js'))})().then((v) => process.stdout.write(String(v)));`,
        ],
        { encoding: 'utf8' },
      );
    expect(load()).toBe('7');
    expect(load()).toBe('7'); // the second start compiles from the cache
  });

  it('starts normally without a usable cache (unreadable or corrupt file)', () => {
    writeFileSync(join(dir, 'answer.js'), 'module.exports = () => 40 + 2;\n');
    start();
    writeFileSync(join(dir, 'cache', 'code-cache.bin'), Buffer.from('not a cache'));
    expect(start().answer).toBe(42);
  });
});
