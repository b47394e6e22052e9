import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DateTimeScalar, formatGraphqlError, queryLimitsPlugin, queryShapeRules, storableInputPlugin } from '@accredit/api-kit';
import { ormOptions } from '@accredit/db';
import { CampaignDocumentsModule, CampaignsModule } from '@accredit/campaigns';
import { CampaignElectiveFacts, CampaignSetupModule, ParticipantObjectionFacts } from '@accredit/campaign-setup';
import { IdentityModule } from '@accredit/identity';
import { IndicatorSystemsModule, ResponsibleUnitGroupUsage } from '@accredit/indicator-systems';
import { DirectoryModule, OrganisationsModule } from '@accredit/organisations';
import { TaskTableModule, TasksModule } from '@accredit/tasks';
import { EvidenceModule, EvidenceQueries } from '@accredit/evidence';
import { NotificationsModule } from '@accredit/notifications';
import { LiveUpdatesModule } from '@accredit/live-updates';
import { CampaignWorkflowVocabularyService, TaskStateVocabularyService, WorkflowDefinitionsModule, WorkflowDefinitionsService, WorkflowRuntimeModule } from '@accredit/workflow-runtime';
import { RemindersModule } from '@accredit/reminders';
import { ReportingModule } from '@accredit/reporting';
import { IndicatorImportModule } from '@accredit/indicator-import';
import { ScoreSnapshotService, ScoresModule } from '@accredit/scores';
import { AuditModule } from '@accredit/audit';
import { FormFillingModule, SubmittedFormFacts } from '@accredit/form-filling';
import type { AppConfig } from './config/app-config';
import { ENTITIES } from './entities';
import { queryLimits } from './config/query-limits';
import { HealthModule } from './health/health.module';
import { FILE_KEEPERS } from './stored-files';

const errorLogger = new Logger('GraphQL');

/** Wiring only: the database, GraphQL, and the feature modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const limits = queryLimits(config);
    // Built once and imported where used: Nest identifies a dynamic module by this object.
    // Tasks, campaigns and identity sit below the workflow runtime: their workflow ports are wired here.
    const campaignDocuments = CampaignDocumentsModule.forRoot({ imports: [WorkflowDefinitionsModule], workflowVocabulary: CampaignWorkflowVocabularyService });
    // Campaign documents and forms keep files in the evidence store: its sweep asks them first (the one list, stored-files.ts).
    const evidence = EvidenceModule.forRoot(
      config.evidence,
      campaignDocuments,
      FILE_KEEPERS.map((keeper) => keeper.references),
    );
    const forms = FormFillingModule.forRoot(evidence);
    const workflows = WorkflowRuntimeModule.forRoot({
      imports: [evidence, ScoresModule],
      evidenceFacts: EvidenceQueries,
      scoreSnapshots: ScoreSnapshotService,
      electiveFacts: CampaignElectiveFacts,
      objectionFacts: ParticipantObjectionFacts,
      formFacts: SubmittedFormFacts,
    });
    return {
      module: AppModule,
      imports: [
        MikroOrmModule.forRoot({ ...ormOptions({ clientUrl: databaseUrl, entities: ENTITIES, debug: config.sqlDebug, statementTimeoutMs: config.requests.timeoutMs }), registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          // Every Date field is an instant with validated input (impossible times are VALIDATION).
          // skipCheck: @nestjs/graphql checks a freshly built schema by running the whole
          // introspection query over it, a tenth of the schema's share of a start (issue 15 cold
          // start); the same code builds the same schema in development and in every test, where
          // the check stays, and apps/api/schema.gql is compared with it by the schema-drift test.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }], skipCheck: config.env === 'production' },
          // Not sorted at start (rebuilding every type once more cost a tenth of the schema's
          // build, issue 15 cold start): the committed schema.gql is printed sorted by its spec.
          playground: false,
          introspection: config.introspection,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          // One operation per request: a batch would multiply every per-request limit.
          allowBatchedHttpRequests: false,
          parseOptions: { maxTokens: limits.maxTokens },
          validationRules: queryShapeRules(limits),
          // No HTTP caching of answers: the default cache-control plugin would only cost time on every field.
          plugins: [queryLimitsPlugin(limits), storableInputPlugin(), ApolloServerPluginCacheControlDisabled()],
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          // Compact JSON: Apollo indents answers by default, which made a page of 100 tasks a
          // third larger and its serialisation a tenth of the request's CPU (docs/performance.md).
          stringifyResult: (result) => JSON.stringify(result),
          formatError: (formatted, error) => formatGraphqlError(formatted, error, { logger: errorLogger, hideSuggestions: !config.introspection }),
        }),
        IdentityModule.forRoot(config.identity, { imports: [WorkflowDefinitionsModule], declaredRoles: WorkflowDefinitionsService }),
        OrganisationsModule,
        // A group a rule's responsible units still name cannot be deleted: indicator systems answer.
        DirectoryModule.forRoot({ groupUsage: ResponsibleUnitGroupUsage }),
        IndicatorSystemsModule,
        CampaignsModule,
        campaignDocuments,
        TasksModule,
        TaskTableModule.forRoot({ imports: [WorkflowDefinitionsModule], stateVocabulary: TaskStateVocabularyService }),
        evidence,
        NotificationsModule,
        LiveUpdatesModule,
        workflows,
        RemindersModule.forRoot(config.reminders, workflows),
        ReportingModule.forRoot({ warningDays: config.reminders.warningDays }, evidence),
        ScoresModule,
        IndicatorImportModule,
        CampaignSetupModule.forRoot({ forms, workflows }),
        HealthModule,
        AuditModule,
        forms,
      ],
    };
  }
}
