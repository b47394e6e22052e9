import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import cookieParser from 'cookie-parser';
import { OrganisationsModule } from '@accredit/organisations';
import { AccessGuard } from './access.guard';
import { AuthService } from './auth.service';
import { AuthenticationMiddleware } from './authentication.middleware';
import { CrossSiteMiddleware } from './cross-site.middleware';
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

@Module({})
export class IdentityModule implements NestModule {
  static forRoot(settings: IdentitySettings): DynamicModule {
    return {
      module: IdentityModule,
      imports: [MikroOrmModule.forFeature([User, Session, LoginThrottle, LoginRate]), OrganisationsModule],
      providers: [
        { provide: IDENTITY_SETTINGS, useValue: settings },
        { provide: APP_GUARD, useClass: AccessGuard },
        AuthService,
        LoginThrottleService,
        UsersService,
        FirstAdminService,
        DemoAccountsService,
        IdentityResolver,
        UsersResolver,
      ],
      exports: [AuthService, FirstAdminService, DemoAccountsService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser(), CrossSiteMiddleware, AuthenticationMiddleware).forRoutes({ path: '{*all}', method: RequestMethod.ALL });
  }
}
