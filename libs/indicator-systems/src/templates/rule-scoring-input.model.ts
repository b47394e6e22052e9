import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { RankOrderEnum } from '../scoring-enums';
import { RuleOptionModel, ScoreRangeModel } from './rule-scoring.model';

/*
 * How a rule scores, as the editor sends it: one input per kind with exactly that kind's
 * parameters (required where the kind requires them), under a @oneOf input of which exactly one
 * field is given — the one named after the kind. The shapes follow RuleParams (@accredit/scoring);
 * toRuleParams maps them, one case per kind.
 */

@InputType('FixedScoringInput', { description: '固定分值：达到要求得全部分值' })
export class FixedScoringInput {
  @Field(() => Float, { description: '分值' })
  points!: number;
}

@InputType('RangeScoringInput', { description: '区间评分：在最低分与最高分之间给分' })
export class RangeScoringInput {
  @Field(() => Float, { description: '最低分' })
  min!: number;

  @Field(() => Float, { description: '最高分' })
  max!: number;
}

@InputType('AlternativeScoringInput', { description: '择一赋分：符合哪个选项得哪个选项的分' })
export class AlternativeScoringInput {
  @Field(() => [RuleOptionModel], { description: '选项（至少两个，名称不重复）' })
  options!: RuleOptionModel[];
}

@InputType('TieredScoringInput', { description: '分档赋分：按排名在最低分与最高分之间分档' })
export class TieredScoringInput {
  @Field(() => Float, { description: '最低分' })
  min!: number;

  @Field(() => Float, { description: '最高分' })
  max!: number;

  @Field(() => String, { nullable: true, description: '排名依据，如「人均财政科普经费」' })
  basis?: string | null;

  @Field(() => RankOrderEnum, { nullable: true, description: '排名方向' })
  order?: 'asc' | 'desc' | null;

  @Field(() => Float, { nullable: true, description: '档差；为空即 1' })
  step?: number | null;

  @Field(() => ScoreRangeModel, { nullable: true, description: '只有一家申报时的评分区间' })
  singleApplicant?: ScoreRangeModel | null;
}

@InputType('PerItemScoringInput', { description: '按项计分：每项得分，累计封顶' })
export class PerItemScoringInput {
  @Field(() => Float, { description: '每项分值' })
  each!: number;

  @Field(() => Float, { description: '封顶分' })
  cap!: number;

  @Field(() => String, { nullable: true, description: '项目名称' })
  item?: string | null;
}

@InputType('ConditionalCapScoringInput', { description: '条件封顶：区间评分，条件成立时最多得封顶分' })
export class ConditionalCapScoringInput {
  @Field(() => Float, { description: '最低分' })
  min!: number;

  @Field(() => Float, { description: '最高分' })
  max!: number;

  @Field(() => Float, { description: '条件成立时的封顶分' })
  cap!: number;

  @Field({ description: '封顶条件，如「未处于前30%」' })
  condition!: string;
}

@InputType('VetoScoringInput', { description: '一票否决：发生即取消资格' })
export class VetoScoringInput {
  @Field({ description: '否决条件' })
  condition!: string;
}

@InputType('SeriesScoringInput', { description: '逐年递增：各年逐年递增得分' })
export class SeriesScoringInput {
  @Field(() => Float, { description: '分值' })
  points!: number;

  @Field(() => [Int], { description: '年份（至少两个）' })
  years!: number[];

  @Field(() => String, { nullable: true, description: '递增的是什么，如「人均科普经费逐年递增」' })
  condition?: string | null;
}

/** One field per kind; exactly one is given (@oneOf). A verdict rule has no parameters: `verdict: true`. */
@InputType('RuleScoringInput', { isOneOf: true, description: '评分规则的计分方式：恰好给出一项，与规则类型同名，内含该类型的参数' })
export class RuleScoringInput {
  @Field(() => FixedScoringInput, { nullable: true, description: 'fixed 固定分值' })
  fixed?: FixedScoringInput | null;

  @Field(() => RangeScoringInput, { nullable: true, description: 'range 区间评分' })
  range?: RangeScoringInput | null;

  @Field(() => AlternativeScoringInput, { nullable: true, description: 'alternative 择一赋分' })
  alternative?: AlternativeScoringInput | null;

  @Field(() => TieredScoringInput, { nullable: true, description: 'tiered 分档赋分' })
  tiered?: TieredScoringInput | null;

  @Field(() => PerItemScoringInput, { nullable: true, description: 'perItem 按项计分（封顶）' })
  perItem?: PerItemScoringInput | null;

  @Field(() => ConditionalCapScoringInput, { nullable: true, description: 'conditionalCap 条件封顶' })
  conditionalCap?: ConditionalCapScoringInput | null;

  @Field(() => VetoScoringInput, { nullable: true, description: 'veto 一票否决' })
  veto?: VetoScoringInput | null;

  @Field(() => SeriesScoringInput, { nullable: true, description: 'series 逐年递增' })
  series?: SeriesScoringInput | null;

  @Field(() => Boolean, { nullable: true, description: 'verdict 达标判定（不计分，没有参数）：填 true' })
  verdict?: boolean | null;
}
