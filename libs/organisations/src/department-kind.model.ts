import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('DepartmentKind', { description: '部门类型：平台默认的、上级单位定义的或本单位定义的' })
export class DepartmentKindModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '类型键，部门的 kind 引用它，如 street（平台内置或各单位自定义，故为文字）' })
  key!: string;

  @Field({ description: '名称，如「街道」' })
  label!: string;

  @Field(() => String, { nullable: true, description: '定义它的单位名称；为空表示平台默认' })
  ownerName!: string | null;

  @Field({ description: '当前用户能否修改或删除它' })
  editable!: boolean;
}

@InputType({ description: '新增部门类型（归本单位，本单位及下级可用；平台系统管理员新增的为平台默认）' })
export class CreateDepartmentKindInput {
  @Field({ description: '类型键：小写字母、数字或短横线，如 development-zone（由本单位自定义，故为文字）' })
  key!: string;

  @Field({ description: '名称，如「开发区管委会」' })
  label!: string;
}

@InputType({ description: '修改部门类型名称' })
export class UpdateDepartmentKindInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  label!: string;
}

@InputType({ description: '删除部门类型（没有部门属于它时）' })
export class DeleteDepartmentKindInput {
  @Field(() => ID)
  id!: string;
}
