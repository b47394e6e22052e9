import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '@accredit/api-kit';

@ObjectType('Indicator', { description: '指标（树形：两级或三级指标体系）' })
export class IndicatorModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '指标序号，如「1」或「A1」' })
  code!: string;

  @Field({ description: '指标名称' })
  title!: string;

  @Field(() => Float, { nullable: true, description: '分值；无分值的体系为空' })
  maxScore!: number | null;

  @Field(() => Int, { description: '层级，顶层为 1' })
  level!: number;

  parentId!: string | null;
}

@ObjectType('EvidenceRequirement', { description: '相关指标考察内容（佐证材料要求），如 1-1' })
export class EvidenceRequirementModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '考察内容编号，如「1-1」' })
  code!: string;

  @Field({ description: '考察内容原文' })
  text!: string;

  indicatorId!: string;
}

@ObjectType('ScoringRule', { description: '评分规则；计分方式作为数据保存' })
export class ScoringRuleModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '规则在指标内的序号，如「1.3」' })
  code!: string;

  @Field({ description: '评分规则原文' })
  text!: string;

  @Field(() => Float, { description: '最高可得分（区间 0-3 分为 3，一票否决为 0）' })
  points!: number;

  @Field({ description: '规则类型：fixed、range、alternative、tiered、perItem、conditionalCap、veto、series' })
  kind!: string;

  @Field(() => JsonScalar, { description: '计分参数，如 {kind: perItem, each: 2, cap: 4}' })
  params!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: '备注' })
  note!: string | null;

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

  @Field({ description: 'lead 牵头 / support 配合' })
  role!: string;

  @Field({ description: '表中该格为空，责任单位继承自上一行' })
  inherited!: boolean;

  departmentId!: string | null;
  groupId!: string | null;
}
