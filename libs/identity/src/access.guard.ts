import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { ApiKitRefusal, ROLE_LABELS, actorOf, apiKitError, grantedCampaigns, hasRole } from '@accredit/api-kit';
import { ruleFor } from './access-policy';
import { IdentityRefusal, identityError } from './identity.exception';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** 'HTTP GET /api/evidence/:evidenceId/download': the method and the route as the router declares it. */
export function httpOperation(req: Request): string {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const route = (req.route as { path?: unknown } | undefined)?.path;
  return `HTTP ${method} ${typeof route === 'string' ? route : req.path}`;
}

/**
 * Applies the access policy to every root GraphQL operation (ACCESS_POLICY) and to every HTTP
 * route (HTTP_ACCESS_POLICY); nested fields and rows are limited by query scoping.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() === 'http') return this.checkHttp(context);
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;

    const operation = `${info.parentType.name}.${info.fieldName}`;
    const rule = ruleFor(operation);
    if (!rule) throw identityError(IdentityRefusal.NoAccessRule, `接口 ${info.fieldName} 尚未配置访问规则，已拒绝`, { operation, refusedBy: 'access-policy' });
    if ('public' in rule) return true;

    const actor = actorOf(gql.getContext());
    if (!actor) throw apiKitError(ApiKitRefusal.NotLoggedIn, '请先登录', { operation, refusedBy: 'access-policy' });
    if ('authenticated' in rule) return true;
    // A campaign role whose definition grants the view: the service then limits the rows to its campaigns.
    if (rule.campaignView && grantedCampaigns(actor, rule.campaignView).length > 0) return true;
    if (!hasRole(actor, ...rule.roles)) {
      throw identityError(IdentityRefusal.RoleRequired, `没有权限：只有${rule.roles.map((role) => ROLE_LABELS[role]).join('、')}可以执行此操作`, {
        operation,
        refusedBy: 'access-policy',
      });
    }
    return true;
  }

  private checkHttp(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const operation = httpOperation(req);
    const rule = ruleFor(operation);
    if (!rule) throw identityError(IdentityRefusal.NoAccessRule, `接口 ${operation.slice(5)} 尚未配置访问规则，已拒绝`, { operation, refusedBy: 'access-policy' });
    if ('public' in rule) return true;
    const actor = actorOf({ req });
    if (!actor) throw apiKitError(ApiKitRefusal.NotLoggedIn, '请先登录', { operation, refusedBy: 'access-policy' });
    if ('authenticated' in rule) return true;
    if (!hasRole(actor, ...rule.roles)) {
      throw identityError(IdentityRefusal.RoleRequired, `没有权限：只有${rule.roles.map((role) => ROLE_LABELS[role]).join('、')}可以执行此操作`, { operation, refusedBy: 'access-policy' });
    }
    return true;
  }
}
