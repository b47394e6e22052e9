import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CampaignsModule } from '@accredit/campaigns';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { WorkflowDefinitionsModule } from '@accredit/workflow-runtime';
import { CampaignScoringReader } from './scores/campaign-scoring-data';
import { Score } from './scores/score.entity';
import { ScoreCommands } from './scores/score-commands.service';
import { ScoreQueries } from './scores/score-queries.service';
import { ScoreSnapshot } from './scores/score-snapshot.entity';
import { ScoreSnapshotService } from './scores/score-snapshot.service';
import { CampaignScoresCampaignLink, CampaignScoresFieldsResolver, ScoresResolver } from './scores/scores.resolver';
import { SCORE_LINKS } from './scores/score-links.resolver';

/**
 * Scores (self and expert, totals, projection, snapshots), all computed by @accredit/scoring so
 * that the API, the dashboard and the exports agree. Not global: reporting imports it for the
 * scoring reader, and the app hands it to the workflow runtime, whose `snapshotScores` effect
 * stores through ScoreSnapshotService (its SCORE_SNAPSHOTS port).
 */
@Module({
  imports: [MikroOrmModule.forFeature([Score, ScoreSnapshot]), CampaignsModule, IndicatorSystemsModule, WorkflowDefinitionsModule],
  providers: [CampaignScoringReader, ScoreCommands, ScoreQueries, ScoreSnapshotService, ScoresResolver, CampaignScoresFieldsResolver, CampaignScoresCampaignLink, ...SCORE_LINKS],
  exports: [ScoreSnapshotService, ScoreQueries, CampaignScoringReader],
})
export class ScoresModule {}
