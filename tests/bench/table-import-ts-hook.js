// Lets a plain `node` script require the TypeScript libraries directly (no build step):
// compiles .ts with @swc/core like the Jest preset does, and resolves the @accredit/* aliases
// of tsconfig.base.json to their sources. Used by the table-import benchmark and by
// tests/fixtures/tables/build-examples.js.
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = path.resolve(__dirname, '../..');
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

Module._extensions['.ts'] = function compile(module, filename) {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
