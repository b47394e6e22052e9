import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ProblemSeverityEnum } from '@accredit/indicator-systems';
import { TableLayoutEnum, TableProblemCodeEnum, UnitSuggestionKindEnum } from './table-import-enums';

@InputType({ description: '上传的指标体系表（.xlsx 或 .csv）' })
export class IndicatorTableFileInput {
  @Field({ description: '文件名（含扩展名 .xlsx 或 .csv）' })
  fileName!: string;

  @Field({ description: '文件内容，Base64 编码' })
  contentBase64!: string;

  @Field(() => Boolean, { nullable: true, description: '责任单位是参与单位（下级单位）的部门，如全国标准中的「县科协」：不与本单位的部门核对，参与单位加入时按名称对应到它自己的部门' })
  unitsOfParticipants?: boolean | null;
}

@InputType({ description: '把表中的责任单位对应到本单位已有的部门或部门组' })
export class UnitMappingInput {
  @Field({ description: '表中写的名称' })
  from!: string;

  @Field({ description: '已有部门或部门组的名称' })
  to!: string;
}

@InputType({ description: '导入指标体系表，存为指标体系模板' })
export class ImportIndicatorTableInput extends IndicatorTableFileInput {
  @Field(() => String, { nullable: true, description: '模板键，默认取文件名（由导入者确定，故为文字）' })
  key?: string | null;

  @Field(() => String, { nullable: true, description: '名称，默认取表头上方的标题或文件名' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: '版本号，默认：同一键下内容相同则沿用，否则为最新版本号加一' })
  version?: number | null;

  @Field(() => [UnitMappingInput], { nullable: true, description: '未知责任单位的对应关系（预览中列出的 unknownUnits）' })
  unitMapping?: UnitMappingInput[] | null;
}

@ObjectType('TableProblem', { description: '指标体系表中的一个问题及其位置' })
export class TableProblemModel {
  @Field(() => TableProblemCodeEnum, { description: '问题代码' })
  code!: string;

  @Field(() => ProblemSeverityEnum, { description: '严重程度：须改正才能导入，或可以忽略的提醒' })
  severity!: string;

  @Field({ description: '工作表名' })
  sheet!: string;

  @Field(() => Int, { description: '行号（从 1 开始；0 表示整个文件）' })
  row!: number;

  @Field({ description: '列号，如 C；空表示整行' })
  column!: string;

  @Field({ description: '列名，如 分值' })
  field!: string;

  @Field({ description: '问题说明及改法' })
  message!: string;
}

@ObjectType('UnitSuggestion', { description: '可能对应的已有部门或部门组' })
export class UnitSuggestionModel {
  @Field({ description: '名称' })
  name!: string;

  @Field(() => UnitSuggestionKindEnum, { description: '部门或部门组' })
  kind!: string;

  @Field(() => Float, { description: '相似度 0–1' })
  score!: number;
}

@ObjectType('UnknownUnit', { description: '表中出现、本单位没有的责任单位' })
export class UnknownUnitModel {
  @Field({ description: '表中写的名称' })
  name!: string;

  @Field(() => [String], { description: '出现的单元格，如 E16' })
  cells!: string[];

  @Field(() => [UnitSuggestionModel], { description: '建议对应的部门或部门组，最像的在前' })
  suggestions!: UnitSuggestionModel[];
}

@ObjectType('IndicatorSummary', { description: '预览中的一个指标' })
export class IndicatorSummaryModel {
  @Field({ description: '序号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field({ description: '名称' })
  title!: string;

  @Field(() => Int, { description: '层级，顶层为 1' })
  level!: number;

  @Field(() => Float, { nullable: true, description: '分值' })
  maxScore!: number | null;

  @Field(() => Int, { description: '评分规则数' })
  rules!: number;

  @Field(() => Int, { description: '考察内容数' })
  requirements!: number;
}

@ObjectType('IndicatorTablePreview', { description: '导入前的预览：读出的内容和全部问题，尚未保存' })
export class IndicatorTablePreviewModel {
  @Field({ description: '没有须改正的问题，可以导入（未知责任单位须先给出对应关系）' })
  ok!: boolean;

  @Field(() => TableLayoutEnum, { nullable: true, description: '表的版式；读不出表时为空' })
  layout!: string | null;

  @Field(() => String, { nullable: true, description: '读取的工作表' })
  sheet!: string | null;

  @Field(() => String, { nullable: true, description: '名称（表头上方的标题或文件名）' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: '默认模板键，取自文件名（故为文字）' })
  key!: string | null;

  @Field(() => Float, { nullable: true, description: '总分；无分值的体系为空' })
  totalScore!: number | null;

  @Field(() => Int, { description: '指标数（各级合计）' })
  indicatorCount!: number;

  @Field(() => Int, { description: '评分规则数' })
  ruleCount!: number;

  @Field(() => Int, { description: '考察内容数' })
  requirementCount!: number;

  @Field(() => [IndicatorSummaryModel], { description: '各指标，按表中顺序平铺' })
  indicators!: IndicatorSummaryModel[];

  @Field(() => [TableProblemModel], { description: '全部问题，按位置排列' })
  problems!: TableProblemModel[];

  @Field(() => [UnknownUnitModel], { description: '本单位没有的责任单位及建议的对应' })
  unknownUnits!: UnknownUnitModel[];
}

@ObjectType('ImportIndicatorTableResult', { description: '导入结果' })
export class ImportIndicatorTableResultModel {
  @Field(() => ID, { description: '指标体系模板编号；读 system' })
  systemId!: string;

  @Field({ description: '模板键（由导入者确定，故为文字）' })
  key!: string;

  @Field(() => Int, { description: '版本号' })
  version!: number;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '是否新建（false：同样内容已导入过，未重复保存）' })
  created!: boolean;

  @Field(() => Int, { description: '指标数（各级合计）' })
  indicatorCount!: number;

  @Field(() => Int, { description: '评分规则数' })
  ruleCount!: number;

  @Field(() => Int, { description: '考察内容数' })
  requirementCount!: number;

  @Field(() => [TableProblemModel], { description: '可以忽略的提示（如总分不是 100）' })
  warnings!: TableProblemModel[];
}
