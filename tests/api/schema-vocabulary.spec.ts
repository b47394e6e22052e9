import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLObjectType,
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
} from 'graphql';

// Issue 16: no free strings where a closed set or a type exists. Reads the committed schema
// (migrations-and-seed.spec.ts keeps it equal to the code). A String that holds a code, a state,
// a kind, a key, an event, a role or a source is either a GraphQL enum (a set fixed in code) or
// data — and then its description says where the values come from, ending in 「故为文字」
// (e.g. 「流程定义 workflows/*.yaml 中的状态，故为文字」). Days and instants are Date / DateTime.

const schema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));

/** Names that say "one of a set of values". */
const CODE_LIKE = /(state|states|kind|kinds|type|types|role|roles|event|events|source|status|stage|verdict|target|code|codes|key|keys|level|outcome)$/i;
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

/**
 * Output ids with no object link beside them (issue 16: "object links instead of ids"), each with
 * why. The list may only shrink: an entry whose field gains its link, or goes, fails as stale.
 * "not yet:" marks a link that belongs but is not built.
 */
const ID_WITHOUT_LINK: Record<string, string> = {
  'CampaignPlanChange.batchId': 'a batch of plan changes is a grouping key, not an object in the schema',
  'CampaignPlanChange.subjectId': 'polymorphic: a phase or a task, as subjectType says',
  'CampaignSetUpPreview.templateId': 'for a YAML template the id is of a template not yet stored',
  'FormFigure.campaignId': 'a figure is read by whoever reads the task (a campaign-role inspector too), its form’s campaign is not; campaignName names it',
  'FormFigure.formId': 'a figure is read by whoever reads the task, the whole filled form is not; filledForm(id) checks access',
  'FormFileRef.fileId': 'a stored form file is not an object in the schema: it is downloaded over HTTP by id',
  'Notification.entityId': 'polymorphic: the object the notification is about, as subject says',
  'ParticipantTransitionOutcome.participantId': 'a batch row names what was asked for, refused ones too, which the caller may not read; result.participant links the moved ones',
  'PlannedTask.departmentId': 'a YAML template’s preview is a set-up rolled back: its departments may no longer exist; departmentName names them',
  'PublicisedParticipant.campaignId': 'open to every logged-in user, like the public page; the Campaign object is not',
  'PublicisedParticipant.participantId': 'open to every logged-in user, like the public page; the CampaignParticipant object is not',
  'ReplanCampaignResult.batchId': 'a batch of plan changes is a grouping key, not an object in the schema',
  'TaskTransitionOutcome.taskId': 'a batch row names what was asked for, refused ones too, which the caller may not read; result.task links the moved ones',
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

  it('gives every mutation no argument, or one argument `input` of a non-null input type', () => {
    // One input object per command (STYLE.md 3): a client builds one variable, and a new field
    // never changes the mutation's signature.
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(50);
    const takesOneInput = (mutation: GraphQLField<unknown, unknown>) => {
      const [arg] = mutation.args;
      return mutation.args.length === 1 && arg.name === 'input' && isNonNullType(arg.type) && isInputObjectType(arg.type.ofType);
    };
    const loose = mutations.filter((mutation) => mutation.args.length > 0 && !takesOneInput(mutation));
    expect(loose.map((mutation) => `${mutation.name}(${mutation.args.map((arg) => `${arg.name}: ${arg.type.toString()}`).join(', ')})`)).toEqual([]);
  });

  it('reads a rule’s scoring only per kind: RuleScoring is `kind` and the fields of the @oneOf RuleScoringInput, typed alike, no flat parameter beside', () => {
    const output = schema.getType('RuleScoring');
    const input = schema.getType('RuleScoringInput');
    if (!isObjectType(output) || !isInputObjectType(input)) throw new Error('RuleScoring and RuleScoringInput must exist');
    const outputFields = Object.values(output.getFields()).map((field) => `${field.name}: ${getNamedType(field.type).name.replace(/Input$/, '')}`);
    const inputFields = Object.values(input.getFields()).map((field) => `${field.name}: ${getNamedType(field.type).name.replace(/Input$/, '')}`);
    expect(outputFields.sort()).toEqual(['kind: ScoringRuleKind', ...inputFields].sort());
  });

  describe('links objects instead of ids', () => {
    const OPERATION_ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
    /** Every output field `xId: ID` with what stands beside it: the `x` field, if any. */
    const ids = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && !OPERATION_ROOTS.has(type.name) && (isObjectType(type) || isInterfaceType(type)))
      .flatMap((type) => {
        const fields = (type as GraphQLObjectType).getFields();
        return Object.values(fields)
          .filter((field) => field.name.endsWith('Id') && getNamedType(field.type).name === 'ID')
          .map((field) => ({ name: `${type.name}.${field.name}`, link: fields[field.name.slice(0, -2)], description: field.description ?? '', deprecated: Boolean(field.deprecationReason) }));
      });

    it('finds the ids', () => {
      expect(ids.length).toBeGreaterThan(40);
    });

    it('gives every output xId an x field on the same type, or lists it with why', () => {
      const unlinked = ids.filter((id) => !id.link && !(id.name in ID_WITHOUT_LINK)).map((id) => id.name);
      expect(unlinked).toEqual([]);
    });

    it('keeps only listed ids that still have no link (the list only shrinks)', () => {
      const stillUnlinked = new Set(ids.filter((id) => !id.link).map((id) => id.name));
      expect(Object.keys(ID_WITHOUT_LINK).filter((name) => !stillUnlinked.has(name))).toEqual([]);
    });

    it('says in each linked id’s description which link to read, unless the id is deprecated', () => {
      const silent = ids.filter((id) => id.link && !id.deprecated && !id.description.includes(`读 ${id.link.name}`)).map((id) => `${id.name}: ${id.description}`);
      expect(silent).toEqual([]);
    });
  });
});
