// Runs a compiled entry point of the API (dist/out-tsc) with the workspace's path aliases
// pointing at the compiled libraries: `node apps/api/run.js main` or `… cli/migrate`.
const path = require('node:path');
const { enableCompileCache } = require('./compile-cache');

const outDir = path.resolve(__dirname, '../../dist/out-tsc');
// Before anything else loads: every later require compiles with the code a previous start left
// (kept beside the build; each file is keyed by its text, so a rebuilt file compiles afresh).
enableCompileCache(path.join(outDir, '.compile-cache', `${process.version}-${process.arch}`));

const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');
const paths = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  paths[alias] = [target.replace(/\.ts$/, '.js')];
}
tsconfigPaths.register({ baseUrl: outDir, paths });

const entry = process.argv[2] || 'main';
// The product runs its libraries in production mode unless told otherwise (graphql-js's
// development checks alone double the cost of a large answer); NODE_ENV=development to debug.
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';
process.argv.splice(2, 1);
require(path.join(outDir, 'apps/api/src', entry));
