import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RankOrderEnum, ScoringRuleKindEnum } from '../scoring-enums';
import {
  AlternativeScoring,
  ConditionalCapScoring,
  FixedScoring,
  PerItemScoring,
  RangeScoring,
  RuleOptionModel,
  ScoreRangeModel,
  SeriesScoring,
  TieredScoring,
  VetoScoring,
} from './rule-scoring-kinds.model';

export { RuleOptionModel, ScoreRangeModel } from './rule-scoring-kinds.model';

// A scoring rule's kind and that kind's parameters as read on every rule (ScoringRule.scoring) and
// in the template editor: the field named after the kind holds exactly its parameters (the types
// of rule-scoring-kinds.model.ts, the same the editor sends as RuleScoringInput). The flat fields
// are what the admin reads today; they stay until it reads the per-kind fields.

@ObjectType('RuleScoring', { description: '评分规则的计分方式：类型及该类型的参数（未用到的参数为空）' })
export class RuleScoringModel {
  @Field(() => ScoringRuleKindEnum, { description: '类型' })
  kind!: string;

  @Field(() => Float, { nullable: true, description: 'fixed / series：分值' })
  points?: number | null;

  @Field(() => Float, { nullable: true, description: 'range / tiered / conditionalCap：最低分' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'range / tiered / conditionalCap：最高分' })
  max?: number | null;

  @Field(() => Float, { nullable: true, description: 'perItem：每项分值' })
  each?: number | null;

  @Field(() => Float, { nullable: true, description: 'perItem / conditionalCap：封顶分' })
  cap?: number | null;

  @Field(() => String, { nullable: true, description: 'perItem：项目名称' })
  item?: string | null;

  @Field(() => String, { nullable: true, description: 'veto / conditionalCap / series：条件' })
  condition?: string | null;

  @Field(() => String, { nullable: true, description: 'tiered：排名依据' })
  basis?: string | null;

  @Field(() => RankOrderEnum, { nullable: true, description: 'tiered：排名方向' })
  order?: string | null;

  @Field(() => Float, { nullable: true, description: 'tiered：档差（默认 1）' })
  step?: number | null;

  @Field(() => [RuleOptionModel], { nullable: true, description: 'alternative：选项' })
  options?: RuleOptionModel[] | null;

  @Field(() => [Int], { nullable: true, description: 'series：年份' })
  years?: number[] | null;

  @Field(() => ScoreRangeModel, { nullable: true, description: 'tiered：只有一家申报时的评分区间' })
  singleApplicant?: ScoreRangeModel | null;

  @Field(() => FixedScoring, { nullable: true, description: 'fixed 固定分值的参数；其他类型为空' })
  fixed?: FixedScoring | null;

  @Field(() => RangeScoring, { nullable: true, description: 'range 区间评分的参数；其他类型为空' })
  range?: RangeScoring | null;

  @Field(() => AlternativeScoring, { nullable: true, description: 'alternative 择一赋分的参数；其他类型为空' })
  alternative?: AlternativeScoring | null;

  @Field(() => TieredScoring, { nullable: true, description: 'tiered 分档赋分的参数；其他类型为空' })
  tiered?: TieredScoring | null;

  @Field(() => PerItemScoring, { nullable: true, description: 'perItem 按项计分的参数；其他类型为空' })
  perItem?: PerItemScoring | null;

  @Field(() => ConditionalCapScoring, { nullable: true, description: 'conditionalCap 条件封顶的参数；其他类型为空' })
  conditionalCap?: ConditionalCapScoring | null;

  @Field(() => VetoScoring, { nullable: true, description: 'veto 一票否决的参数；其他类型为空' })
  veto?: VetoScoring | null;

  @Field(() => SeriesScoring, { nullable: true, description: 'series 逐年递增的参数；其他类型为空' })
  series?: SeriesScoring | null;

  @Field(() => Boolean, { nullable: true, description: 'verdict 达标判定：为 true；其他类型为空' })
  verdict?: boolean | null;
}
