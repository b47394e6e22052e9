// Runs a compiled entry point of the API (dist/out-tsc) with the workspace's path aliases
// pointing at the compiled libraries: `node apps/api/run.js main` or `… cli/migrate`.
const path = require('node:path');
const { enableCompileCache } = require('./compile-cache');
const { enableResolveCache } = require('./resolve-cache');

const outDir = path.resolve(__dirname, '../../dist/out-tsc');
// Before anything else loads: every later require compiles with the code a previous start left
// (kept beside the build; each file is keyed by its text, so a rebuilt file compiles afresh).
const cacheDir = path.join(outDir, '.compile-cache', `${process.version}-${process.arch}`);
enableCompileCache(cacheDir);

const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');
const paths = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  paths[alias] = [target.replace(/\.ts$/, '.js')];
}
// Only the aliases: without addMatchAll: false, tsconfig-paths also tries every package name
// (lodash, @nestjs/common …) as a file under the build first — several file checks for each of the
// ~4,000 package requires of a start, a tenth of its CPU (issue 15 cold start). Nothing in the
// build requires a path relative to baseUrl.
tsconfigPaths.register({ baseUrl: outDir, paths, addMatchAll: false });
// And every require finds its file where a previous start of this build found it, before the
// aliases are tried (valid for these packages and this build: node_modules' lock file and the
// build's entry identify them).
enableResolveCache(cacheDir, [path.resolve(__dirname, '../../node_modules/.package-lock.json'), path.join(outDir, 'apps/api/src/main.js')]);

const entry = process.argv[2] || 'main';
// The product runs its libraries in production mode unless told otherwise (graphql-js's
// development checks alone double the cost of a large answer); NODE_ENV=development to debug.
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';
process.argv.splice(2, 1);
require(path.join(outDir, 'apps/api/src', entry));
