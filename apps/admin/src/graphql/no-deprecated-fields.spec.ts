// @vitest-environment node
import { NoDeprecatedCustomRule, buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

// The admin asks for no field or argument the API marks deprecated: those stay only for older
// clients (rule `params`, score `input`, evidence `taskId`), and the admin uses the typed ones.

const schema = buildSchema(Object.values(import.meta.glob<string>('../../../api/schema.gql', { query: '?raw', import: 'default', eager: true }))[0] ?? '');
const documents = import.meta.glob<string>('./**/*.graphql', { query: '?raw', import: 'default', eager: true });

describe('the admin’s GraphQL documents', () => {
  it('are found', () => {
    expect(Object.keys(documents).length).toBeGreaterThan(20);
  });

  it.each(Object.entries(documents))('%s uses nothing deprecated', (_file, source) => {
    expect(validate(schema, parse(source), [NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([]);
  });
});
