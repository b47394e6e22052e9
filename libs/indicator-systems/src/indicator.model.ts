import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ElectiveCountingEnum, ResponsibleRoleEnum, ScoringModeEnum, ScoringRuleKindEnum, VerdictRollUpEnum } from './scoring-enums';
// A rule's typed parameters are the template editor's type (one RuleScoring for reading and editing).
import { RuleScoringModel } from './templates/rule-scoring.model';

@ObjectType('IndicatorElective', { description: '选做组：下级指标是可选项，参与单位选 min 到 max 项' })
export class ElectiveGroupModel {
  @Field(() => Int, { description: '至少选几项' })
  min!: number;

  @Field(() => Int, { description: '最多选几项' })
  max!: number;

  @Field(() => ElectiveCountingEnum, { description: '未选项如何计分' })
  counting!: string;

  @Field(() => Int, { nullable: true, description: 'bestN 时计分的项数；为空时取 min' })
  best!: number | null;
}

@ObjectType('VerdictOption', { description: '一个判定等级，如「达标」' })
export class VerdictOptionModel {
  @Field({ description: '名称' })
  label!: string;

  @Field(() => Float, { nullable: true, description: '数值（如 1 / 0.5 / 0），按平均值汇总时使用' })
  value!: number | null;
}

@ObjectType('VerdictScale', { description: '不计分（达标判定）的判定等级，从好到差' })
export class VerdictScaleModel {
  @Field(() => [VerdictOptionModel], { description: '判定等级，从好到差' })
  options!: VerdictOptionModel[];

  @Field(() => VerdictRollUpEnum, { description: '汇总方式' })
  rollUp!: string;
}

@ObjectType('Indicator', { description: '指标（树形，任意层级；可按分值、权重计分，可为选做组或不计分的达标判定）' })
export class IndicatorModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '指标序号，如「1」或「A1」（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '指标名称' })
  title!: string;

  @Field(() => Float, { nullable: true, description: '分值；无分值的体系为空' })
  maxScore!: number | null;

  @Field(() => Int, { description: '层级，顶层为 1' })
  level!: number;

  @Field(() => Float, { nullable: true, description: '权重（上级按权重计分时）；无则为空' })
  weight!: number | null;

  @Field(() => ScoringModeEnum, { nullable: true, description: '本指标自己写明的计分方式（weights 或 verdicts）；为空即按分值或随上级' })
  scoringMode!: string | null;

  @Field(() => ElectiveGroupModel, { nullable: true, description: '选做组：其下级指标为可选项；不是选做组时为空' })
  elective!: ElectiveGroupModel | null;

  @Field(() => ID, { nullable: true, description: '上级指标编号；顶层指标为空；指标本身请读 parent' })
  parentId!: string | null;
  systemId!: string;
}

@ObjectType('EvidenceRequirement', { description: '相关指标考察内容（佐证材料要求），如 1-1' })
export class EvidenceRequirementModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '考察内容编号，如「1-1」（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '考察内容原文' })
  text!: string;

  indicatorId!: string;
}

@ObjectType('ScoringRule', { description: '评分规则；计分方式作为数据保存' })
export class ScoringRuleModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '规则在指标内的序号，如「1.3」（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '评分规则原文' })
  text!: string;

  @Field(() => Float, { description: '最高可得分（区间 0-3 分为 3，一票否决为 0）' })
  points!: number;

  @Field(() => ScoringRuleKindEnum, { description: '规则类型' })
  kind!: string;

  @Field(() => RuleScoringModel, { description: '计分方式：类型，及与类型同名的一项（该类型的参数）' })
  scoring!: RuleScoringModel;

  @Field(() => String, { nullable: true, description: '备注' })
  note!: string | null;

  @Field({ description: '表中写「本单位」：本单位自己的工作，不继承上一行的责任单位（没有责任单位的规则也由本单位办公室负责）' })
  organisationOwned!: boolean;

  indicatorId!: string;
}

@ObjectType('ResponsibleUnit', { description: '责任单位：一个部门或一个部门组' })
export class ResponsibleUnitModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '名称（如表中所写）' })
  name!: string;

  @Field({ description: '是否为部门组（如「各镇街」），组会展开为成员单位' })
  isGroup!: boolean;

  @Field(() => ResponsibleRoleEnum, { description: '牵头或配合' })
  role!: string;

  @Field({ description: '表中该格为空，责任单位继承自上一行' })
  inherited!: boolean;

  departmentId!: string | null;
  groupId!: string | null;
}
