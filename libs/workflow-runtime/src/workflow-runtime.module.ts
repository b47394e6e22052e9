import { type DynamicModule, Module, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { NotificationsModule } from '@accredit/notifications';
import { OrganisationsModule } from '@accredit/organisations';
import { CampaignSubjectAdapter } from './campaign-subject.adapter';
import { ParticipantSubjectAdapter } from './participant-subject.adapter';
import { ParticipantQuotasResolver } from './participant-quotas.resolver';
import { ParticipantQuotasService } from './participant-quotas.service';
import { EffectRunner } from './effect-runner.service';
import {
  ELECTIVE_FACTS,
  EVIDENCE_FACTS,
  type ElectiveFactsSource,
  type EvidenceFactsSource,
  FORM_FACTS,
  type FormFactsSource,
  OBJECTION_FACTS,
  type ObjectionFactsSource,
  SCORE_SNAPSHOTS,
  type ScoreSnapshotPort,
} from './runtime-ports';
import { NoEvidenceFacts } from './no-evidence-facts';
import { CampaignWorkflowFieldsResolver, TaskWorkflowFieldsResolver } from './state-label.resolver';
import { TaskSubjectAdapter } from './task-subject.adapter';
import { CampaignsModule } from '@accredit/campaigns';
import { CampaignRoleAssignment } from './campaign-role-assignment.entity';
import { CampaignRoleAssignmentCampaignLink, CampaignRoleAssignmentLinks, CampaignRolesResolver } from './campaign-roles.resolver';
import { CampaignRolesService } from './campaign-roles.service';
import { TransitionLog } from './transition-log.entity';
import { WorkflowDefinitionRecord } from './workflow-definition.entity';
import { WorkflowDefinitionsModule } from './workflow-definitions.module';
import { TransitionResultResolver } from './transition-result.resolver';
import { TransitionLogEntryResolver } from './transition-log-entry.resolver';
import { WorkflowResolver } from './workflow.resolver';
import { WorkflowDefinitionFieldsResolver } from './workflow-definition-fields.resolver';
import { CampaignPinnedWorkflows } from './workflow-definition-links';
import { TaskWorkflowResolver } from './task-workflow.resolver';
import { WorkflowService } from './workflow.service';
import { ScheduledTransitionsService } from './scheduled-transitions.service';

export interface WorkflowRuntimeOptions {
  /** The modules exporting `evidenceFacts` and `scoreSnapshots` (the app passes the instances it imports itself). */
  imports?: ModuleMetadata['imports'];
  /** Where evidence facts come from (a provider exported by one of `imports`); without it no task has evidence. */
  evidenceFacts?: Type<EvidenceFactsSource>;
  /** Where score snapshots are stored (a provider exported by one of `imports`); without it the effect is refused. */
  scoreSnapshots?: Type<ScoreSnapshotPort>;
  /**
   * Where elective choices come from (campaign setup's CampaignElectiveFacts); instantiated here,
   * as it needs only the caller's EntityManager. Without it `electivesChosen` refuses.
   */
  electiveFacts?: Type<ElectiveFactsSource>;
  /** Where objection counts come from (campaign setup's ParticipantObjectionFacts); without it `of: objections` refuses. */
  objectionFacts?: Type<ObjectionFactsSource>;
  /** Where submitted forms come from (form filling's SubmittedFormFacts); without it `formSubmitted` refuses. */
  formFacts?: Type<FormFactsSource>;
}

@Module({})
export class WorkflowRuntimeModule {
  static forRoot(options: WorkflowRuntimeOptions = {}): DynamicModule {
    const evidence: Provider = options.evidenceFacts ? { provide: EVIDENCE_FACTS, useExisting: options.evidenceFacts } : { provide: EVIDENCE_FACTS, useClass: NoEvidenceFacts };
    const snapshots: Provider = options.scoreSnapshots ? { provide: SCORE_SNAPSHOTS, useExisting: options.scoreSnapshots } : { provide: SCORE_SNAPSHOTS, useValue: null };
    const electives: Provider = options.electiveFacts ? { provide: ELECTIVE_FACTS, useClass: options.electiveFacts } : { provide: ELECTIVE_FACTS, useValue: null };
    const objections: Provider = options.objectionFacts ? { provide: OBJECTION_FACTS, useClass: options.objectionFacts } : { provide: OBJECTION_FACTS, useValue: null };
    const forms: Provider = options.formFacts ? { provide: FORM_FACTS, useClass: options.formFacts } : { provide: FORM_FACTS, useValue: null };
    return {
      module: WorkflowRuntimeModule,
      // Not global: modules that transition or schedule import the app's instance of this module;
      // those that only read definitions import WorkflowDefinitionsModule (re-exported here).
      imports: [
        MikroOrmModule.forFeature([WorkflowDefinitionRecord, TransitionLog, CampaignRoleAssignment]),
        NotificationsModule,
        OrganisationsModule,
        CampaignsModule,
        WorkflowDefinitionsModule,
        ...(options.imports ?? []),
      ],
      providers: [
        evidence,
        snapshots,
        electives,
        objections,
        forms,
        WorkflowService,
        ScheduledTransitionsService,
        EffectRunner,
        CampaignSubjectAdapter,
        TaskSubjectAdapter,
        ParticipantSubjectAdapter,
        ParticipantQuotasService,
        ParticipantQuotasResolver,
        WorkflowResolver,
        WorkflowDefinitionFieldsResolver,
        CampaignPinnedWorkflows,
        TaskWorkflowResolver,
        TransitionResultResolver,
        TransitionLogEntryResolver,
        CampaignWorkflowFieldsResolver,
        TaskWorkflowFieldsResolver,
        CampaignRolesService,
        CampaignRolesResolver,
        CampaignRoleAssignmentLinks,
        CampaignRoleAssignmentCampaignLink,
      ],
      exports: [WorkflowDefinitionsModule, WorkflowService, ScheduledTransitionsService],
    };
  }
}
