import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError, ErrorCode, ROLE_LABELS, actorOf, hasRole } from '@accredit/api-kit';
import { ruleFor } from './access-policy';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Applies ACCESS_POLICY to every root operation; nested fields are limited by query scoping. */
@Injectable()
export class AccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;

    const operation = `${info.parentType.name}.${info.fieldName}`;
    const rule = ruleFor(operation);
    if (!rule) throw new AppError(ErrorCode.Forbidden, `接口 ${info.fieldName} 尚未配置访问规则，已拒绝`, { operation, refusedBy: 'access-policy' });
    if ('public' in rule) return true;

    const actor = actorOf(gql.getContext());
    if (!actor) throw new AppError(ErrorCode.Unauthenticated, '请先登录', { operation, refusedBy: 'access-policy' });
    if ('authenticated' in rule) return true;
    if (!hasRole(actor, ...rule.roles)) {
      throw new AppError(ErrorCode.Forbidden, `没有权限：只有${rule.roles.map((role) => ROLE_LABELS[role]).join('、')}可以执行此操作`, {
        operation,
        refusedBy: 'access-policy',
      });
    }
    return true;
  }
}
