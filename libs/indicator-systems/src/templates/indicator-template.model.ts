import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ElectiveGroupModel, VerdictScaleModel } from '../indicator.model';
import { ElectiveCountingEnum, ProblemSeverityEnum, ResponsibleRoleEnum, ScoringModeEnum, VerdictRollUpEnum } from '../scoring-enums';
import { RuleScoringInput } from './rule-scoring-kinds.model';
import { RuleScoringModel } from './rule-scoring.model';

export { RuleOptionModel, RuleScoringModel, ScoreRangeModel } from './rule-scoring.model';

@ObjectType('IndicatorTemplateVersion', { description: '指标体系模板的一个版本（版本保存后不再改变）' })
export class IndicatorTemplateVersionModel {
  @Field(() => ID, { description: '编号（用于查看、编辑、设置创建工作）' })
  id!: string;

  @Field(() => Int, { description: '版本号' })
  version!: number;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => String, { nullable: true, description: '来源文件名（导入的表格或模板文件）' })
  source!: string | null;

  @Field({ description: '保存时间' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: '保存人（用户名）；种子数据和模板文件为空' })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: '所属单位名称；平台模板为空' })
  ownerName!: string | null;

  @Field({ description: '是否为本单位自己的模板（否则为上级共享或平台提供）' })
  own!: boolean;

  @Field(() => Float, { nullable: true, description: '总分；不计分的体系为空' })
  totalScore!: number | null;

  @Field(() => ScoringModeEnum, { description: '计分方式' })
  scoringMode!: string;
}

@ObjectType('IndicatorTemplate', { description: '本单位可用的一个指标体系模板（本单位的、上级共享的、平台的），含各版本' })
export class IndicatorTemplateModel {
  @Field({ description: '模板标识（导入或上传模板时确定，故为文字）' })
  key!: string;

  @Field({ description: '名称（最新版本的）' })
  title!: string;

  @Field(() => [IndicatorTemplateVersionModel], { description: '各版本，新的在前' })
  versions!: IndicatorTemplateVersionModel[];
}

@ObjectType('TemplateUnit', { description: '责任单位及其角色' })
@InputType('TemplateUnitInput', { description: '责任单位及其角色' })
export class TemplateUnitModel {
  @Field({ description: '部门或部门组名称' })
  name!: string;

  @Field(() => ResponsibleRoleEnum, { description: '牵头或配合（每条规则恰有一个牵头单位）' })
  role!: string;
}

@ObjectType('TemplateRule', { description: '指标体系树中的一条评分规则' })
export class TemplateRuleModel {
  @Field({ description: '评分规则原文' })
  text!: string;

  @Field(() => Float, { description: '最高可得分（一票否决、达标判定为 0）' })
  points!: number;

  @Field(() => RuleScoringModel, { description: '计分方式' })
  scoring!: RuleScoringModel;

  @Field(() => [TemplateUnitModel], { description: '表中写明的责任单位；为空时继承上一条规则的（见 effectiveUnits）' })
  units!: TemplateUnitModel[];

  @Field(() => [TemplateUnitModel], { description: '实际的责任单位（继承后）；为空即本单位自己的工作，由本单位办公室负责' })
  effectiveUnits!: TemplateUnitModel[];

  @Field({ description: '备注' })
  note!: string;

  @Field({ description: '「本单位」：本单位自己的工作，不继承上一条规则的责任单位' })
  organisationOwned!: boolean;
}

@ObjectType('TemplateRequirement', { description: '考察内容' })
@InputType('TemplateRequirementInput', { description: '考察内容' })
export class TemplateRequirementModel {
  @Field({ description: '编号，如「1-1」（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '原文' })
  text!: string;
}

@ObjectType('TemplateNode', { description: '指标体系树的一个指标（平铺，按表中顺序，以 parentKey 指向上级）' })
export class TemplateNodeModel {
  @Field({ description: '在本树中唯一的标识（编辑时生成，故为文字）' })
  key!: string;

  @Field(() => String, { nullable: true, description: '上级指标的 key（编辑时生成，故为文字）；顶层为空' })
  parentKey!: string | null;

  @Field({ description: '指标序号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '名称' })
  title!: string;

  @Field(() => Float, { nullable: true, description: '表中写明的分值；为空即其下合计' })
  maxScore!: number | null;

  @Field(() => Float, { nullable: true, description: '权重（上级按权重计分时）' })
  weight!: number | null;

  @Field(() => ScoringModeEnum, { nullable: true, description: '本指标自己的计分方式（weights 或 verdicts）；为空即按分值或随上级' })
  scoringMode!: string | null;

  @Field(() => ElectiveGroupModel, { nullable: true, description: '选做组' })
  elective!: ElectiveGroupModel | null;

  @Field(() => [TemplateRequirementModel], { description: '考察内容' })
  requirements!: TemplateRequirementModel[];

  @Field(() => [TemplateRuleModel], { description: '评分规则' })
  rules!: TemplateRuleModel[];
}

@ObjectType('IndicatorTemplateTree', { description: '一个模板版本的完整指标体系树' })
export class IndicatorTemplateTreeModel {
  @Field(() => ID, { description: '模板版本编号' })
  id!: string;

  @Field({ description: '模板标识（导入或上传模板时确定，故为文字）' })
  key!: string;

  @Field(() => Int, { description: '版本号' })
  version!: number;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => String, { nullable: true, description: '来源文件名' })
  source!: string | null;

  @Field(() => Float, { nullable: true, description: '表中写明的总分' })
  totalScore!: number | null;

  @Field(() => ScoringModeEnum, { description: '计分方式' })
  scoringMode!: string;

  @Field(() => VerdictScaleModel, { nullable: true, description: '表中写明的判定等级（不计分的部分使用）；为空即平台默认：达标 / 基本达标 / 未达标，取最差。原样送回保存不产生新版本' })
  verdicts!: VerdictScaleModel | null;

  @Field(() => Float, { description: '满分（按计分库算出；不计分为 0）' })
  maxTotal!: number;

  @Field(() => [TemplateNodeModel], { description: '指标，平铺，按表中顺序（深度优先）' })
  nodes!: TemplateNodeModel[];
}

@ObjectType('TemplateProblem', { description: '指标体系的一个问题及其位置' })
export class TemplateProblemModel {
  @Field(() => String, { nullable: true, description: '所在指标的 key（编辑时生成，故为文字）；关于整个体系时为空' })
  nodeKey!: string | null;

  @Field(() => Int, { nullable: true, description: '所在评分规则的序号（从 0 起）' })
  ruleIndex!: number | null;

  @Field({ description: '路径，如 indicators[0].children[1].rules[2].points' })
  path!: string;

  @Field({ description: '说明及如何改正' })
  message!: string;

  @Field(() => ProblemSeverityEnum, { description: '严重程度：须改正或提醒' })
  severity!: string;
}

@InputType('ElectiveGroupInput', { description: '选做组' })
export class ElectiveGroupInput {
  @Field(() => Int, { description: '至少选几项' })
  min!: number;

  @Field(() => Int, { description: '最多选几项' })
  max!: number;

  @Field(() => ElectiveCountingEnum, { description: '未选项如何计分' })
  counting!: string;

  @Field(() => Int, { nullable: true, description: 'bestN 时计分的项数' })
  best?: number | null;
}

@InputType('VerdictOptionInput', { description: '判定等级' })
export class VerdictOptionInput {
  @Field({ description: '名称' })
  label!: string;

  @Field(() => Float, { nullable: true, description: '数值' })
  value?: number | null;
}

@InputType('VerdictScaleInput', { description: '判定等级，从好到差' })
export class VerdictScaleInput {
  @Field(() => [VerdictOptionInput], { description: '判定等级' })
  options!: VerdictOptionInput[];

  @Field(() => VerdictRollUpEnum, { nullable: true, description: '汇总方式；为空即取最差' })
  rollUp?: string | null;
}

@InputType('TemplateRuleInput', { description: '评分规则' })
export class TemplateRuleInput {
  @Field({ description: '评分规则原文' })
  text!: string;

  @Field(() => Float, { description: '最高可得分' })
  points!: number;

  @Field(() => RuleScoringInput, { description: '计分方式：恰好一项，与规则类型同名' })
  scoring!: RuleScoringInput;

  @Field(() => [TemplateUnitModel], { description: '责任单位（恰有一个牵头）；为空即继承上一条规则的，没有上一条即本单位自己的工作' })
  units!: TemplateUnitModel[];

  @Field(() => String, { nullable: true, description: '备注' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: '「本单位」：本单位自己的工作，不继承上一条规则的责任单位' })
  organisationOwned?: boolean | null;
}

@InputType('TemplateNodeInput', { description: '指标（平铺，以 parentKey 指向上级）' })
export class TemplateNodeInput {
  @Field({ description: '在本树中唯一的标识，可沿用查询结果中的 key，新指标任取（故为文字）' })
  key!: string;

  @Field(() => String, { nullable: true, description: '上级指标的 key（编辑时生成，故为文字）；顶层为空' })
  parentKey?: string | null;

  @Field({ description: '指标序号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '名称' })
  title!: string;

  @Field(() => Float, { nullable: true, description: '分值；为空即其下合计' })
  maxScore?: number | null;

  @Field(() => Float, { nullable: true, description: '权重' })
  weight?: number | null;

  @Field(() => ScoringModeEnum, { nullable: true, description: '本指标自己的计分方式（weights 或 verdicts）；为空即按分值或随上级' })
  scoringMode?: string | null;

  @Field(() => ElectiveGroupInput, { nullable: true, description: '选做组' })
  elective?: ElectiveGroupInput | null;

  @Field(() => [TemplateRequirementModel], { nullable: true, description: '考察内容' })
  requirements?: TemplateRequirementModel[] | null;

  @Field(() => [TemplateRuleInput], { nullable: true, description: '评分规则' })
  rules?: TemplateRuleInput[] | null;
}

@InputType('IndicatorTemplateTreeInput', { description: '编辑后的整棵指标体系树' })
export class IndicatorTemplateTreeInput {
  @Field(() => ID, { description: '在哪个模板版本上编辑（新版本沿用其标识和来源）' })
  templateId!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => Float, { nullable: true, description: '总分；为空即不写明' })
  totalScore?: number | null;

  @Field(() => ScoringModeEnum, { nullable: true, description: '计分方式；为空即按分值' })
  scoringMode?: string | null;

  @Field(() => VerdictScaleInput, { nullable: true, description: '判定等级；为空即 达标 / 基本达标 / 未达标' })
  verdicts?: VerdictScaleInput | null;

  @Field(() => [TemplateNodeInput], { description: '全部指标，平铺' })
  nodes!: TemplateNodeInput[];
}

@ObjectType('IndicatorTemplateCheck', { description: '检查编辑后的树：与导入相同的问题列表' })
export class IndicatorTemplateCheckModel {
  @Field({ description: '没有须改正的问题' })
  ok!: boolean;

  @Field(() => Float, { description: '满分（按计分库算出）' })
  maxTotal!: number;

  @Field(() => [TemplateProblemModel], { description: '问题，含位置' })
  problems!: TemplateProblemModel[];
}

@ObjectType('SaveIndicatorTemplateResult', { description: '保存结果：新的模板版本' })
export class SaveIndicatorTemplateResultModel {
  @Field(() => IndicatorTemplateVersionModel, { description: '新保存的版本（内容与已有版本相同时为该版本）' })
  template!: IndicatorTemplateVersionModel;

  @Field({ description: '是否新建了版本' })
  created!: boolean;

  @Field(() => [TemplateProblemModel], { description: '提醒（warning）' })
  warnings!: TemplateProblemModel[];
}

@ObjectType('IndicatorTemplateFile', { description: '导出的指标体系表（.xlsx）：各层级、分值、权重、选做、判定等级；系统参数在隐藏的工作表中；可原样再导入' })
export class IndicatorTemplateFileModel {
  @Field({ description: '文件名' })
  fileName!: string;

  @Field({ description: '文件内容（Base64）' })
  contentBase64!: string;
}
