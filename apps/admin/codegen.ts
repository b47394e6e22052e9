import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root (`nx run admin:codegen`): the API's committed schema is the
// single source of the admin's operation types.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/admin/src/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/admin/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
