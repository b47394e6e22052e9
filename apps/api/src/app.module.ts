import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { formatGraphqlError } from '@accredit/api-kit';
import { ormOptions } from '@accredit/db';
import { CampaignsModule } from '@accredit/campaigns';
import { CampaignSetupModule } from '@accredit/campaign-setup';
import { IdentityModule } from '@accredit/identity';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { TasksModule } from '@accredit/tasks';
import { EvidenceModule, EvidenceQueries } from '@accredit/evidence';
import { NotificationsModule } from '@accredit/notifications';
import { WorkflowRuntimeModule } from '@accredit/workflow-runtime';
import { RemindersModule } from '@accredit/reminders';
import { ReportingModule } from '@accredit/reporting';
import { ScoreSnapshotService, ScoresModule } from '@accredit/scores';
import { AuditModule } from '@accredit/audit';
import type { AppConfig } from './config/app-config';
import { ENTITIES } from './entities';

const errorLogger = new Logger('GraphQL');

/** Wiring only: the database, GraphQL, and the feature modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        MikroOrmModule.forRoot({ ...ormOptions({ clientUrl: databaseUrl, entities: ENTITIES, debug: config.sqlDebug }), registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.introspection,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: (formatted, error) => formatGraphqlError(formatted, error, errorLogger),
        }),
        IdentityModule.forRoot(config.identity),
        OrganisationsModule,
        IndicatorSystemsModule,
        CampaignsModule,
        TasksModule,
        EvidenceModule.forRoot(config.evidence),
        NotificationsModule,
        WorkflowRuntimeModule.forRoot({ evidenceFacts: EvidenceQueries, scoreSnapshots: ScoreSnapshotService }),
        RemindersModule.forRoot(config.reminders),
        ReportingModule,
        ScoresModule.forRoot(),
        CampaignSetupModule,
        AuditModule,
      ],
    };
  }
}
