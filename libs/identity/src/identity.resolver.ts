import { Args, Context, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { requestLoader, requireActor } from '@accredit/api-kit';
import {
  DepartmentModel,
  OrganisationModel,
  OrganisationTreeService,
  OrganisationsService,
  departmentLoader,
  organisationLoader,
  toDepartmentModel,
  toOrganisationModel,
} from '@accredit/organisations';
import { Inject } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthService } from './auth.service';
import { throttleAddress } from './client-address';
import { type IdentitySettings, IDENTITY_SETTINGS, SESSION_COOKIE } from './identity-settings';
import { LoginThrottleService } from './login-throttle.service';
import { sessionUserOf } from './session-user';
import { toUserModel } from './to-user-model';
import { User } from './user.entity';
import { ChangePasswordInput, LoginInput, LoginPayload, UserModel } from './user.model';
import { IdentityRefusal, identityNotFound } from './identity.exception';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly organisations: OrganisationsService,
    private readonly organisationTree: OrganisationTreeService,
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottleService,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  @Query(() => UserModel, { description: '当前登录的用户' })
  async me(@Context() context: HttpContext): Promise<UserModel> {
    const actor = requireActor(context);
    // Read with the session at the start of this request (no second statement); an actor put
    // on the request some other way is read here.
    const known = sessionUserOf(actor);
    if (known) return known;
    const user = await this.em.findOne(User, { id: actor.userId }, { populate: ['organisation'] });
    if (!user) throw identityNotFound(IdentityRefusal.UserNotFound, '用户', actor.userId);
    return toUserModel(user);
  }

  @Mutation(() => LoginPayload, {
    description: '用户名密码登录；浏览器得到 HttpOnly Cookie，接口客户端可要求令牌',
  })
  async login(@Args('input') input: LoginInput, @Context() context: HttpContext): Promise<LoginPayload> {
    const kind = input.issueToken ? 'bearer' : 'cookie';
    const session = await this.auth
      .login({
        username: input.username,
        password: input.password,
        kind,
        userAgent: context.req.headers['user-agent'] ?? null,
        address: throttleAddress(context.req.ip),
      })
      .catch(async (refusal: unknown) => {
        await this.auth.recordFailedLogin(input.username, refusal);
        throw refusal;
      });
    if (kind === 'cookie') {
      context.res.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.settings.secureCookies || context.req.secure,
        path: '/',
        expires: session.expiresAt,
      });
    }
    await this.em.populate(session.user, ['organisation']);
    return Object.assign(new LoginPayload(), {
      user: toUserModel(session.user),
      token: kind === 'bearer' ? session.token : null,
      expiresAt: session.expiresAt,
    });
  }

  @Mutation(() => Boolean, { description: '退出登录：结束当前会话' })
  async logout(@Context() context: HttpContext): Promise<boolean> {
    await this.auth.logout(requireActor(context));
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: '修改自己的密码；其他会话随之失效' })
  async changePassword(@Args('input') input: ChangePasswordInput, @Context() context: HttpContext): Promise<boolean> {
    await this.auth.changePassword(requireActor(context), input.currentPassword, input.newPassword, throttleAddress(context.req.ip));
    return true;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: '登录须等待到何时（该账号、或某个地址对该账号失败次数过多）；无需等待为空。解除登录锁定（unlockUser）即清除',
  })
  async lockedUntil(@Parent() user: UserModel, @Context() context: object): Promise<Date | null> {
    return requestLoader<string, Date | null>(context, 'identity.lockedUntil', (usernames) => this.throttle.blockedUntil(usernames)).load(user.username);
  }

  @ResolveField(() => DepartmentModel, { nullable: true, description: '所属部门（部门联络员）' })
  async department(@Parent() user: UserModel, @Context() context: object): Promise<DepartmentModel | null> {
    return user.departmentId ? toDepartmentModel(await departmentLoader(context, this.organisations).load(user.departmentId)) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: '所属单位；平台系统管理员为空' })
  async organisation(@Parent() user: UserModel, @Context() context: object): Promise<OrganisationModel | null> {
    return user.organisationId ? toOrganisationModel(await organisationLoader(context, this.organisationTree).load(user.organisationId)) : null;
  }
}
