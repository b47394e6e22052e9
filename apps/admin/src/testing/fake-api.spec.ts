// @vitest-environment node
import { parseFormDefinition, type FormDefinition } from '@accredit/forms/browser';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CampaignFormDefinitionsDocument, CampaignFormsDocument, SaveFormDraftDocument, UploadFormDefinitionDocument } from '../graphql/generated/graphql';
import { answerFor, definitionAnswer, filledFormAnswer } from './fake-api';

// The fake API adds the __typename a real server sends (the cache matches fragments by it). Its
// forms answers, the typed definition included, are walked along the schema: every object's
// __typename is its field's type.

const schema = buildSchema(
  Object.values(
    import.meta.glob<string>('../../../api/schema.gql', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  )[0] ?? '',
);
const sources = import.meta.glob<string>('../../../../forms/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function shipped(): FormDefinition[] {
  return Object.entries(sources).map(([file, source]) => {
    const parsed = parseFormDefinition(source, file);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return parsed.definition;
  });
}

/** Paths whose __typename is not the schema's type of the field they sit in. */
function wrongTypenames(value: unknown, type: GraphQLObjectType, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => wrongTypenames(item, type, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const wrong = record['__typename'] === type.name ? [] : [`${path}: ${String(record['__typename'])} ≠ ${type.name}`];
  for (const [key, child] of Object.entries(record)) {
    const field = type.getFields()[key];
    const named = field && getNamedType(field.type);
    if (named && isObjectType(named)) wrong.push(...wrongTypenames(child, named, `${path}.${key}`));
  }
  return wrong;
}

describe('the fake API’s forms answers', () => {
  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType()!;

  it('reads the shipped forms', () => {
    expect(shipped().length).toBeGreaterThan(5);
  });

  it('give every object of a filled form, its definition’s sections, fields, columns and boxes included, its schema type', () => {
    for (const definition of shipped()) {
      const data = answerFor(CampaignFormDefinitionsDocument, {
        campaignForms: [filledFormAnswer(definition)],
      }).data!;
      expect(wrongTypenames(data['campaignForms'], getNamedType(query.getFields()['campaignForms']!.type) as GraphQLObjectType, definition.key)).toEqual([]);
    }
  });

  it('give an uploaded definition its schema types', () => {
    const [definition] = shipped();
    const data = answerFor(UploadFormDefinitionDocument, {
      uploadFormDefinition: {
        id: 'd',
        key: definition!.key,
        version: 1,
        name: definition!.name,
        description: null,
        definition: definitionAnswer(definition!),
        ownerOrganisation: null,
      },
    }).data!;
    expect(wrongTypenames(data['uploadFormDefinition'], getNamedType(mutation.getFields()['uploadFormDefinition']!.type) as GraphQLObjectType, 'upload')).toEqual([]);
  });

  it('send only what the document selects, as the server does, whatever the spec offers', () => {
    const [definition] = shipped();
    const form = filledFormAnswer(definition!, { id: 'f-1', version: 2, editableFields: ['unit'] });
    const saved = answerFor(SaveFormDraftDocument, { saveFormDraft: form }).data!['saveFormDraft'];
    expect(Object.keys(saved).sort()).toEqual(['__typename', 'id', 'status', 'submittedAt', 'updatedAt', 'updatedByName', 'values', 'version']);
    const [row] = answerFor(CampaignFormsDocument, { campaignForms: [form] }).data!['campaignForms'];
    expect(row.definition).toEqual({
      __typename: 'FormDefinitionRecord',
      id: `def-${definition!.key}`,
      key: definition!.key,
      version: definition!.version,
      name: definition!.name,
      description: definition!.description ?? null,
    });
    expect(row.editableFields).toEqual(['unit']);
  });
});
