import type { CampaignTotals } from '@accredit/scoring';
import type { CampaignScoringData } from './campaign-scoring-data';
import type { Scoreboard } from './scoreboard';
import { electiveMarkOf, electiveMarks } from './elective-marks';
import type { CurrentScore } from './scoring-statements';
import type { ScoreSnapshot } from './score-snapshot.entity';
import { CampaignScoresModel, IndicatorScoreModel, PointsAtRiskModel, RuleScoreLineModel, RuleScoreModel, ScoreSnapshotModel, ScoreTotalsModel, VerdictCountModel } from './scores.model';
import { toScoreValue } from './rule-score-value.model';
import { toRuleScoringModel } from '@accredit/indicator-systems';
import { withLazyFields } from './lazy-fields';

const round = (value: number) => Math.round(value * 100) / 100;

export function toRuleScoreModel(score: CurrentScore): RuleScoreModel {
  return Object.assign(new RuleScoreModel(), {
    id: score.id,
    source: score.source,
    ruleId: score.rule.id,
    points: Number(score.points),
    vetoed: score.vetoed,
    value: toScoreValue(String(score.input['kind'] ?? ''), score.input),
    explanation: score.explanation,
    comment: score.comment,
    scoredBy: score.scoredByName,
    scoredById: score.scoredBy.id,
    scoredAt: score.scoredAt,
    supersededAt: score.supersededAt ?? null,
  });
}

export function toTotalsModel(totals: CampaignTotals, data: CampaignScoringData): ScoreTotalsModel {
  const codeOf = totals.vetoedBy.length === 0 ? new Map<string, string>() : new Map(data.rules.map(({ rule }) => [rule.id, rule.code]));
  return Object.assign(new ScoreTotalsModel(), {
    points: totals.points,
    uncapped: totals.uncapped,
    maxTotal: totals.maxTotal,
    capped: totals.capped,
    vetoed: totals.vetoed,
    vetoedBy: totals.vetoedBy.map((id) => codeOf.get(id) ?? id),
    scoredRules: totals.scoredRules,
    rules: totals.rules,
    complete: totals.complete,
    scoringMode: totals.scoringMode,
    hasPoints: totals.hasPoints,
    verdict: totals.verdicts?.verdict ?? null,
    verdictCounts: (totals.verdicts?.counts ?? []).map((count) => Object.assign(new VerdictCountModel(), count)),
    judgedRules: totals.verdicts?.judged ?? 0,
  });
}

export function toSnapshotModel(snapshot: ScoreSnapshot): ScoreSnapshotModel {
  return Object.assign(new ScoreSnapshotModel(), {
    id: snapshot.id,
    source: snapshot.source,
    total: Number(snapshot.total),
    maxTotal: Number(snapshot.maxTotal),
    vetoed: snapshot.vetoed,
    scoredRules: snapshot.scoredRules,
    rules: snapshot.rules,
    takenAt: snapshot.takenAt,
  });
}

/**
 * The campaign's scores as the GraphQL model: the totals, the indicators with their rule lines and
 * the points at risk are built when a document asks for them (withLazyFields), so that the
 * dashboard's document (projected totals, points at risk) does not build every rule's model.
 */
export function toCampaignScoresModel(board: Scoreboard, open: { self: boolean; expert: boolean }, snapshots: ScoreSnapshot[]): CampaignScoresModel {
  const { data } = board;
  return withLazyFields(
    Object.assign(new CampaignScoresModel(), {
      campaignId: data.campaign.id,
      campaignState: data.campaign.state,
      selfScoringOpen: open.self,
      expertScoringOpen: open.expert,
      snapshots: snapshots.map(toSnapshotModel),
    }),
    {
      self: () => toTotalsModel(board.totals.self, data),
      expert: () => toTotalsModel(board.totals.expert, data),
      projected: () => toTotalsModel(board.totals.projected, data),
      indicators: () => toIndicatorModels(board),
      pointsAtRisk: () => toPointsAtRiskModels(board),
    },
  );
}

function toIndicatorModels(board: Scoreboard): IndicatorScoreModel[] {
  const { data } = board;
  const lines = new Map<string, RuleScoreLineModel[]>();
  for (const { rule, indicator } of data.rules) {
    const self = data.current.self.get(rule.id) ?? null;
    const expert = data.current.expert.get(rule.id) ?? null;
    const progress = data.progress.get(rule.id);
    const line = Object.assign(new RuleScoreLineModel(), {
      ruleId: rule.id,
      code: rule.code,
      text: rule.text,
      kind: rule.kind,
      scoring: toRuleScoringModel(rule.params),
      maxPoints: Number(rule.points),
      self: self ? toRuleScoreModel(self) : null,
      expert: expert ? toRuleScoreModel(expert) : null,
      projected: board.projectedByRule.get(rule.id)?.points ?? 0,
      difference: self && expert ? round(Number(expert.points) - Number(self.points)) : null,
      tasks: progress?.tasks ?? 0,
      approvedTasks: progress?.approved ?? 0,
      lateTasks: progress?.late ?? 0,
      returnedTasks: progress?.returned ?? 0,
    });
    lines.set(indicator.id, [...(lines.get(indicator.id) ?? []), line]);
  }
  const marks = electiveMarks(board);
  const indicators = data.indicators.map(({ indicator, level, parentCode }) => {
    const totals = board.indicatorTotals.get(indicator.id);
    const mark = electiveMarkOf(marks, indicator.id);
    return Object.assign(new IndicatorScoreModel(), {
      indicatorId: indicator.id,
      code: indicator.code,
      title: indicator.title,
      level,
      parentCode,
      maxScore: indicator.maxScore === null || indicator.maxScore === undefined ? null : Number(indicator.maxScore),
      self: totals?.self.points ?? 0,
      expert: totals?.expert.points ?? 0,
      projected: totals?.projected.points ?? 0,
      selfCapped: totals?.self.capped ?? false,
      expertCapped: totals?.expert.capped ?? false,
      vetoed: (totals?.self.vetoed ?? false) || (totals?.expert.vetoed ?? false),
      scored: totals?.self.scored ?? true,
      selfVerdict: totals?.self.verdict ?? null,
      expertVerdict: totals?.expert.verdict ?? null,
      electiveChoice: mark.choice,
      electiveChosen: mark.chosen,
      unchosen: mark.unchosen,
      rules: lines.get(indicator.id) ?? [],
    });
  });
  return indicators;
}

function toPointsAtRiskModels(board: Scoreboard): PointsAtRiskModel[] {
  return board.pointsAtRisk.map((risk) =>
    Object.assign(new PointsAtRiskModel(), {
      ruleId: risk.ruleId,
      ruleCode: risk.ruleCode,
      ruleText: risk.ruleText,
      indicatorCode: risk.indicatorCode,
      points: risk.points,
      veto: risk.veto,
      lateTasks: risk.late,
      returnedTasks: risk.returned,
      departments: risk.departments,
    }),
  );
}
