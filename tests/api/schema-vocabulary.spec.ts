import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLArgument, type GraphQLField, type GraphQLInputField, buildSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

// Issue 16: no free strings where a closed set or a type exists. Reads the committed schema
// (migrations-and-seed.spec.ts keeps it equal to the code). A String that holds a code, a state,
// a kind, a key, an event, a role or a source is either a GraphQL enum (a set fixed in code) or
// data — and then its description says where the values come from, ending in 「故为文字」
// (e.g. 「流程定义 workflows/*.yaml 中的状态，故为文字」). Days and instants are Date / DateTime.

const schema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));

/** Names that say "one of a set of values". */
const CODE_LIKE = /(state|states|kind|kinds|role|roles|event|events|source|status|stage|verdict|target|code|codes|key|keys|level|outcome)$/i;
/** Names that say "a day or an instant". */
const DATE_LIKE = /(On|At)$|^(date|day)$/;
const DATA_MARK = '故为文字';

/** Free text whose name only looks like a code: each with why. A stale entry fails too. */
const FREE_TEXT: Record<string, string> = {
  'UploadFormDefinitionInput.source': 'the YAML text of a form definition',
  'UploadWorkflowDefinitionInput.source': 'the YAML text of a workflow definition',
  'WorkflowDefinition.source': 'the YAML text of a workflow definition',
  'IndicatorTemplateTree.source': 'the file a template was imported from',
  'IndicatorTemplateVersion.source': 'the file a template was imported from',
  'CampaignTemplateChoice.source': 'the file a template was imported from',
  'DepartmentGroup.source': 'where an office admin took the membership from, in their words',
  'TransitionEffect.outcome': 'what an effect did, in words for people (已通知 3 个接收方)',
};

/**
 * The JSON left in the schema, each with why; the list may only shrink. A deprecated JSON field
 * (kept for older clients beside its typed replacement) is listed with a reason starting "deprecated".
 */
const JSON_FIELDS: Record<string, string> = {
  'AuditEvent.details': 'open by nature: each audit action records its own details',
};

type Slot = { name: string; leaf: string; type: string; description: string; deprecated: boolean };

function slots(): Slot[] {
  const found: Slot[] = [];
  const add = (name: string, leaf: string, slot: GraphQLField<unknown, unknown> | GraphQLInputField | GraphQLArgument) =>
    found.push({ name, leaf, type: getNamedType(slot.type).name, description: slot.description ?? '', deprecated: Boolean(slot.deprecationReason) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.name, field);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.name, arg);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.name, field);
    }
  }
  return found;
}

describe('the schema’s vocabulary', () => {
  const all = slots();

  it('reads the schema', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it('has no String code, state, kind, key, event, role or source that neither is an enum nor says where its values come from', () => {
    const undescribed = all.filter((slot) => slot.type === 'String' && CODE_LIKE.test(slot.leaf) && !(slot.name in FREE_TEXT) && !slot.description.includes(DATA_MARK));
    expect(undescribed.map((slot) => `${slot.name}: ${slot.description}`)).toEqual([]);
  });

  it('keeps only free-text exceptions that are still Strings named like codes, and describes them', () => {
    const byName = new Map(all.map((slot) => [slot.name, slot]));
    for (const name of Object.keys(FREE_TEXT)) {
      expect({ name, type: byName.get(name)?.type, described: Boolean(byName.get(name)?.description) }).toEqual({ name, type: 'String', described: true });
    }
  });

  it('types every day as Date and every instant as DateTime, never String', () => {
    const dates = all.filter((slot) => DATE_LIKE.test(slot.leaf) && slot.type === 'String');
    expect(dates.map((slot) => slot.name)).toEqual([]);
  });

  it('has JSON only where listed, and every listed JSON is still JSON (the list only shrinks)', () => {
    const json = all.filter((slot) => slot.type === 'JSON').map((slot) => slot.name);
    expect(json.sort()).toEqual(Object.keys(JSON_FIELDS).sort());
    const deprecated = all.filter((slot) => slot.type === 'JSON' && slot.deprecated).map((slot) => slot.name);
    expect(deprecated.every((name) => JSON_FIELDS[name]?.startsWith('deprecated'))).toBe(true);
  });
});
