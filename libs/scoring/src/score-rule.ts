import type { RuleParams } from './rule-kind';
import { checkRuleParams } from './rule-params';
import type { RuleInput, RuleScore, ScoreCheck } from './rule-input';
import { formatPoints, hasAtMostTwoDecimals, roundPoints } from './points';
import { tierPoints } from './tiers';

type Raw = Record<string, unknown>;

/** Collects problems while reading the fields of an input object. */
class InputReader {
  readonly problems: string[] = [];

  constructor(
    private readonly raw: Raw,
    private readonly kindLabel: string,
  ) {}

  has(field: string): boolean {
    return this.raw[field] !== undefined;
  }

  value(field: string): unknown {
    return this.raw[field];
  }

  boolean(field: string, meaning: string): boolean {
    const value = this.raw[field];
    if (typeof value !== 'boolean') this.problems.push(`${this.kindLabel}需要填写 ${field}（true 或 false：${meaning}）`);
    return value === true;
  }

  points(field: string, min: number, max: number): number {
    const value = this.raw[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problems.push(`${this.kindLabel}需要填写得分 ${field}（${formatPoints(min)}–${formatPoints(max)} 之间的数）`);
      return 0;
    }
    if (value < min || value > max) this.problems.push(`得分 ${value} 超出本规则的范围 ${formatPoints(min)}–${formatPoints(max)} 分`);
    else if (!hasAtMostTwoDecimals(value)) this.problems.push(`得分 ${value} 最多保留两位小数`);
    return value;
  }

  count(field: string, meaning: string, least: number, most = 100000): number {
    const value = this.raw[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < least || value > most) {
      this.problems.push(`${this.kindLabel}需要填写 ${field}（${meaning}，${least} 以上的整数）`);
      return least;
    }
    return value;
  }

  onlyFields(allowed: string[]): void {
    const unknown = Object.keys(this.raw).filter((key) => key !== 'kind' && !allowed.includes(key));
    if (unknown.length > 0) this.problems.push(`${this.kindLabel}不认识的字段：${unknown.join('、')}（可用：${allowed.join('、')}）`);
  }
}

const done = (input: RuleInput, score: RuleScore, problems: string[]): ScoreCheck => (problems.length > 0 ? { ok: false, problems } : { ok: true, input, score });

/**
 * Scores one rule from what the scorer recorded. Pure: the same params and input always give the
 * same points, so stored inputs can be re-scored and every screen and export agrees.
 * Bad params or input give `{ ok: false, problems }` with Chinese messages, never an exception.
 */
export function scoreRule(rawParams: Record<string, unknown>, rawInput: unknown): ScoreCheck {
  const checked = checkRuleParams(rawParams);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((problem) => `评分规则参数有误：${problem}`) };
  const params = checked.params;
  if (rawInput === null || typeof rawInput !== 'object' || Array.isArray(rawInput)) {
    return { ok: false, problems: [`评分内容应为对象，例如 ${example(params)}`] };
  }
  const raw = rawInput as Raw;
  if (raw['kind'] !== undefined && raw['kind'] !== params.kind) {
    return { ok: false, problems: [`评分内容的类型「${String(raw['kind'])}」与规则类型「${params.kind}」不一致`] };
  }
  return scoreByKind(params, new InputReader(raw, `「${params.kind}」类规则`));
}

/** An example input for a kind, shown when the input is missing altogether. */
export function example(params: RuleParams): string {
  switch (params.kind) {
    case 'fixed':
      return '{"achieved": true}';
    case 'range':
      return `{"points": ${formatPoints(params.max)}}`;
    case 'alternative':
      return `{"option": ${JSON.stringify(params.options[0]?.label ?? '')}}`;
    case 'tiered':
      return '{"rank": 1, "of": 5}';
    case 'perItem':
      return '{"items": 2}';
    case 'conditionalCap':
      return `{"points": ${formatPoints(params.max)}, "conditionMet": false}`;
    case 'veto':
      return '{"triggered": false}';
    case 'series':
      return '{"met": true}';
  }
}

function scoreByKind(params: RuleParams, read: InputReader): ScoreCheck {
  switch (params.kind) {
    case 'fixed': {
      read.onlyFields(['achieved']);
      const achieved = read.boolean('achieved', '是否达到要求');
      const points = achieved ? params.points : 0;
      return done({ kind: 'fixed', achieved }, { points, vetoed: false, capped: false, explanation: achieved ? `达到要求，得 ${formatPoints(points)} 分` : '未达到要求，不得分' }, read.problems);
    }
    case 'range': {
      read.onlyFields(['points']);
      const points = read.points('points', params.min, params.max);
      return done(
        { kind: 'range', points },
        { points, vetoed: false, capped: false, explanation: `视情况评定 ${formatPoints(points)} 分（${formatPoints(params.min)}–${formatPoints(params.max)} 分）` },
        read.problems,
      );
    }
    case 'alternative': {
      read.onlyFields(['option']);
      if (!read.has('option')) {
        read.problems.push(`「alternative」类规则需要填写 option：所符合情形的名称，都不符合时填 null；可选：${params.options.map((o) => o.label).join('、')}`);
        return done({ kind: 'alternative', option: null }, zero(''), read.problems);
      }
      const option = read.value('option');
      if (option === null) return done({ kind: 'alternative', option: null }, zero('不符合任一情形，不得分'), read.problems);
      const chosen = typeof option === 'string' ? params.options.find((candidate) => candidate.label === option.trim()) : undefined;
      if (!chosen) {
        read.problems.push(`情形「${String(option)}」不是本规则的选项；可选：${params.options.map((o) => o.label).join('、')}，都不符合时填 null`);
        return done({ kind: 'alternative', option: null }, zero(''), read.problems);
      }
      return done(
        { kind: 'alternative', option: chosen.label },
        { points: chosen.points, vetoed: false, capped: false, explanation: `${chosen.label}，得 ${formatPoints(chosen.points)} 分` },
        read.problems,
      );
    }
    case 'tiered': {
      if (read.has('rank') || read.has('of')) {
        read.onlyFields(['rank', 'of']);
        const of = read.count('of', '申报单位数', 2, 10000);
        const rank = read.count('rank', `在 ${of} 家申报单位中按「${params.basis ?? '评分依据'}」由高到低的名次`, 1, 10000);
        if (read.problems.length === 0 && rank > of) read.problems.push(`名次 ${rank} 大于申报单位数 ${of}`);
        const points = read.problems.length === 0 ? tierPoints(rank, of, params.min, params.max, params.step ?? 1) : 0;
        return done({ kind: 'tiered', rank, of }, { points, vetoed: false, capped: false, explanation: `${of} 家申报单位中第 ${rank} 名，分档得 ${formatPoints(points)} 分` }, read.problems);
      }
      // A single applicant is judged on its own, within the single-applicant range when the rule has one.
      read.onlyFields(['points', 'rank', 'of']);
      const single = params.singleApplicant ?? { min: params.min, max: params.max };
      if (!read.has('points')) {
        read.problems.push(`「tiered」类规则需要填写名次 rank 和申报单位数 of；只有 1 家申报单位时填写得分 points（${formatPoints(single.min)}–${formatPoints(single.max)}）`);
        return done({ kind: 'tiered', points: 0 }, zero(''), read.problems);
      }
      const points = read.points('points', single.min, single.max);
      return done({ kind: 'tiered', points }, { points, vetoed: false, capped: false, explanation: `只有 1 家申报单位，视情况评定 ${formatPoints(points)} 分` }, read.problems);
    }
    case 'perItem': {
      read.onlyFields(['items']);
      const items = read.count('items', `承担的${params.item ?? '项目'}数`, 0);
      const uncapped = roundPoints(items * params.each);
      const points = Math.min(uncapped, params.cap);
      const capped = uncapped > params.cap;
      const explanation = `${items} 项 × ${formatPoints(params.each)} 分 = ${formatPoints(uncapped)} 分${capped ? `，最高 ${formatPoints(params.cap)} 分，得 ${formatPoints(points)} 分` : ''}`;
      return done({ kind: 'perItem', items }, { points, vetoed: false, capped, explanation }, read.problems);
    }
    case 'conditionalCap': {
      read.onlyFields(['points', 'conditionMet']);
      const judged = read.points('points', params.min, params.max);
      const conditionMet = read.boolean('conditionMet', `是否出现「${params.condition}」`);
      const capped = conditionMet && judged > params.cap;
      const points = capped ? params.cap : judged;
      const explanation = conditionMet
        ? `评定 ${formatPoints(judged)} 分；因${params.condition}，最高 ${formatPoints(params.cap)} 分，得 ${formatPoints(points)} 分`
        : `评定 ${formatPoints(points)} 分（${formatPoints(params.min)}–${formatPoints(params.max)} 分）`;
      return done({ kind: 'conditionalCap', points: judged, conditionMet }, { points, vetoed: false, capped, explanation }, read.problems);
    }
    case 'veto': {
      read.onlyFields(['triggered']);
      const triggered = read.boolean('triggered', `是否发生「${params.condition}」`);
      return done(
        { kind: 'veto', triggered },
        { points: 0, vetoed: triggered, capped: false, explanation: triggered ? `${params.condition}：一票否决，取消创建资格` : `未发生否决情形（${params.condition}）` },
        read.problems,
      );
    }
    case 'series': {
      if (read.has('values')) {
        read.onlyFields(['values']);
        const values = read.value('values');
        if (!Array.isArray(values) || values.length !== params.years.length || !values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
          read.problems.push(`「series」类规则的 values 需要按 ${params.years.join('、')} 年依次填写 ${params.years.length} 个非负数`);
          return done({ kind: 'series', values: [] }, zero(''), read.problems);
        }
        const numbers = values as number[];
        const met = numbers.every((value, index) => index === 0 || value > numbers[index - 1]!);
        const listed = params.years.map((year, index) => `${year}年 ${numbers[index]}`).join('、');
        const points = met ? params.points : 0;
        return done(
          { kind: 'series', values: numbers },
          { points, vetoed: false, capped: false, explanation: `${listed}，${met ? `逐年递增，得 ${formatPoints(points)} 分` : '未逐年递增，不得分'}` },
          read.problems,
        );
      }
      read.onlyFields(['met', 'values']);
      const met = read.boolean('met', `${params.years[0]}–${params.years[params.years.length - 1]} 年是否逐年达到要求`);
      const points = met ? params.points : 0;
      return done({ kind: 'series', met }, { points, vetoed: false, capped: false, explanation: met ? `逐年达到要求，得 ${formatPoints(points)} 分` : '未逐年达到要求，不得分' }, read.problems);
    }
  }
}

function zero(explanation: string): RuleScore {
  return { points: 0, vetoed: false, capped: false, explanation };
}
