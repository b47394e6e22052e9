import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { flattenTotals } from '@accredit/scoring';
import { Campaign } from '@accredit/campaigns';
import { CampaignScoringReader } from './campaign-scoring-data';
import { buildScoreboard } from './scoreboard';
import { type SnapshotRules, ScoreSnapshot } from './score-snapshot.entity';
import type { ScoreSource } from './score-source';

/**
 * Stores a campaign's scores of one source as they stand, inside the caller's transaction: the
 * workflow effect `snapshotScores` (申报认定 → self, 认定通过 → expert) calls it with the
 * transition's EntityManager, so the snapshot is stored with the transition or not at all.
 */
@Injectable()
export class ScoreSnapshotService {
  constructor(private readonly reader: CampaignScoringReader) {}

  async snapshot(em: EntityManager, campaignId: string, source: ScoreSource): Promise<ScoreSnapshot> {
    const campaign = await em.findOneOrFail(Campaign, { id: campaignId });
    const board = buildScoreboard(await this.reader.read(em, campaign));
    const totals = board.totals[source];
    const ruleScores: SnapshotRules = {};
    for (const { rule } of board.data.rules) {
      const score = board.data.current[source].get(rule.id);
      ruleScores[rule.code] = { ruleId: rule.id, points: score ? Number(score.points) : 0, vetoed: score?.vetoed ?? false, scoreId: score?.id ?? null };
    }
    const snapshot = em.create(ScoreSnapshot, {
      campaign,
      source,
      total: String(totals.points),
      maxTotal: String(totals.maxTotal),
      vetoed: totals.vetoed,
      scoredRules: totals.scoredRules,
      rules: totals.rules,
      indicators: Object.fromEntries(flattenTotals(totals.indicators).map((indicator) => [indicator.code, indicator.points])),
      ruleScores,
    });
    await em.flush();
    return snapshot;
  }

  /** The workflow runtime's port (ScoreSnapshotPort): snapshot, and say what was stored. */
  async record(em: EntityManager, campaignId: string, source: ScoreSource): Promise<string> {
    return ScoreSnapshotService.describe(await this.snapshot(em, campaignId, source));
  }

  /** A one-line outcome for the transition log: 自评快照：86.5/100 分，已评 55/55 条. */
  static describe(snapshot: ScoreSnapshot): string {
    const label = snapshot.source === 'self' ? '自评' : '专家评分';
    return `${label}快照：${Number(snapshot.total)}/${Number(snapshot.maxTotal)} 分，已评 ${snapshot.scoredRules}/${snapshot.rules} 条${snapshot.vetoed ? '，一票否决' : ''}`;
  }
}
