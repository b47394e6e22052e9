import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Where requires led, kept between starts of apps/api/run.js (resolve-cache.js), in fresh Node processes.
const hook = join(__dirname, '../resolve-cache.js');

describe('the require answers kept between starts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-resolve-cache-'));
    writeFileSync(join(dir, 'lock.json'), '{}');
    writeFileSync(join(dir, 'main.js'), "module.exports = () => require('./answer')();\n");
    writeFileSync(join(dir, 'answer.js'), 'module.exports = () => 1;\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One process: enable the cache, require main.js (which requires ./answer), print its answer and the figures (two requires each start). */
  const start = (): { answer: number; stats: { hits: number; lookups: number } } =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `const c = require(${JSON.stringify(hook)}).enableResolveCache(${JSON.stringify(join(dir, 'cache'))}, [${JSON.stringify(join(dir, 'lock.json'))}]);
           const answer = require(${JSON.stringify(join(dir, 'main.js'))})();
           process.stdout.write(JSON.stringify({ answer, stats: c.stats() }));`,
        ],
        { encoding: 'utf8' },
      ),
    );

  it('answers a require from where the previous start found it', () => {
    expect(start()).toEqual({ answer: 1, stats: { hits: 0, lookups: 2 } });
    expect(start()).toEqual({ answer: 1, stats: { hits: 2, lookups: 0 } });
  });

  it('looks up afresh when the file it found is gone (./answer.js replaced by ./answer/index.js)', () => {
    start();
    unlinkSync(join(dir, 'answer.js'));
    mkdirSync(join(dir, 'answer'));
    writeFileSync(join(dir, 'answer', 'index.js'), 'module.exports = () => 2;\n');
    expect(start()).toEqual({ answer: 2, stats: { hits: 1, lookups: 1 } });
    expect(start()).toEqual({ answer: 2, stats: { hits: 2, lookups: 0 } });
  });

  it('forgets every answer when the packages or the build changed (a fingerprint file rewritten)', () => {
    start();
    writeFileSync(join(dir, 'lock.json'), '{"installed": true}');
    expect(start().stats).toEqual({ hits: 0, lookups: 2 });
  });

  it('starts normally without a usable file (corrupt)', () => {
    start();
    writeFileSync(join(dir, 'cache', 'resolve-cache.json'), 'not json');
    expect(start()).toEqual({ answer: 1, stats: { hits: 0, lookups: 2 } });
  });
});
