import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CampaignsModule } from '@accredit/campaigns';
import { WorkflowDefinitionsModule } from '@accredit/workflow-runtime';
import { EvidenceAccess } from './evidence-access.service';
import { EvidenceCommands } from './evidence-commands.service';
import { EvidenceEvent } from './evidence-event.entity';
import { EvidenceFile } from './evidence-file.entity';
import { EvidenceHousekeeping } from './evidence-housekeeping.service';
import { EvidenceQueries } from './evidence-queries.service';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from './evidence-settings';
import { EvidenceVersion } from './evidence-version.entity';
import { Evidence } from './evidence.entity';
import { EvidenceResolver } from './graphql/evidence.resolver';
import { TaskEvidenceResolver } from './graphql/task-evidence.resolver';
import { EvidenceFilesController } from './http/evidence-files.controller';
import { EvidenceUploadsController } from './http/evidence-uploads.controller';
import { CampaignDocumentFilesController } from './documents/campaign-document-files.controller';
import { CampaignDocumentUploads } from './documents/campaign-document-uploads.service';
import { EvidencePackageController } from './package/evidence-package.controller';
import { EvidencePackageResolver } from './package/evidence-package.resolver';
import { EvidencePackageService } from './package/evidence-package.service';
import { ResumableUploads } from './resumable/resumable-uploads.service';
import { createEvidenceStore } from './storage/create-evidence-store';
import { EVIDENCE_STORE } from './storage/evidence-store';
import { StagingArea } from './storage/staging-area';
import { ContentIntent } from './storage/content-intent.entity';
import { ContentIntents } from './storage/content-intents.service';
import { CONTENT_REFERENCES, type ContentReferences } from './storage/content-references';
import { StoredFileIntake } from './storage/stored-file-intake.service';
import { EVIDENCE_PEOPLE } from './graphql/evidence-people';
import { CarriedEvidenceSourceLinks } from './graphql/carried-source-links.resolver';

/**
 * Evidence (佐证材料): streamed and resumable (tus) uploads, content-addressed storage behind a port, versions, soft
 * delete, download and preview. The app builds it once and hands that instance to the modules that
 * use it (the workflow runtime's `hasEvidence` facts, reporting's exports, form-filling's files).
 */
@Module({})
export class EvidenceModule {
  /**
   * `campaignDocuments`: the app's CampaignDocumentsModule instance (the upload route records a
   * campaign document with its file). Task states come from the stored workflow definitions.
   * `contentReferences`: every other module that keeps files in the store (campaign documents,
   * forms), asked before the sweep removes content; instantiated here, as each needs only the
   * sweep's EntityManager. Required: a module left out would lose its files to the sweep.
   */
  static forRoot(settings: EvidenceSettings, campaignDocuments: DynamicModule, contentReferences: readonly Type<ContentReferences>[]): DynamicModule {
    return {
      module: EvidenceModule,
      imports: [MikroOrmModule.forFeature([Evidence, EvidenceVersion, EvidenceFile, EvidenceEvent, ContentIntent]), CampaignsModule, WorkflowDefinitionsModule, campaignDocuments],
      controllers: [EvidenceFilesController, EvidenceUploadsController, EvidencePackageController, CampaignDocumentFilesController],
      providers: [
        { provide: EVIDENCE_SETTINGS, useValue: settings },
        { provide: EVIDENCE_STORE, useFactory: () => createEvidenceStore(settings) },
        { provide: StagingArea, useFactory: () => new StagingArea(settings.dir) },
        EvidenceAccess,
        EvidenceCommands,
        EvidenceQueries,
        EvidenceResolver,
        TaskEvidenceResolver,
        CarriedEvidenceSourceLinks,
        ...EVIDENCE_PEOPLE,
        EvidencePackageService,
        EvidencePackageResolver,
        EvidenceHousekeeping,
        ResumableUploads,
        ...contentReferences,
        { provide: CONTENT_REFERENCES, useFactory: (...owners: ContentReferences[]) => owners, inject: [...contentReferences] },
        ContentIntents,
        StoredFileIntake,
        CampaignDocumentUploads,
      ],
      exports: [EvidenceQueries, EVIDENCE_STORE, StoredFileIntake],
    };
  }
}
