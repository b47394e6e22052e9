import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { type FlatDefinition, type FormDefinition, fromFlatDefinition, loadFormDirectory } from '@accredit/forms';
import { withAdminFragments } from '../support/admin-documents';
import { type TestApi, startTestApi } from '../support/test-api';

// Issue 16: a form definition travels as a typed graph (FormDefinitionRecord.definition), not as
// JSON. Read as the admin reads it (its FormDefinitionFields fragment) and rebuilt with
// fromFlatDefinition, every shipped form is the very definition the API compiled and stored:
// nothing is lost over the wire, a table's columns and a sign-off's opinion included.

const DEFINITIONS = withAdminFragments('{ formDefinitions { id key version definition { ...FormDefinitionFields } } }');

interface DefinitionRecord {
  key: string;
  version: number;
  definition: FlatDefinition;
}

describe('form definitions as a typed graph', () => {
  let t: TestApi;
  let records: DefinitionRecord[];
  let stored: Map<string, FormDefinition>;

  beforeAll(async () => {
    t = await startTestApi();
    const { data, errors } = await t.gql<{ formDefinitions: DefinitionRecord[] }>(DEFINITIONS);
    expect(errors).toBeUndefined();
    records = data!.formDefinitions;
    const em = t.api.app.get(MikroORM).em.fork();
    const rows: { key: string; version: number; compiled: FormDefinition }[] = await em.getConnection().execute('select key, version, compiled from form_definition');
    stored = new Map(rows.map((row) => [`${row.key}@${row.version}`, row.compiled]));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('sends every shipped form', () => {
    const shipped = loadFormDirectory(join(__dirname, '../../forms'));
    if (!shipped.ok) throw new Error('forms/ does not load');
    expect(records.map((record) => record.key).sort()).toEqual(shipped.definitions.map((definition) => definition.key).sort());
  });

  it('rebuilds each into exactly the compiled definition the API stored', () => {
    for (const record of records) {
      const compiled = stored.get(`${record.key}@${record.version}`);
      expect({ key: record.key, definition: fromFlatDefinition(record.definition) }).toEqual({
        key: record.key,
        definition: compiled,
      });
    }
  });

  it('sends a table’s columns and a sign-off box’s opinion with their types', () => {
    const fields = records.find((record) => record.key === 'first-batch-application')!.definition.sections.flatMap((section) => section.fields);
    const table = fields.find((field) => field.key === 'facilities')!;
    expect(table).toMatchObject({
      type: 'table',
      ties: { requirement: '6-1', rule: null },
      maxChars: null,
      options: null,
      role: null,
      opinion: null,
    });
    expect(table.columns).toEqual([
      expect.objectContaining({
        key: 'name',
        type: 'text',
        required: true,
        maxChars: 50,
        min: null,
      }),
      expect.objectContaining({
        key: 'quantity',
        type: 'number',
        required: true,
        integer: true,
        min: 1,
        maxChars: null,
      }),
    ]);
    const signOff = fields.find((field) => field.key === 'province_opinion')!;
    expect(signOff).toMatchObject({
      type: 'signOff',
      role: 'province',
      stages: ['applied'],
      signatureLabel: '签字（盖章）',
      columns: null,
      multiline: null,
    });
    expect(signOff.opinion).toEqual({
      label: expect.any(String),
      hint: '（评价申报单位的示范性及综合科普能力，有所区分地给出总体评价）',
      maxChars: 1000,
    });
  });
});
