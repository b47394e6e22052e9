import { Field, ObjectType } from '@nestjs/graphql';
import { type ScoringRuleKind, ScoringRuleKindEnum } from '../scoring-enums';
import { AlternativeScoring, ConditionalCapScoring, FixedScoring, PerItemScoring, RangeScoring, SeriesScoring, TieredScoring, VetoScoring } from './rule-scoring-kinds.model';

export { RuleOptionModel, ScoreRangeModel } from './rule-scoring-kinds.model';

// A scoring rule's kind and that kind's parameters as read on every rule (ScoringRule.scoring) and
// in the template editor: the field named after the kind holds exactly its parameters (the types
// of rule-scoring-kinds.model.ts), the others are null — the same shape the editor sends back as
// the @oneOf RuleScoringInput, so a rule read, edited and saved keeps its parameters. An object
// rather than a union: GraphQL has no output @oneOf, and a union would need a placeholder member
// for verdict (no parameters) and aliases where members type `condition` differently.

@ObjectType('RuleScoring', { description: '评分规则的计分方式：类型，及与类型同名的一项（该类型的参数）；其他类型的项为空' })
export class RuleScoringModel {
  @Field(() => ScoringRuleKindEnum, { description: '类型' })
  kind!: ScoringRuleKind;

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

  @Field(() => Boolean, { nullable: true, description: 'verdict 达标判定（没有参数）：为 true；其他类型为空' })
  verdict?: boolean | null;
}
