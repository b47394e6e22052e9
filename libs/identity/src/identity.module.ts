import { type DynamicModule, type MiddlewareConsumer, Module, type ModuleMetadata, type NestModule, type Provider, RequestMethod, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import cookieParser from 'cookie-parser';
import { OrganisationsModule } from '@accredit/organisations';
import { AccessGuard } from './access.guard';
import { AuditActorLink } from './audit-actor-link.resolver';
import { AuthService } from './auth.service';
import { AuthenticationMiddleware } from './authentication.middleware';
import { CrossSiteMiddleware } from './cross-site.middleware';
import { DECLARED_ROLES, type DeclaredRolesSource } from './declared-roles.port';
import { DemoAccountsService } from './demo-accounts.service';
import { FirstAdminService } from './first-admin.service';
import { IdentityResolver } from './identity.resolver';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';
import { LoginRate } from './login-rate.entity';
import { LoginThrottle } from './login-throttle.entity';
import { LoginThrottleService } from './login-throttle.service';
import { Session } from './session.entity';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

export interface IdentityPorts {
  /** Where roles declared by workflows come from (a provider exported by one of `imports`); without it only the built-in roles exist. */
  declaredRoles?: Type<DeclaredRolesSource>;
  /** The modules exporting the ports above (identity sits below the workflow runtime, so the app wires them). */
  imports?: ModuleMetadata['imports'];
}

@Module({})
export class IdentityModule implements NestModule {
  static forRoot(settings: IdentitySettings, ports: IdentityPorts = {}): DynamicModule {
    const declaredRoles: Provider = ports.declaredRoles ? { provide: DECLARED_ROLES, useExisting: ports.declaredRoles } : { provide: DECLARED_ROLES, useValue: null };
    return {
      module: IdentityModule,
      imports: [MikroOrmModule.forFeature([User, Session, LoginThrottle, LoginRate]), OrganisationsModule, ...(ports.imports ?? [])],
      providers: [
        { provide: IDENTITY_SETTINGS, useValue: settings },
        declaredRoles,
        { provide: APP_GUARD, useClass: AccessGuard },
        AuthService,
        LoginThrottleService,
        UsersService,
        FirstAdminService,
        DemoAccountsService,
        IdentityResolver,
        UsersResolver,
        AuditActorLink,
      ],
      exports: [AuthService, FirstAdminService, DemoAccountsService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser(), CrossSiteMiddleware, AuthenticationMiddleware).forRoutes({ path: '{*all}', method: RequestMethod.ALL });
  }
}
