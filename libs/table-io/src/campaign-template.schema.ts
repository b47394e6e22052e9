/** JSON Schema of a campaign template file: the structure; meaning is checked afterwards. */
const text = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const points = { type: 'number', minimum: 0, maximum: 1000 } as const;

const indicator = {
  type: 'object',
  required: ['code', 'title', 'requirements', 'rules'],
  additionalProperties: false,
  properties: {
    code: text,
    title: text,
    maxScore: { anyOf: [points, { type: 'null' }] },
    requirements: {
      type: 'array',
      items: { type: 'object', required: ['code', 'text'], additionalProperties: false, properties: { code: text, text } },
    },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'points', 'scoring', 'units'],
        additionalProperties: false,
        properties: {
          text,
          points,
          scoring: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
          units: { type: 'array', items: text },
          note: { type: 'string' },
        },
      },
    },
    children: { type: 'array', items: { $ref: '#/$defs/indicator' } },
  },
} as const;

export const CAMPAIGN_TEMPLATE_SCHEMA = {
  $id: 'campaign-template',
  type: 'object',
  required: ['key', 'organisation', 'departments', 'groups', 'indicatorSystem', 'campaign'],
  additionalProperties: false,
  $defs: { indicator },
  properties: {
    key: text,
    organisation: {
      type: 'object',
      required: ['code', 'name', 'shortName', 'leadOffice'],
      additionalProperties: false,
      properties: { code: { type: 'string', pattern: '^\\d{6,12}$' }, name: text, shortName: text, leadOffice: text },
    },
    departments: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'kind'],
        additionalProperties: false,
        properties: { name: text, fullName: { type: 'string' }, kind: text, tags: { type: 'array', items: text } },
      },
    },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'members'],
        additionalProperties: false,
        properties: { name: text, description: { type: 'string' }, source: { type: 'string' }, members: { type: 'array', items: text } },
      },
    },
    indicatorSystem: {
      type: 'object',
      required: ['key', 'version', 'name', 'indicators'],
      additionalProperties: false,
      properties: {
        key: text,
        version: { type: 'integer', minimum: 1 },
        name: text,
        source: { type: 'string' },
        totalScore: { anyOf: [points, { type: 'null' }] },
        indicators: { type: 'array', minItems: 1, items: { $ref: '#/$defs/indicator' } },
      },
    },
    campaign: {
      type: 'object',
      required: ['name', 'taskPhase', 'phases'],
      additionalProperties: false,
      properties: {
        name: text,
        taskPhase: text,
        state: text,
        phases: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['key', 'name', 'startsOn', 'endsOn'],
            additionalProperties: false,
            properties: {
              key: text,
              name: text,
              startsOn: date,
              endsOn: date,
              description: { type: 'string' },
              steps: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['key', 'name'],
                  additionalProperties: false,
                  properties: { key: text, name: text, description: { type: 'string' }, startsOn: date, endsOn: date },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
