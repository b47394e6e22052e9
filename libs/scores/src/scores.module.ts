import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CampaignsModule } from '@accredit/campaigns';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { CampaignExportsController } from './exports/campaign-exports.controller';
import { CampaignExportsService, EVIDENCE_LIST } from './exports/campaign-exports.service';
import { type EvidenceListSource, EvidenceTablesList } from './exports/evidence-list';
import { CampaignScoringReader } from './scores/campaign-scoring-data';
import { Score } from './scores/score.entity';
import { ScoreCommands } from './scores/score-commands.service';
import { ScoreQueries } from './scores/score-queries.service';
import { ScoreSnapshot } from './scores/score-snapshot.entity';
import { ScoreSnapshotService } from './scores/score-snapshot.service';
import { CampaignScoresFieldsResolver, ScoresResolver } from './scores/scores.resolver';
import { IndicatorTableFilesController } from './table-import/indicator-table-files.controller';
import { IndicatorTableImportResolver } from './table-import/indicator-table-import.resolver';
import { IndicatorTableImportService } from './table-import/indicator-table-import.service';
import { WorkflowLabelsService } from './workflow-labels.service';

export interface ScoresModuleOptions {
  /** Where the self-assessment report's evidence list comes from; default: the evidence tables. */
  evidenceList?: { module: Type<unknown>; source: Type<EvidenceListSource> };
}

/**
 * Scores (self and expert, totals, projection, snapshots), indicator-table import, and the
 * task-table and self-assessment exports — all computed by @accredit/scoring and written by
 * @accredit/table-io, so the API, the dashboard and the files agree. Global, so that the workflow
 * runtime's `snapshotScores` effect and the dashboard can inject ScoreSnapshotService and the
 * scoreboard reader without importing this module.
 */
@Module({})
export class ScoresModule {
  static forRoot(options: ScoresModuleOptions = {}): DynamicModule {
    const evidence: Provider = options.evidenceList ? { provide: EVIDENCE_LIST, useExisting: options.evidenceList.source } : { provide: EVIDENCE_LIST, useClass: EvidenceTablesList };
    return {
      module: ScoresModule,
      global: true,
      imports: [MikroOrmModule.forFeature([Score, ScoreSnapshot]), CampaignsModule, IndicatorSystemsModule, ...(options.evidenceList ? [options.evidenceList.module] : [])],
      controllers: [CampaignExportsController, IndicatorTableFilesController],
      providers: [
        evidence,
        WorkflowLabelsService,
        CampaignScoringReader,
        ScoreCommands,
        ScoreQueries,
        ScoreSnapshotService,
        ScoresResolver,
        CampaignScoresFieldsResolver,
        IndicatorTableImportService,
        IndicatorTableImportResolver,
        CampaignExportsService,
      ],
      exports: [ScoreSnapshotService, ScoreQueries, CampaignScoringReader],
    };
  }
}
