import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@accredit/api-kit';

@ObjectType('Department', { description: '责任单位：区级部门、镇街或社会组织' })
export class DepartmentModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '名称（与任务分解表一致，如「区委办」）' })
  name!: string;

  @Field(() => String, { nullable: true, description: '全称' })
  fullName!: string | null;

  @Field({ description: '类型键，如 party 党委部门、government 政府部门、town 镇、street 街道（departmentKinds 中的键，各单位可自定义，故为文字）' })
  kind!: string;

  @Field(() => [String], { description: '标签，如「涉农」' })
  tags!: string[];
}

@ObjectType('DepartmentGroup', { description: '部门组：代表多个部门的名称（如「各镇街」），按成员展开为任务' })
export class DepartmentGroupModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '组名' })
  name!: string;

  @Field(() => String, { nullable: true, description: '说明' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: '成员名单的来源（自由文字，供核对）' })
  source!: string | null;
}

export const DepartmentConnection = ConnectionType(DepartmentModel, 'Department');
export const DepartmentGroupConnection = ConnectionType(DepartmentGroupModel, 'DepartmentGroup');
