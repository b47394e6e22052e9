import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@accredit/api-kit';
import { ElectiveChoiceSummaryModel } from '@accredit/indicator-systems';
import type { ScoreSource } from './score-source';
import { RuleScoringModel, ScoringModeEnum, ScoringRuleKindEnum } from '@accredit/indicator-systems';
import { RuleScoreValue } from './rule-score-value.model';

export const ScoreSourceEnum = { self: 'self', expert: 'expert' } as const satisfies Record<ScoreSource, ScoreSource>;
registerEnumType(ScoreSourceEnum, {
  name: 'ScoreSource',
  description: '评分来源',
  valuesMap: { self: { description: '自评（办公室管理员）' }, expert: { description: '专家评分（认定阶段）' } },
});

@ObjectType('RuleScore', { description: '对一条评分规则的一次评分；更新评分会保留旧记录' })
export class RuleScoreModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field(() => ScoreSourceEnum, { description: '自评或专家评分' })
  source!: ScoreSource;

  @Field(() => ID, { description: '评分规则编号；规则本身请读 rule' })
  ruleId!: string;

  @Field(() => Float, { description: '得分（已按规则自身的封顶计算）' })
  points!: number;

  @Field({ description: '一票否决规则且已触发：创建工作不通过' })
  vetoed!: boolean;

  @Field(() => RuleScoreValue, { description: '评分内容：与规则类型同名的一项有值' })
  value!: RuleScoreValue;

  @Field({ description: '得分如何算出（如「5 项 × 2 分 = 10 分，最高 4 分，得 4 分」）' })
  explanation!: string;

  @Field({ description: '评分理由（自评理由 / 专家意见）' })
  comment!: string;

  @Field({ description: '评分人姓名；读 scoredByPerson' })
  scoredBy!: string;

  /** For the scoredByPerson link. */
  scoredById!: string;

  @Field({ description: '评分时间' })
  scoredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: '被新的评分取代的时间；当前有效的评分为空' })
  supersededAt!: Date | null;
}

@ObjectType('ScoreTotals', { description: '合计：指标按分值封顶，总分按满分封顶，一票否决单独标出' })
export class ScoreTotalsModel {
  @Field(() => Float, { description: '总分（封顶后；一票否决时仍显示，但创建工作不通过）' })
  points!: number;

  @Field(() => Float, { description: '封顶前的合计' })
  uncapped!: number;

  @Field(() => Float, { description: '满分' })
  maxTotal!: number;

  @Field({ description: '是否因封顶而减少' })
  capped!: boolean;

  @Field({ description: '是否触发一票否决（取消创建资格）' })
  vetoed!: boolean;

  @Field(() => [String], { description: '触发一票否决的规则序号，如 9.3' })
  vetoedBy!: string[];

  @Field(() => Int, { description: '已评分的规则数' })
  scoredRules!: number;

  @Field(() => Int, { description: '规则总数' })
  rules!: number;

  @Field({ description: '是否每条规则都已评分' })
  complete!: boolean;

  @Field(() => ScoringModeEnum, { description: '计分方式（不计分的达标判定：显示进度和判定结果，不显示分数）' })
  scoringMode!: string;

  @Field({ description: '是否有计分的规则；为 false 时（清单式、达标判定）不显示「0 / 0 分」' })
  hasPoints!: boolean;

  @Field(() => String, { nullable: true, description: '达标判定的汇总结果，如「基本达标」（指标体系的判定等级，故为文字）；尚未全部判定或没有判定规则时为空' })
  verdict!: string | null;

  @Field(() => [VerdictCountModel], { description: '各判定等级的规则数（没有判定规则时为空列表）' })
  verdictCounts!: VerdictCountModel[];

  @Field(() => Int, { description: '已判定的规则数（达标判定）' })
  judgedRules!: number;
}

@ObjectType('VerdictCount', { description: '一个判定等级下的规则数' })
export class VerdictCountModel {
  @Field({ description: '判定等级，如「达标」' })
  label!: string;

  @Field(() => Int, { description: '规则数' })
  count!: number;
}

@ObjectType('RuleScoreLine', { description: '一条评分规则的自评、专家评分与预计得分' })
export class RuleScoreLineModel {
  @Field(() => ID, { description: '评分规则编号；规则本身请读 rule' })
  ruleId!: string;

  @Field({ description: '规则序号，如 1.3（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '评分规则原文' })
  text!: string;

  @Field(() => ScoringRuleKindEnum, { description: '规则类型' })
  kind!: string;

  @Field(() => RuleScoringModel, { description: '计分方式：类型，及与类型同名的一项（该类型的参数）' })
  scoring!: RuleScoringModel;

  @Field(() => Float, { description: '最高可得分' })
  maxPoints!: number;

  @Field(() => RuleScoreModel, { nullable: true, description: '当前自评' })
  self!: RuleScoreModel | null;

  @Field(() => RuleScoreModel, { nullable: true, description: '当前专家评分' })
  expert!: RuleScoreModel | null;

  @Field(() => Float, { description: '预计得分：任务全部通过时按自评计（未自评按满分），否则 0' })
  projected!: number;

  @Field(() => Float, { nullable: true, description: '专家评分减自评（两者都有时）' })
  difference!: number | null;

  @Field(() => Int, { description: '任务数（每个责任部门一项）' })
  tasks!: number;

  @Field(() => Int, { description: '已通过的任务数' })
  approvedTasks!: number;

  @Field(() => Int, { description: '逾期的任务数' })
  lateTasks!: number;

  @Field(() => Int, { description: '被退回的任务数' })
  returnedTasks!: number;
}

@ObjectType('IndicatorScore', { description: '一个指标的得分（按表中顺序平铺，level 表示层级）' })
export class IndicatorScoreModel {
  @Field(() => ID, { description: '指标编号；指标本身请读 indicator' })
  indicatorId!: string;

  @Field({ description: '指标序号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '指标名称' })
  title!: string;

  @Field(() => Int, { description: '层级，顶层为 1' })
  level!: number;

  @Field(() => String, { nullable: true, description: '上级指标序号（指标体系中的编号，故为文字）' })
  parentCode!: string | null;

  @Field(() => Float, { nullable: true, description: '分值（封顶）' })
  maxScore!: number | null;

  @Field(() => Float, { description: '自评得分（封顶后）' })
  self!: number;

  @Field(() => Float, { description: '专家评分（封顶后）' })
  expert!: number;

  @Field(() => Float, { description: '预计得分（封顶后）' })
  projected!: number;

  @Field({ description: '自评是否被指标分值封顶' })
  selfCapped!: boolean;

  @Field({ description: '专家评分是否被指标分值封顶' })
  expertCapped!: boolean;

  @Field({ description: '本指标下是否触发一票否决（自评或专家）' })
  vetoed!: boolean;

  @Field({ description: '是否计分；为 false 时本指标不计分（达标判定），显示判定结果而不是分数' })
  scored!: boolean;

  @Field(() => String, { nullable: true, description: '自评的汇总判定（指标体系的判定等级，默认 达标 / 基本达标 / 未达标，故为文字）；尚未全部判定时为空' })
  selfVerdict!: string | null;

  @Field(() => String, { nullable: true, description: '专家评分的汇总判定（指标体系的判定等级，默认 达标 / 基本达标 / 未达标，故为文字）；尚未全部判定时为空' })
  expertVerdict!: string | null;

  @Field(() => ElectiveChoiceSummaryModel, { nullable: true, description: '选做组的选择情况（已选几项、选择人和时间）；不是选做组时为空' })
  electiveChoice!: ElectiveChoiceSummaryModel | null;

  @Field(() => Boolean, { nullable: true, description: '选做组的可选项是否被选中；不是可选项、或本组尚未选择（各项都计入）时为空' })
  electiveChosen!: boolean | null;

  @Field({ description: '本指标或其上级是未选的选做项：没有任务，得分不计入合计' })
  unchosen!: boolean;

  @Field(() => [RuleScoreLineModel], { description: '本指标自身的评分规则' })
  rules!: RuleScoreLineModel[];
}

@ObjectType('PointsAtRisk', { description: '任务逾期或被退回、可能失分的规则（一票否决在前，分值大的在前）' })
export class PointsAtRiskModel {
  @Field(() => ID, { description: '评分规则编号；规则本身请读 rule' })
  ruleId!: string;

  @Field({ description: '规则序号（指标体系中的编号，故为文字）' })
  ruleCode!: string;

  @Field({ description: '评分规则原文' })
  ruleText!: string;

  @Field({ description: '所属指标序号（指标体系中的编号，故为文字）' })
  indicatorCode!: string;

  @Field(() => Float, { description: '可能失去的分数：已自评按自评分，否则按最高分' })
  points!: number;

  @Field({ description: '是否一票否决规则' })
  veto!: boolean;

  @Field(() => Int, { description: '逾期任务数' })
  lateTasks!: number;

  @Field(() => Int, { description: '被退回任务数' })
  returnedTasks!: number;

  @Field(() => [String], { description: '逾期或被退回的部门' })
  departments!: string[];
}

@ObjectType('ScoreSnapshot', { description: '评分快照：申报认定（自评）和认定通过（专家）时的得分' })
export class ScoreSnapshotModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ScoreSourceEnum)
  source!: ScoreSource;

  @Field(() => Float, { description: '总分（封顶后）' })
  total!: number;

  @Field(() => Float, { description: '满分' })
  maxTotal!: number;

  @Field({ description: '是否一票否决' })
  vetoed!: boolean;

  @Field(() => Int)
  scoredRules!: number;

  @Field(() => Int)
  rules!: number;

  @Field({ description: '快照时间' })
  takenAt!: Date;
}

@ObjectType('CampaignScores', { description: '创建工作的得分：自评与专家评分对照、预计得分、可能失分' })
export class CampaignScoresModel {
  @Field(() => ID, { description: '创建工作的编号；创建工作本身请读 campaign' })
  campaignId!: string;

  @Field({ description: '创建工作当前状态（创建工作流程定义中的状态，故为文字）' })
  campaignState!: string;

  @Field({ description: '办公室管理员现在能否自评（认定阶段和结束后不能）' })
  selfScoringOpen!: boolean;

  @Field({ description: '评审专家现在能否评分（仅认定阶段）' })
  expertScoringOpen!: boolean;

  @Field(() => ScoreTotalsModel, { description: '自评合计' })
  self!: ScoreTotalsModel;

  @Field(() => ScoreTotalsModel, { description: '专家评分合计' })
  expert!: ScoreTotalsModel;

  @Field(() => ScoreTotalsModel, { description: '预计得分合计（已通过的工作可得的分）' })
  projected!: ScoreTotalsModel;

  @Field(() => [IndicatorScoreModel], { description: '各指标得分，按表中顺序平铺' })
  indicators!: IndicatorScoreModel[];

  @Field(() => [PointsAtRiskModel], { description: '可能失分的规则' })
  pointsAtRisk!: PointsAtRiskModel[];

  @Field(() => [ScoreSnapshotModel], { description: '评分快照，按时间先后' })
  snapshots!: ScoreSnapshotModel[];
}

@InputType({ description: '对一条评分规则评分' })
export class ScoreRuleInput {
  @Field(() => ID, { description: '创建工作编号' })
  campaignId!: string;

  @Field(() => ID, { description: '评分规则编号（本创建工作指标体系中的）' })
  ruleId!: string;

  @Field(() => ScoreSourceEnum, { description: 'self 自评（办公室管理员）/ expert 专家评分（评审专家，仅认定阶段）' })
  source!: ScoreSource;

  @Field(() => RuleScoreValue, { description: '评分内容：恰好给出与规则类型同名的一项，如 { fixed: { achieved: true } }' })
  value!: RuleScoreValue;

  @Field({ description: '评分理由（必填）' })
  comment!: string;
}

@ObjectType('ScoreRuleResult', { description: '评分结果' })
export class ScoreRuleResultModel {
  @Field(() => RuleScoreModel, { description: '新的评分' })
  score!: RuleScoreModel;

  @Field({ description: '是否新增了评分（与当前评分完全相同时为 false，不重复记录）' })
  changed!: boolean;

  @Field(() => ScoreTotalsModel, { description: '该来源评分的新合计' })
  totals!: ScoreTotalsModel;
}
