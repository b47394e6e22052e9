import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Connection, requireActor } from '@accredit/api-kit';
import { toUserModel } from './to-user-model';
import { AssignUserDepartmentInput, CreateUserInput, ResetUserPasswordInput, SetUserDisabledInput, SetUserRolesInput, UnlockUserInput, UserConnection, UserModel, UsersArgs } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserConnection, { description: '用户列表，按登录名排序、分页（办公室管理员：本单位；系统管理员：全部）' })
  async users(@Args() args: UsersArgs, @Context() context: object): Promise<Connection<UserModel>> {
    const page = await this.service.page(requireActor(context), args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toUserModel(edge.node) })) };
  }

  @Query(() => [String], { description: '当前用户新建或修改用户时可以授予的角色：内置角色或本单位可用流程声明的角色（故为文字）；系统管理员角色只有系统管理员可以授予' })
  grantableRoles(@Context() context: object): string[] {
    return this.service.grantableRoles(requireActor(context));
  }

  @Mutation(() => UserModel, { description: '新建用户' })
  async createUser(@Args('input') input: CreateUserInput, @Context() context: object): Promise<UserModel> {
    return toUserModel(await this.service.create(requireActor(context), input));
  }

  @Mutation(() => UserModel, { description: '停用或启用用户；停用立即结束其会话' })
  async setUserDisabled(@Args('input') input: SetUserDisabledInput, @Context() context: object): Promise<UserModel> {
    return toUserModel(await this.service.setDisabled(requireActor(context), input.userId, input.disabled));
  }

  @Mutation(() => UserModel, { description: '重置用户密码' })
  async resetUserPassword(@Args('input') input: ResetUserPasswordInput, @Context() context: object): Promise<UserModel> {
    return toUserModel(await this.service.resetPassword(requireActor(context), input.userId, input.newPassword));
  }

  @Mutation(() => UserModel, { description: '分配用户所属部门' })
  async assignUserDepartment(@Args('input') input: AssignUserDepartmentInput, @Context() context: object): Promise<UserModel> {
    return toUserModel(await this.service.assignDepartment(requireActor(context), input.userId, input.departmentId ?? null));
  }

  @Mutation(() => UserModel, { description: '设置用户角色' })
  async setUserRoles(@Args('input') input: SetUserRolesInput, @Context() context: object): Promise<UserModel> {
    return toUserModel(await this.service.setRoles(requireActor(context), input.userId, input.roles));
  }

  @Mutation(() => UserModel, { description: '解除登录锁定：该账号的登录等待、以及各地址对该账号的登录等待，全部清除' })
  async unlockUser(@Args('input') input: UnlockUserInput, @Context() context: object): Promise<UserModel> {
    return toUserModel(await this.service.unlock(requireActor(context), input.userId));
  }
}
