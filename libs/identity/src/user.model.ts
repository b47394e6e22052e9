import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@accredit/api-kit';

@ObjectType('User', { description: '用户账号' })
export class UserModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '登录名' })
  username!: string;

  @Field({ description: '姓名' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: '电子邮箱（用于到期提醒）' })
  email!: string | null;

  @Field(() => [String], { description: '角色：内置的 office_admin、liaison、supervisor、expert、system_admin，或流程声明的角色（如 inspector），故为文字' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: '所属单位名称；平台系统管理员为空（单位的其他信息请读 organisation）' })
  organisationName!: string | null;

  @Field({ description: '是否已停用' })
  disabled!: boolean;

  @Field(() => Date, { nullable: true, description: '上次登录时间' })
  lastLoginAt!: Date | null;

  @Field({ description: '密码由管理员设置或系统生成，需本人先修改密码' })
  mustChangePassword!: boolean;

  @Field(() => ID, { nullable: true, description: '所属单位编号；平台系统管理员为空；要单位本身请读 organisation' })
  organisationId!: string | null;
  departmentId!: string | null;
}

export const UserConnection = ConnectionType(UserModel, 'User');

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '搜索：登录名、姓名或电子邮箱中包含的文字' })
  search?: string | null;
}

@ObjectType('LoginPayload', { description: '登录结果' })
export class LoginPayload {
  @Field(() => UserModel, { description: '登录的用户' })
  user!: UserModel;

  @Field(() => String, { nullable: true, description: '接口令牌（仅 issueToken 为 true 时返回；浏览器使用 Cookie）' })
  token!: string | null;

  @Field({ description: '会话到期时间' })
  expiresAt!: Date;
}

@InputType({ description: '登录' })
export class LoginInput {
  @Field({ description: '登录名' })
  username!: string;

  @Field({ description: '密码' })
  password!: string;

  @Field({ nullable: true, description: '为接口客户端签发令牌（用 Authorization: Bearer 调用），而不是设置 Cookie' })
  issueToken?: boolean;
}

@InputType({ description: '修改密码' })
export class ChangePasswordInput {
  @Field({ description: '当前密码' })
  currentPassword!: string;

  @Field({ description: '新密码：10 位以上，含大写、小写、数字、符号中的三类' })
  newPassword!: string;
}

@InputType({ description: '新建用户' })
export class CreateUserInput {
  @Field({ description: '登录名：字母、数字、点、下划线或短横线，3–64 位' })
  username!: string;

  @Field({ description: '姓名' })
  displayName!: string;

  @Field({ description: '初始密码' })
  password!: string;

  @Field(() => String, { nullable: true, description: '电子邮箱（用于到期提醒）' })
  email?: string | null;

  @Field(() => [String], { description: '角色：内置角色或本单位可用流程声明的角色（故为文字）' })
  roles!: string[];

  @Field(() => ID, { nullable: true, description: '所属单位（全国、省、市或县/区，organisations 查询可得编号）；办公室管理员新建的用户属于本单位' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属部门（部门联络员必填）' })
  departmentId?: string | null;
}

@InputType({ description: '停用或启用用户' })
export class SetUserDisabledInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: 'true 停用，false 启用' })
  disabled!: boolean;
}

@InputType({ description: '重置用户密码（该用户的所有会话随之失效）' })
export class ResetUserPasswordInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: '新密码' })
  newPassword!: string;
}

@InputType({ description: '分配用户所属部门' })
export class AssignUserDepartmentInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID, { nullable: true, description: '部门编号；为空表示不属于任何部门' })
  departmentId?: string | null;
}

@InputType({ description: '设置用户角色' })
export class SetUserRolesInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => [String], { description: '设置用户角色：内置角色或本单位可用流程声明的角色（故为文字）' })
  roles!: string[];
}

@InputType({ description: '解除登录锁定' })
export class UnlockUserInput {
  @Field(() => ID)
  userId!: string;
}
