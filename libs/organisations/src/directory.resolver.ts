import { Args, Context, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { DirectoryCommands } from './directory-commands.service';
import { DepartmentGroupModel, DepartmentModel } from './department.model';
import { toDepartmentGroupModel, toDepartmentModel } from './to-department-model';

@InputType({ description: '部门信息' })
export class DepartmentInput {
  @Field({ description: '名称（与任务分解表写法一致）' })
  name!: string;

  @Field(() => String, { nullable: true, description: '全称' })
  fullName?: string | null;

  @Field({ description: '类型键，如 party、government、street（departmentKinds 中的键，各单位可自定义，故为文字）' })
  kind!: string;

  @Field(() => [String], { nullable: true, description: '标签，如「涉农」' })
  tags?: string[] | null;
}

@InputType({ description: '修改部门' })
export class UpdateDepartmentInput extends DepartmentInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: '设置部门组成员' })
export class SetGroupMembersInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => [ID], { description: '全部成员部门（替换原有成员）' })
  departmentIds!: string[];
}

@InputType({ description: '新建部门组' })
export class CreateDepartmentGroupInput {
  @Field({ description: '组名，如「各涉农镇」' })
  name!: string;

  @Field(() => String, { nullable: true, description: '说明' })
  description?: string | null;

  @Field(() => [ID], { description: '成员部门（本单位的）' })
  departmentIds!: string[];
}

@InputType({ description: '修改部门组的名称和说明' })
export class UpdateDepartmentGroupInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: '组名' })
  name!: string;

  @Field(() => String, { nullable: true, description: '说明' })
  description?: string | null;
}

@InputType({ description: '删除部门组（没有评分规则以它为责任单位时）' })
export class DeleteDepartmentGroupInput {
  @Field(() => ID)
  id!: string;
}

@Resolver()
export class DirectoryResolver {
  constructor(private readonly commands: DirectoryCommands) {}

  @Mutation(() => DepartmentModel, { description: '新增部门' })
  async createDepartment(@Args('input') input: DepartmentInput, @Context() context: object): Promise<DepartmentModel> {
    return toDepartmentModel(await this.commands.createDepartment(requireActor(context), input));
  }

  @Mutation(() => DepartmentModel, { description: '修改部门' })
  async updateDepartment(@Args('input') input: UpdateDepartmentInput, @Context() context: object): Promise<DepartmentModel> {
    return toDepartmentModel(await this.commands.updateDepartment(requireActor(context), input.id, input));
  }

  @Mutation(() => DepartmentGroupModel, { description: '新建部门组' })
  async createDepartmentGroup(@Args('input') input: CreateDepartmentGroupInput, @Context() context: object): Promise<DepartmentGroupModel> {
    return toDepartmentGroupModel(await this.commands.createGroup(requireActor(context), input, input.departmentIds));
  }

  @Mutation(() => DepartmentGroupModel, { description: '修改部门组的名称和说明' })
  async updateDepartmentGroup(@Args('input') input: UpdateDepartmentGroupInput, @Context() context: object): Promise<DepartmentGroupModel> {
    return toDepartmentGroupModel(await this.commands.updateGroup(requireActor(context), input.id, input));
  }

  @Mutation(() => ID, { description: '删除部门组（已是创建工作责任单位的不能删除，可改其成员）；返回被删除的编号' })
  async deleteDepartmentGroup(@Args('input') input: DeleteDepartmentGroupInput, @Context() context: object): Promise<string> {
    return this.commands.deleteGroup(requireActor(context), input.id);
  }

  @Mutation(() => DepartmentGroupModel, { description: '设置部门组成员（此后设置的创建工作按新成员展开任务）' })
  async setGroupMembers(@Args('input') input: SetGroupMembersInput, @Context() context: object): Promise<DepartmentGroupModel> {
    return toDepartmentGroupModel(await this.commands.setGroupMembers(requireActor(context), input.groupId, input.departmentIds));
  }
}
