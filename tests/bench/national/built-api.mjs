// Loads the compiled API (npx nx build api → dist/out-tsc) into this process the way
// apps/api/run.js starts it: the workspace's @accredit/* aliases point at the compiled files.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../bench-harness.mjs';

const require = createRequire(import.meta.url);
const outDir = join(root, 'dist/out-tsc');
let registered = false;

/** `require` for compiled workspace modules and node_modules alike. */
export function requireBuilt(id) {
  if (!registered) {
    if (!existsSync(join(outDir, 'apps/api/src/index.js'))) {
      console.error('找不到编译后的 API（dist/out-tsc）：请先运行 npx nx build api');
      process.exit(1);
    }
    const tsconfigPaths = require('tsconfig-paths');
    const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
    const paths = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, [target.replace(/\.ts$/, '.js')]]));
    tsconfigPaths.register({ baseUrl: outDir, paths });
    registered = true;
  }
  return require(id);
}
