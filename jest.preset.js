// Shared Jest settings: SWC compiles TypeScript with decorator metadata (Nest, MikroORM),
// and tsconfig path aliases resolve to library sources.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = path.join(__dirname, target);
}

// Packages published only as ES modules. The API loads them with Node's require(esm) (Node ≥ 20.19);
// Jest on Node 20 cannot, so SWC compiles them to CommonJS like our own sources.
// file-type and the tokenizer packages it reads with are ESM-only too.
const ESM_ONLY = ['@tus', 'srvx', 'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit'];
// file-type's exports offer Node only `import` / `module-sync` (no `require`), which Jest's resolver
// does not try: point it at the Node entry, which SWC then compiles like the rest.
moduleNameMapper['^file-type$'] = path.join(__dirname, 'node_modules/file-type/index.js');

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
    [`node_modules/(${ESM_ONLY.join('|')})/.+\\.m?js$`]: ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper,
  testMatch: ['**/?(*.)+(spec).ts'],
};
