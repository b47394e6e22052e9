import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { ScoringRuleKind } from '@accredit/indicator-systems';

/*
 * What a scorer records for one rule, typed per rule kind instead of a JSON object: one field
 * per kind, of which exactly one is given (a @oneOf input). The same shapes describe a recorded
 * score (RuleScore.value), with the field of the rule's kind set and the others empty.
 */

@ObjectType('FixedScoreValue', { description: '固定分值：是否达到要求' })
@InputType('FixedScoreValueInput', { description: '固定分值：是否达到要求' })
export class FixedScoreValue {
  @Field({ description: '达到要求得全部分值，否则 0 分' })
  achieved!: boolean;
}

@ObjectType('PointsScoreValue', { description: '区间评分：在最低分与最高分之间给分' })
@InputType('PointsScoreValueInput', { description: '区间评分：在最低分与最高分之间给分' })
export class PointsScoreValue {
  @Field(() => Float, { description: '给的分数' })
  points!: number;
}

@ObjectType('AlternativeScoreValue', { description: '择一赋分：符合的选项' })
@InputType('AlternativeScoreValueInput', { description: '择一赋分：符合的选项' })
export class AlternativeScoreValue {
  @Field(() => String, { nullable: true, description: '符合的选项名称；都不符合时为空' })
  option!: string | null;
}

@ObjectType('TieredScoreValue', { description: '分档赋分：排名，或只有一家申报时直接给分' })
@InputType('TieredScoreValueInput', { description: '分档赋分：给出 rank 与 of（排名），或只有一家申报时给出 points' })
export class TieredScoreValue {
  @Field(() => Int, { nullable: true, description: '名次（1 为最好）' })
  rank?: number | null;

  @Field(() => Int, { nullable: true, description: '参与排名的单位数' })
  of?: number | null;

  @Field(() => Float, { nullable: true, description: '只有一家申报时给的分数' })
  points?: number | null;
}

@ObjectType('PerItemScoreValue', { description: '按项计分：符合的项数' })
@InputType('PerItemScoreValueInput', { description: '按项计分：符合的项数' })
export class PerItemScoreValue {
  @Field(() => Int, { description: '符合的项数' })
  items!: number;
}

@ObjectType('ConditionalCapScoreValue', { description: '条件封顶：给分，以及封顶条件是否成立' })
@InputType('ConditionalCapScoreValueInput', { description: '条件封顶：给分，以及封顶条件是否成立' })
export class ConditionalCapScoreValue {
  @Field(() => Float, { description: '给的分数' })
  points!: number;

  @Field({ description: '封顶条件成立（如「未处于前30%」），最多得封顶分' })
  conditionMet!: boolean;
}

@ObjectType('VetoScoreValue', { description: '一票否决：是否发生' })
@InputType('VetoScoreValueInput', { description: '一票否决：是否发生' })
export class VetoScoreValue {
  @Field({ description: '发生了否决事项' })
  triggered!: boolean;
}

@ObjectType('SeriesScoreValue', { description: '逐年递增：是否逐年递增，或各年的数值' })
@InputType('SeriesScoreValueInput', { description: '逐年递增：给出 met（是否逐年递增），或 values（各年数值，按规则的年份）' })
export class SeriesScoreValue {
  @Field(() => Boolean, { nullable: true, description: '是否逐年递增' })
  met?: boolean | null;

  @Field(() => [Float], { nullable: true, description: '各年的数值，按规则的年份先后' })
  values?: number[] | null;
}

@ObjectType('VerdictScoreValue', { description: '达标判定：判定结果' })
@InputType('VerdictScoreValueInput', { description: '达标判定：判定结果' })
export class VerdictScoreValue {
  @Field({ description: '判定等级的名称，如「达标」（指标体系的判定等级，故为文字）' })
  verdict!: string;
}

/** One field per rule kind; as an input exactly one is given (@oneOf), the one of the rule's kind. */
@ObjectType('RuleScoreValue', { description: '评分内容：与规则类型同名的一项有值' })
@InputType('RuleScoreValueInput', { isOneOf: true, description: '评分内容：恰好给出与规则类型同名的一项' })
export class RuleScoreValue {
  @Field(() => FixedScoreValue, { nullable: true, description: 'fixed 固定分值' })
  fixed?: FixedScoreValue | null;

  @Field(() => PointsScoreValue, { nullable: true, description: 'range 区间评分' })
  range?: PointsScoreValue | null;

  @Field(() => AlternativeScoreValue, { nullable: true, description: 'alternative 择一赋分' })
  alternative?: AlternativeScoreValue | null;

  @Field(() => TieredScoreValue, { nullable: true, description: 'tiered 分档赋分' })
  tiered?: TieredScoreValue | null;

  @Field(() => PerItemScoreValue, { nullable: true, description: 'perItem 按项计分' })
  perItem?: PerItemScoreValue | null;

  @Field(() => ConditionalCapScoreValue, { nullable: true, description: 'conditionalCap 条件封顶' })
  conditionalCap?: ConditionalCapScoreValue | null;

  @Field(() => VetoScoreValue, { nullable: true, description: 'veto 一票否决' })
  veto?: VetoScoreValue | null;

  @Field(() => SeriesScoreValue, { nullable: true, description: 'series 逐年递增' })
  series?: SeriesScoreValue | null;

  @Field(() => VerdictScoreValue, { nullable: true, description: 'verdict 达标判定' })
  verdict?: VerdictScoreValue | null;
}

const KINDS: readonly ScoringRuleKind[] = ['fixed', 'range', 'alternative', 'tiered', 'perItem', 'conditionalCap', 'veto', 'series', 'verdict'];

/**
 * The stored form of a typed value: the kind's fields as the scoring library reads them (empty
 * ones left out), with the kind the value was given for.
 */
export function fromScoreValue(value: RuleScoreValue): { kind: ScoringRuleKind; input: Record<string, unknown> } | null {
  const given = KINDS.filter((kind) => value[kind] !== null && value[kind] !== undefined);
  if (given.length !== 1) return null;
  const kind = given[0];
  const fields = value[kind] as unknown as Record<string, unknown>;
  const input = Object.fromEntries(Object.entries(fields).filter(([key, field]) => field !== undefined && (field !== null || (kind === 'alternative' && key === 'option'))));
  if (kind === 'alternative' && !('option' in input)) input['option'] = null;
  return { kind, input };
}

/** A recorded input as the typed value of its rule's kind. */
export function toScoreValue(kind: string, input: Record<string, unknown>): RuleScoreValue {
  const value = new RuleScoreValue();
  if ((KINDS as readonly string[]).includes(kind)) {
    const { kind: _stored, ...fields } = input;
    (value as unknown as Record<string, unknown>)[kind] = fields;
  }
  return value;
}
