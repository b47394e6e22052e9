import { type GraphQLField, type GraphQLInputType, type GraphQLSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { pick } from './seeded-random';

/**
 * Malformed GraphQL requests generated from the schema, reproducibly: for every operation, its
 * arguments start from plausible values and one leaf at a time is made wrong (a wrong type,
 * null where null is not allowed, a huge string, NUL and lone surrogates, bidi and zero-width
 * characters, invalid ids and impossible dates, out-of-range numbers, unknown fields), plus
 * wrong documents (syntax errors, unknown fields and arguments, duplicated operation names …).
 */

/**
 * What a variant must get back. `refused`: an error (any code but a server fault). `validation`:
 * VALIDATION, unless the caller is refused before the arguments are looked at (not logged in,
 * no right, too many logins). `any`: a legal but odd value, which may also succeed.
 */
export type Expectation = 'refused' | 'validation' | 'any';

export interface Variant {
  kind: string;
  /** Where and what, e.g. `input.comment: NUL`. */
  label: string;
  expect: Expectation;
  /** The GraphQL request: document, variables, operationName. */
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
  /** Sent as GET (query string) instead of POST. */
  get?: boolean;
}

/** An enum value: a bare name in a document, a string in variables. */
class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

/** A value as a GraphQL literal (JSON escapes are GraphQL escapes; keys unquoted; enums bare). */
function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : 'bad_key'}: ${literal(inner)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

const KB = 1024;
const BAD_IDS = ['not-a-uuid', '0', "' OR '1'='1", '00000000-0000-0000-0000-00000000000g', '１２３', '../../etc/passwd', '{"$ne":null}', '-1'];
const IMPOSSIBLE_DATES = ['2022-02-31', '2022-13-01', '99999-01-01', '2022-00-10', '2021-02-29', '2022-04-31'];
const ODD_TEXT = [
  '\u202eevil\u202c',
  'a\u200bb\u200c\u200d\ufeff',
  '\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e2\u05d1\u05e8\u05d9\u05ea',
  'Z\u0351\u0352\u0353\u0354a\u0300\u0301\u0302l\u0303go',
  '🏳️‍🌈👨‍👩‍👧‍👦',
];

/** Plausible argument values: the caller's known ids by name, otherwise by type. */
export type Baseline = (name: string, type: GraphQLInputType, operation: string) => unknown;

interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
}

function plausible(type: GraphQLInputType, name: string, operation: string, baseline: Baseline, depth = 0): unknown {
  const given = baseline(name, type, operation);
  if (given !== undefined) return given;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plausible(inner.ofType as GraphQLInputType, name, operation, baseline, depth + 1)];
  if (isInputObjectType(inner)) {
    if (depth > 3) return null;
    return Object.fromEntries(Object.values(inner.getFields()).map((field) => [field.name, plausible(field.type, field.name, operation, baseline, depth + 1)]));
  }
  if (isEnumType(inner)) return new EnumValue(inner.getValues()[0].name);
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Date':
      return '2022-04-01';
    case 'DateTime':
      return '2022-04-01T00:00:00Z';
    case 'JSON':
      return {};
    default:
      return 'fuzz';
  }
}

/** Every place in the arguments a value can be wrong: inputs, their fields, list elements. */
function leavesOf(type: GraphQLInputType, path: (string | number)[], out: Leaf[], depth = 0): Leaf[] {
  out.push({ path, type });
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) leavesOf(inner.ofType as GraphQLInputType, [...path, 0], out, depth + 1);
  else if (isInputObjectType(inner) && depth < 3) for (const field of Object.values(inner.getFields())) leavesOf(field.type, [...path, field.name], out, depth + 1);
  return out;
}

function withValue(args: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredCloneWithEnums(args) as Record<string, unknown>;
  let node: any = copy;
  path.slice(0, -1).forEach((step, i) => {
    // A plausible value that is not a container where the path goes deeper (a name-guessed
    // string for an input object) gives way to one.
    if (node[step] === null || typeof node[step] !== 'object') node[step] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[step];
  });
  node[path[path.length - 1]] = value;
  return copy;
}

function withoutKey(args: Record<string, unknown>, path: (string | number)[]): Record<string, unknown> {
  const copy = structuredCloneWithEnums(args) as Record<string, unknown>;
  let node: any = copy;
  for (const step of path.slice(0, -1)) node = node[step];
  delete node[path[path.length - 1]];
  return copy;
}

function structuredCloneWithEnums(value: unknown): unknown {
  if (value instanceof EnumValue) return value;
  if (Array.isArray(value)) return value.map(structuredCloneWithEnums);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneWithEnums(v)]));
  return value;
}

interface WrongValue {
  kind: string;
  label: string;
  value: unknown;
  expect: Expectation;
}

/** The wrong values one place of a given type can take. */
function wrongValues(leaf: Leaf, random: () => number): WrongValue[] {
  const out: WrongValue[] = [];
  const nonNull = isNonNullType(leaf.type);
  const inner = nonNull ? (leaf.type as { ofType: GraphQLInputType }).ofType : leaf.type;
  if (nonNull) out.push({ kind: 'null-for-non-null', label: 'null', value: null, expect: 'refused' });
  if (isListType(inner)) {
    if (isNonNullType(inner.ofType)) out.push({ kind: 'wrong-type', label: '[null]', value: [null], expect: 'refused' });
    out.push({ kind: 'wrong-type', label: 'an object for a list', value: { a: 1 }, expect: 'refused' });
    out.push({
      kind: 'huge-list',
      label: '2,000 elements',
      value: Array.from({ length: 2000 }, (_, i) => (getNamedType(inner).name === 'ID' ? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` : `x${i}`)),
      expect: 'any',
    });
    return out;
  }
  if (isInputObjectType(inner)) {
    out.push({ kind: 'unknown-field', label: 'unknown field', value: { ...Object.fromEntries(Object.keys(inner.getFields()).map((k) => [k, null])), zzUnknown: 1 }, expect: 'refused' });
    out.push({ kind: 'wrong-type', label: 'a string for an input object', value: 'input', expect: 'refused' });
    return out;
  }
  if (isEnumType(inner)) {
    const first = inner.getValues()[0].name;
    out.push({ kind: 'wrong-type', label: 'unknown enum value', value: new EnumValue('NOPE_NOT_A_VALUE'), expect: 'refused' });
    out.push({ kind: 'wrong-type', label: 'enum in the wrong case', value: new EnumValue(first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()), expect: 'refused' });
    out.push({ kind: 'wrong-type', label: 'a number for an enum', value: 1, expect: 'refused' });
    return out;
  }
  const huge = random() < 0.5 ? 100 * KB : 60 * KB;
  const character = pick(random, ['a', 'Ω', '中']);
  const hugeString = character.repeat(Math.floor(huge / Buffer.byteLength(character)));
  switch (inner.name) {
    case 'String':
      out.push({ kind: 'wrong-type', label: 'a number for a String', value: 12345, expect: 'refused' });
      out.push({ kind: 'wrong-type', label: 'an object for a String', value: { $gt: '' }, expect: 'refused' });
      out.push({ kind: 'huge-string', label: `${huge / KB} KB string`, value: hugeString, expect: 'any' });
      out.push({ kind: 'nul', label: 'NUL byte', value: `a\u0000b`, expect: 'validation' });
      out.push({ kind: 'lone-surrogate', label: 'lone surrogate', value: `a\ud800b\udfffc`, expect: 'any' });
      out.push({ kind: 'odd-unicode', label: 'bidi / zero-width / combining characters', value: pick(random, ODD_TEXT), expect: 'any' });
      break;
    case 'ID':
      out.push({ kind: 'wrong-type', label: 'a boolean for an ID', value: true, expect: 'refused' });
      for (const id of [pick(random, BAD_IDS), pick(random, BAD_IDS)]) out.push({ kind: 'invalid-id', label: `invalid id ${JSON.stringify(id)}`, value: id, expect: 'refused' });
      // An empty optional filter means "not set"; a required id cannot be empty.
      if (nonNull) out.push({ kind: 'invalid-id', label: 'empty id', value: '', expect: 'refused' });
      out.push({ kind: 'huge-string', label: `${huge / KB} KB id`, value: hugeString, expect: 'refused' });
      out.push({ kind: 'nul', label: 'NUL byte in an id', value: '00000000-0000-4000-8000-00000000000\u0000', expect: 'validation' });
      break;
    case 'Int':
      out.push({ kind: 'nan-ish', label: 'NaN-ish string', value: pick(random, ['NaN', 'Infinity', '1e3', 'ten', '']), expect: 'refused' });
      out.push({ kind: 'wrong-type', label: 'a fraction for an Int', value: 1.5, expect: 'refused' });
      out.push({ kind: 'huge-number', label: 'beyond 32 bits', value: pick(random, [2147483648, 1e20, -2147483649]), expect: 'refused' });
      out.push({ kind: 'negative-number', label: 'negative', value: pick(random, [-1, -2147483648]), expect: 'any' });
      out.push({ kind: 'huge-number', label: 'largest Int', value: 2147483647, expect: 'any' });
      break;
    case 'Float':
      out.push({ kind: 'nan-ish', label: 'NaN-ish string', value: pick(random, ['NaN', 'Infinity', '-Infinity']), expect: 'refused' });
      out.push({ kind: 'huge-number', label: '1e308', value: 1e308, expect: 'any' });
      break;
    case 'Boolean':
      out.push({ kind: 'wrong-type', label: 'a string for a Boolean', value: 'true', expect: 'refused' });
      out.push({ kind: 'wrong-type', label: 'a number for a Boolean', value: 1, expect: 'refused' });
      break;
    case 'Date':
      for (const date of IMPOSSIBLE_DATES) out.push({ kind: 'invalid-date', label: `impossible date ${date}`, value: date, expect: 'validation' });
      out.push({ kind: 'wrong-type', label: 'a number for a Date', value: 20220401, expect: 'refused' });
      out.push({ kind: 'nul', label: 'NUL byte in a date', value: '2022-04-01\u0000', expect: 'validation' });
      break;
    case 'DateTime':
      out.push({ kind: 'invalid-date', label: 'impossible time', value: '2022-02-31T25:61:00Z', expect: 'validation' });
      break;
    case 'JSON':
      out.push({ kind: 'nul', label: 'NUL byte inside JSON', value: { achieved: true, note: 'a\u0000b' }, expect: 'validation' });
      out.push({ kind: 'huge-string', label: `${huge / KB} KB inside JSON`, value: { text: hugeString }, expect: 'any' });
      out.push({ kind: 'deep-json', label: 'JSON nested 2,000 deep', value: JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`), expect: 'any' });
      out.push({ kind: 'wrong-type', label: 'a string for JSON', value: 'yes', expect: 'any' });
      break;
    default:
      out.push({ kind: 'wrong-type', label: `an object for a ${inner.name}`, value: { a: 1 }, expect: 'refused' });
  }
  return out;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
}

/** A document calling one field with the given argument values, as variables or inline. */
function documentFor(keyword: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, inline: boolean, selection = selectionFor(field)) {
  const names = Object.keys(args);
  if (!names.length) return { query: `${keyword} Fuzz { ${field.name} ${selection} }`, operationName: 'Fuzz' };
  if (inline) return { query: `${keyword} Fuzz { ${field.name}(${names.map((n) => `${n}: ${literal(args[n])}`).join(', ')}) ${selection} }`, operationName: 'Fuzz' };
  const types = new Map(field.args.map((arg) => [arg.name, String(arg.type)]));
  const declared = names.map((n) => `$${n}: ${types.get(n) ?? 'String'}`).join(', ');
  return {
    query: `${keyword} Fuzz(${declared}) { ${field.name}(${names.map((n) => `${n}: $${n}`).join(', ')}) ${selection} }`,
    variables: JSON.parse(JSON.stringify(args)) as Record<string, unknown>,
    operationName: 'Fuzz',
  };
}

/** Every malformed variant of one operation (`Query.tasks`, `Mutation.transition` …). */
export function operationVariants(schema: GraphQLSchema, operation: string, baseline: Baseline, random: () => number): Variant[] {
  const [root, name] = operation.split('.');
  const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  const keyword = root === 'Query' ? 'query' : 'mutation';
  const field = type.getFields()[name];
  const args = Object.fromEntries(field.args.map((arg) => [arg.name, plausible(arg.type, arg.name, operation, baseline)]));
  const variants: Variant[] = [];
  const add = (kind: string, label: string, expect: Expectation, body: Variant['body'], get?: boolean) => variants.push({ kind, label, expect, body, get });

  for (const arg of field.args) {
    for (const leaf of leavesOf(arg.type, [arg.name], [])) {
      for (const wrong of wrongValues(leaf, random)) {
        const inline = random() < 0.3 && wrong.kind !== 'deep-json';
        add(wrong.kind, `${leaf.path.join('.')}: ${wrong.label}${inline ? ' (inline)' : ''}`, wrong.expect, documentFor(keyword, field, withValue(args, leaf.path, wrong.value), inline));
      }
    }
  }
  const required = field.args.find((arg) => isNonNullType(arg.type));
  if (required) add('missing-argument', `without ${required.name}`, 'refused', documentFor(keyword, field, withoutKey(args, [required.name]), random() < 0.5));
  const withArgs = documentFor(keyword, field, args, false);
  add('unknown-argument', 'unknown argument', 'refused', documentFor(keyword, field, { ...args, zzUnknown: 1 }, true));
  add(
    'unknown-field',
    'unknown field selected',
    'refused',
    documentFor(keyword, field, args, random() < 0.5, isCompositeType(getNamedType(field.type)) ? '{ __typename zzUnknown }' : '{ zzUnknown }'),
  );
  const cut = 1 + Math.floor(random() * (withArgs.query.length - 2));
  add('syntax-error', `truncated at ${cut}`, 'refused', { ...withArgs, query: withArgs.query.slice(0, cut) });
  add('syntax-error', 'unbalanced braces', 'refused', { ...withArgs, query: random() < 0.5 ? `${withArgs.query} }` : withArgs.query.replace(/\}\s*$/, '') });
  add('syntax-error', 'stray characters', 'refused', { ...withArgs, query: withArgs.query.replace('{', pick(random, ['{ ) ', '{ ¿ ', '{ "', '{ $$ ', '{ \u0000 '])) });
  add('duplicate-operation', 'two operations named Fuzz', 'refused', { ...withArgs, query: `${withArgs.query}\n${withArgs.query}` });
  add('operation-name', 'operationName names no operation', 'refused', { ...withArgs, operationName: 'Nope' });
  add('unknown-directive', 'unknown directive', 'refused', { ...withArgs, query: withArgs.query.replace(`${field.name}`, `${field.name} @zzNope`) });
  add('fragment-cycle', 'fragments spreading each other', 'refused', {
    query: `${keyword} Fuzz { ...A } fragment A on ${type.name} { ...B } fragment B on ${type.name} { ...A }`,
    operationName: 'Fuzz',
  });
  if (field.args.length) {
    add('variable-type', 'variables declared with the wrong type', 'refused', { ...withArgs, query: withArgs.query.replace(/\$(\w+): [^,)]+/, '$$$1: [[Boolean]]') });
    add('undeclared-variable', 'an undeclared variable', 'refused', { ...withArgs, query: withArgs.query.replace(/: \$(\w+)\)/, ': $zzUndeclared)') });
  }
  if (keyword === 'mutation') add('mutation-over-get', 'a mutation sent as GET', 'refused', withArgs, true);
  return variants;
}

/** Query.* and Mutation.* names of a schema. */
export function operationsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : []));
}
