import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CampaignsModule } from '@accredit/campaigns';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { CampaignScoringReader } from './scores/campaign-scoring-data';
import { Score } from './scores/score.entity';
import { ScoreCommands } from './scores/score-commands.service';
import { ScoreQueries } from './scores/score-queries.service';
import { ScoreSnapshot } from './scores/score-snapshot.entity';
import { ScoreSnapshotService } from './scores/score-snapshot.service';
import { CampaignScoresFieldsResolver, ScoresResolver } from './scores/scores.resolver';
import { WorkflowLabelsService } from './workflow-labels.service';

/**
 * Scores (self and expert, totals, projection, snapshots), all computed by @accredit/scoring so
 * that the API, the dashboard and the exports agree. Global, so that the workflow runtime's
 * `snapshotScores` effect (through its SCORE_SNAPSHOTS port, wired by the app) and the reporting
 * module's exports can inject ScoreSnapshotService and the scoring reader.
 */
@Module({})
export class ScoresModule {
  static forRoot(): DynamicModule {
    return {
      module: ScoresModule,
      global: true,
      imports: [MikroOrmModule.forFeature([Score, ScoreSnapshot]), CampaignsModule, IndicatorSystemsModule],
      providers: [
        WorkflowLabelsService,
        CampaignScoringReader,
        ScoreCommands,
        ScoreQueries,
        ScoreSnapshotService,
        ScoresResolver,
        CampaignScoresFieldsResolver,
      ],
      exports: [ScoreSnapshotService, ScoreQueries, CampaignScoringReader],
    };
  }
}
