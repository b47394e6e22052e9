import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { CampaignDocumentsResolver } from './campaign-documents.resolver';
import { CampaignDocumentsService } from './campaign-documents.service';
import { CAMPAIGN_WORKFLOW_VOCABULARY, type CampaignWorkflowVocabulary } from './campaign-workflow-vocabulary';
import { CampaignsModule } from './campaigns.module';

export interface CampaignDocumentsPorts {
  /** The modules exporting `workflowVocabulary` (the workflow runtime sits above this library, so the app wires it). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The document kinds a campaign's workflow declares: required, so an unwired app fails at boot. */
  workflowVocabulary: Type<CampaignWorkflowVocabulary>;
}

/**
 * Recording a campaign's documents (the mutation and the checks the upload route shares): the
 * only part of campaigns that needs the workflow's vocabulary. The app builds it once and hands
 * that instance to evidence, whose upload route records documents with their files.
 */
@Module({})
export class CampaignDocumentsModule {
  static forRoot(ports: CampaignDocumentsPorts): DynamicModule {
    return {
      module: CampaignDocumentsModule,
      imports: [CampaignsModule, ...ports.imports],
      providers: [{ provide: CAMPAIGN_WORKFLOW_VOCABULARY, useExisting: ports.workflowVocabulary }, CampaignDocumentsService, CampaignDocumentsResolver],
      exports: [CampaignDocumentsService],
    };
  }
}
