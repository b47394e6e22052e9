import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RankOrderEnum } from '../scoring-enums';

/*
 * How a rule scores, typed per kind: one type per kind with exactly that kind's parameters
 * (required where the kind requires them). The editor sends them under a @oneOf input of which
 * exactly one field is given — the one named after the kind; a rule reads them back the same way
 * (RuleScoring, the field of its kind set). The shapes follow RuleParams (@accredit/scoring);
 * toRuleParams and toRuleScoringModel map them, one case per kind.
 */

@ObjectType('RuleOption', { description: '择一赋分的一个选项' })
@InputType('RuleOptionInput', { description: '择一赋分的一个选项' })
export class RuleOptionModel {
  @Field({ description: '选项名称' })
  label!: string;

  @Field(() => Float, { description: '分值' })
  points!: number;
}

@ObjectType('ScoreRange', { description: '分数区间' })
@InputType('ScoreRangeInput', { description: '分数区间' })
export class ScoreRangeModel {
  @Field(() => Float, { description: '最低分' })
  min!: number;

  @Field(() => Float, { description: '最高分' })
  max!: number;
}

@ObjectType('FixedScoring', { description: '固定分值：达到要求得全部分值' })
@InputType('FixedScoringInput', { description: '固定分值：达到要求得全部分值' })
export class FixedScoring {
  @Field(() => Float, { description: '分值' })
  points!: number;
}

@ObjectType('RangeScoring', { description: '区间评分：在最低分与最高分之间给分' })
@InputType('RangeScoringInput', { description: '区间评分：在最低分与最高分之间给分' })
export class RangeScoring {
  @Field(() => Float, { description: '最低分' })
  min!: number;

  @Field(() => Float, { description: '最高分' })
  max!: number;
}

@ObjectType('AlternativeScoring', { description: '择一赋分：符合哪个选项得哪个选项的分' })
@InputType('AlternativeScoringInput', { description: '择一赋分：符合哪个选项得哪个选项的分' })
export class AlternativeScoring {
  @Field(() => [RuleOptionModel], { description: '选项（至少两个，名称不重复）' })
  options!: RuleOptionModel[];
}

@ObjectType('TieredScoring', { description: '分档赋分：按排名在最低分与最高分之间分档' })
@InputType('TieredScoringInput', { description: '分档赋分：按排名在最低分与最高分之间分档' })
export class TieredScoring {
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

@ObjectType('PerItemScoring', { description: '按项计分：每项得分，累计封顶' })
@InputType('PerItemScoringInput', { description: '按项计分：每项得分，累计封顶' })
export class PerItemScoring {
  @Field(() => Float, { description: '每项分值' })
  each!: number;

  @Field(() => Float, { description: '封顶分' })
  cap!: number;

  @Field(() => String, { nullable: true, description: '项目名称' })
  item?: string | null;
}

@ObjectType('ConditionalCapScoring', { description: '条件封顶：区间评分，条件成立时最多得封顶分' })
@InputType('ConditionalCapScoringInput', { description: '条件封顶：区间评分，条件成立时最多得封顶分' })
export class ConditionalCapScoring {
  @Field(() => Float, { description: '最低分' })
  min!: number;

  @Field(() => Float, { description: '最高分' })
  max!: number;

  @Field(() => Float, { description: '条件成立时的封顶分' })
  cap!: number;

  @Field({ description: '封顶条件，如「未处于前30%」' })
  condition!: string;
}

@ObjectType('VetoScoring', { description: '一票否决：发生即取消资格' })
@InputType('VetoScoringInput', { description: '一票否决：发生即取消资格' })
export class VetoScoring {
  @Field({ description: '否决条件' })
  condition!: string;
}

@ObjectType('SeriesScoring', { description: '逐年递增：各年逐年递增得分' })
@InputType('SeriesScoringInput', { description: '逐年递增：各年逐年递增得分' })
export class SeriesScoring {
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
  @Field(() => FixedScoring, { nullable: true, description: 'fixed 固定分值' })
  fixed?: FixedScoring | null;

  @Field(() => RangeScoring, { nullable: true, description: 'range 区间评分' })
  range?: RangeScoring | null;

  @Field(() => AlternativeScoring, { nullable: true, description: 'alternative 择一赋分' })
  alternative?: AlternativeScoring | null;

  @Field(() => TieredScoring, { nullable: true, description: 'tiered 分档赋分' })
  tiered?: TieredScoring | null;

  @Field(() => PerItemScoring, { nullable: true, description: 'perItem 按项计分（封顶）' })
  perItem?: PerItemScoring | null;

  @Field(() => ConditionalCapScoring, { nullable: true, description: 'conditionalCap 条件封顶' })
  conditionalCap?: ConditionalCapScoring | null;

  @Field(() => VetoScoring, { nullable: true, description: 'veto 一票否决' })
  veto?: VetoScoring | null;

  @Field(() => SeriesScoring, { nullable: true, description: 'series 逐年递增' })
  series?: SeriesScoring | null;

  @Field(() => Boolean, { nullable: true, description: 'verdict 达标判定（不计分，没有参数）：填 true' })
  verdict?: boolean | null;
}
