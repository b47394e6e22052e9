import type { RuleKind, RuleParams } from './rule-kind';
import { type ParamsCheck, checkRuleParams } from './rule-params';

type ParamsOf<K extends RuleKind> = Extract<RuleParams, { kind: K }>;

/** The parameters each kind takes besides `kind`, in the order the standards state them. */
export const RULE_PARAM_FIELDS: { readonly [K in RuleKind]: readonly Exclude<keyof ParamsOf<K>, 'kind'>[] } = {
  fixed: ['points'],
  range: ['min', 'max'],
  alternative: ['options'],
  tiered: ['min', 'max', 'basis', 'order', 'step', 'singleApplicant'],
  perItem: ['each', 'cap', 'item'],
  conditionalCap: ['min', 'max', 'cap', 'condition'],
  veto: ['condition'],
  series: ['points', 'years', 'condition'],
};

type Raw = Record<string, unknown>;

/** Reads the optional and text parameters that checkRuleParams leaves unchecked, noting what is wrong. */
class OptionalReader {
  readonly problems: string[] = [];
  constructor(
    private readonly raw: Raw,
    private readonly kind: RuleKind,
  ) {}

  text(field: string, required: boolean): string | undefined {
    const value = this.raw[field];
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
    this.problems.push(`「${this.kind}」类规则的 ${field} 须为不空的文字`);
    return undefined;
  }

  order(): 'asc' | 'desc' | undefined {
    const value = this.raw['order'];
    if (value === undefined || value === 'asc' || value === 'desc') return value;
    this.problems.push(`「${this.kind}」类规则的排名方向 order 只能是 asc（越小越好）或 desc（越大越好）`);
    return undefined;
  }
}

const optional = <F extends string, V>(field: F, value: V | undefined): { [K in F]?: V } => (value === undefined ? {} : ({ [field]: value } as { [K in F]: V }));

/**
 * The parameters of a kind with exactly that kind's fields, from values checkRuleParams accepted.
 * The switch is checked by the compiler: every kind, and each kind's required fields.
 */
function build(raw: Raw, kind: RuleKind, read: OptionalReader): RuleParams {
  const number = (field: string) => raw[field] as number;
  switch (kind) {
    case 'fixed':
      return { kind, points: number('points') };
    case 'range':
      return { kind, min: number('min'), max: number('max') };
    case 'alternative':
      return { kind, options: (raw['options'] as { label: string; points: number }[]).map(({ label, points }) => ({ label, points })) };
    case 'tiered': {
      const single = raw['singleApplicant'] as { min: number; max: number } | undefined;
      return {
        kind,
        min: number('min'),
        max: number('max'),
        ...optional('basis', read.text('basis', false)),
        ...optional('order', read.order()),
        ...optional('step', raw['step'] as number | undefined),
        ...optional('singleApplicant', single && { kind: 'range' as const, min: single.min, max: single.max }),
      };
    }
    case 'perItem':
      return { kind, each: number('each'), cap: number('cap'), ...optional('item', read.text('item', false)) };
    case 'conditionalCap':
      return { kind, min: number('min'), max: number('max'), cap: number('cap'), condition: read.text('condition', true) ?? '' };
    case 'veto':
      return { kind, condition: read.text('condition', true) ?? '' };
    case 'series':
      return { kind, points: number('points'), years: [...(raw['years'] as number[])], ...optional('condition', read.text('condition', false)) };
  }
}

/**
 * A rule's parameters as written by hand (a table's 计分参数 cell): checked like checkRuleParams,
 * and besides refused when they name a parameter the kind does not take or give a text parameter
 * that is not text. Returns exactly the kind's parameters, so nothing unread is stored.
 */
export function parseRuleParams(raw: Raw): ParamsCheck {
  const checked = checkRuleParams(raw);
  if (!checked.ok) return checked;
  const { kind } = checked.params;
  const allowed: readonly string[] = RULE_PARAM_FIELDS[kind];
  const unknown = Object.keys(raw).filter((field) => field !== 'kind' && !allowed.includes(field));
  const read = new OptionalReader(raw, kind);
  const params = build(raw, kind, read);
  const problems = [...(unknown.length > 0 ? [`「${kind}」类规则没有参数 ${unknown.join('、')}（可用：${allowed.join('、')}）`] : []), ...read.problems];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, params, maximum: checked.maximum };
}
