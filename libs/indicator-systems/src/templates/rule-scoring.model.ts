import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RankOrderEnum, ScoringRuleKindEnum } from '../scoring-enums';

// A scoring rule's kind and that kind's parameters as read on every rule (ScoringRule.scoring) and
// in the template editor: one flat object. What the editor sends is RuleScoringInput, one input
// per kind (rule-scoring-input.model.ts). Apart from the other models so that both can import it.

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
}
