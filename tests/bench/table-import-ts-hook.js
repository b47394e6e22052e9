// Lets a plain `node` script require the TypeScript libraries directly (no build step):
// compiles .ts with @swc/core like the Jest preset does, and resolves the @accredit/* aliases
// of tsconfig.base.json to their sources. Used by the table-import benchmark, by
// tests/fixtures/tables/build-examples.js and by the suites' command-line runs (tests/support/run-cli.ts).
//
// Each compiled file is kept on disk, keyed by its path, its text and the compiler's version and
// options (an edited file is compiled afresh): a suite runs a command a dozen times, and compiling
// the ~500 source files a command loads was half of each run's CPU; V8's code cache halves the rest.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { transformSync, version } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');
const { enableCompileCache } = require('../../apps/api/compile-cache');

const root = path.resolve(__dirname, '../..');
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

// The Jest preset's SWC settings for TypeScript: the hook compiles as the suites do.
const OPTIONS = require('../../jest.preset.js').transform['^.+\\.ts$'][1];
const CACHE = path.join(os.tmpdir(), 'accredit-ts-hook');
const SALT = `${version}\0${JSON.stringify(OPTIONS)}`;
// And V8's compiled code of every file, the packages' included, as the built API keeps it (apps/api/run.js).
enableCompileCache(path.join(CACHE, `v8-${process.version}-${process.arch}`));

function compiled(source, filename) {
  const entry = path.join(CACHE, `${createHash('sha1').update(SALT).update('\0').update(filename).update('\0').update(source).digest('hex')}.js`);
  try {
    return fs.readFileSync(entry, 'utf8');
  } catch {
    // Not compiled yet (or unreadable): compile below.
  }
  const { code } = transformSync(source, { filename, ...OPTIONS });
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    // Written whole then renamed: a command running beside this one never reads half a file.
    const partial = `${entry}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, entry);
  } catch {
    // A cache that cannot be written only costs the time it would have saved.
  }
  return code;
}

Module._extensions['.ts'] = function compile(module, filename) {
  module._compile(compiled(fs.readFileSync(filename, 'utf8'), filename), filename);
};
