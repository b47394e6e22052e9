import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FragmentDefinitionNode, Kind, KnownFragmentNamesRule, type OperationDefinitionNode, buildSchema, parse, validate } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, queryCost, queryShapeRules } from '@accredit/api-kit';
import { loadConfig, queryLimits } from '@accredit/api';
import { adminDocument, adminDocumentFiles } from '../support/admin-documents';

// The limits must never refuse what the admin UI itself sends: every document under
// apps/admin/src/graphql passes depth, alias and directive limits, and stays under the cost
// limit even at the largest page size a client may ask for. Each document is checked as the UI
// sends it: with the fragments it uses appended, wherever they are defined.
const root = join(__dirname, '../..');
const limits = queryLimits(loadConfig({ NODE_ENV: 'production' }));
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

const files = adminDocumentFiles();

describe('the admin UI’s own GraphQL documents fit the query limits', () => {
  it('finds the documents', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s', (file) => {
    const document = parse(adminDocument(file), { maxTokens: limits.maxTokens });
    expect(validate(schema, document, [KnownFragmentNamesRule, ...queryShapeRules(limits)])).toEqual([]);
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      const { cost } = queryCost(
        schema,
        operation,
        fragments,
        { first: MAX_PAGE_SIZE },
        {
          defaultListSize: limits.defaultListSize,
          defaultPageSize: DEFAULT_PAGE_SIZE,
          listSizes: limits.listSizes,
        },
      );
      expect({ operation: operation.name?.value, cost: Math.min(cost, limits.maxCost) }).toEqual({ operation: operation.name?.value, cost });
    }
  });
});
