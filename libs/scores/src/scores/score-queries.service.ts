import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId, notFoundMessage, organisationScope } from '@accredit/api-kit';
import { type Campaign, CampaignsService } from '@accredit/campaigns';
import type { ScoredCampaign } from './scoring-statements';
import { ScoringRule } from '@accredit/indicator-systems';
import { WorkflowLabelsService } from '@accredit/workflow-runtime';
import { CampaignScoringReader } from './campaign-scoring-data';
import { type Scoreboard, buildScoreboard } from './scoreboard';
import { Score } from './score.entity';
import { ScoreSnapshot } from './score-snapshot.entity';
import { scoringWindow } from './scoring-window';
import { ScoresRefusal, scoresError, campaignNotFound } from '../scores.exception';

/** Reading scores: one scoreboard per campaign, computed by the scoring library. */
@Injectable()
export class ScoreQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly reader: CampaignScoringReader,
    private readonly labels: WorkflowLabelsService,
  ) {}

  /**
   * The scoreboard of a campaign the actor may see (CampaignsService.get's rule, checked in the
   * same statement that reads the scores; NOT_FOUND otherwise): no entity on the score screens.
   */
  async scoreboard(actor: Actor, campaignId: string): Promise<Scoreboard> {
    const data = await this.reader.readFor(this.em, assertId(campaignId), organisationScope(actor));
    if (!data) throw campaignNotFound(campaignId);
    return buildScoreboard(data);
  }

  async window(campaign: ScoredCampaign): Promise<{ self: boolean; expert: boolean }> {
    const workflow = await this.labels.of(campaign.workflowDefinitionId);
    return scoringWindow(campaign.state, workflow.finals, workflow.expertScoring);
  }

  snapshots(campaign: Campaign): Promise<ScoreSnapshot[]> {
    return this.snapshotsOf(campaign.id);
  }

  /** Snapshots of a campaign the caller has already been allowed to read. */
  snapshotsOf(campaignId: string): Promise<ScoreSnapshot[]> {
    return this.em.find(ScoreSnapshot, { campaign: campaignId }, { orderBy: { takenAt: 'asc', id: 'asc' } });
  }

  /** Every score ever given to a rule of the campaign, current and superseded, newest first. */
  async history(actor: Actor, campaignId: string, ruleId: string): Promise<Score[]> {
    assertId(ruleId, 'ruleId');
    const campaign = await this.campaigns.get(campaignId, actor);
    const inSystem = await this.em.count(ScoringRule, { id: ruleId, indicator: { system: campaign.indicatorSystem.id } });
    if (inSystem === 0) throw scoresError(ScoresRefusal.RuleNotInCampaign, notFoundMessage('评分规则', ruleId), { id: ruleId });
    return this.em.find(Score, { campaign: campaign.id, rule: ruleId }, { orderBy: { scoredAt: 'desc', id: 'desc' } });
  }
}
