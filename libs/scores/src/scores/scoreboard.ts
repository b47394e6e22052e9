import { type CampaignTotals, type PointsAtRisk, type RecordedScore, flattenTotals, pointsAtRisk, projectedScores, totals } from '@accredit/scoring';
import type { CampaignScoringData } from './campaign-scoring-data';
import { withLazyFields } from './lazy-fields';
import type { CurrentScore } from './scoring-statements';
import type { ScoreSource } from './score-source';

/**
 * A campaign's scores, computed once by the scoring library for every screen and export alike:
 * self and expert totals with caps and vetoes, the projection, and the points at risk.
 */
export interface Scoreboard<D extends CampaignScoringData = CampaignScoringData> {
  data: D;
  totals: Record<ScoreSource | 'projected', CampaignTotals>;
  projectedByRule: Map<string, RecordedScore>;
  pointsAtRisk: PointsAtRisk[];
  /** Indicator id → its totals for each source, for flat lists. */
  indicatorTotals: Map<string, Record<ScoreSource | 'projected', IndicatorSourceTotal>>;
}

/** One indicator's total from one source; `scored` false for a checklist part (verdicts, not points). */
export interface IndicatorSourceTotal {
  points: number;
  capped: boolean;
  vetoed: boolean;
  scored: boolean;
  /** The rolled-up verdict of its checklist rules (null until all are judged, or when it has none). */
  verdict: string | null;
}

export function recorded(scores: ReadonlyMap<string, CurrentScore>): Map<string, RecordedScore> {
  return new Map(
    [...scores].map(([ruleId, score]) => {
      const verdict = typeof score.input['verdict'] === 'string' ? score.input['verdict'] : null;
      return [ruleId, verdict === null ? { points: Number(score.points), vetoed: score.vetoed } : { points: 0, vetoed: false, verdict }];
    }),
  );
}

/**
 * Every figure is computed when first read (withLazyFields): a document asking for the projected
 * totals and the points at risk (CampaignScores) does not pay for the expert totals nor for every
 * indicator's totals; exports and the score sheet read them all and get the same values.
 */
export function buildScoreboard<D extends CampaignScoringData>(data: D): Scoreboard<D> {
  // Unchosen options of an elective group count as the group says (excluded, or not among the best N).
  const options = { choices: data.choices };
  let self: Map<string, RecordedScore> | undefined;
  const selfScores = () => (self ??= recorded(data.current.self));
  const board: Scoreboard<D> = withLazyFields(
    { data },
    {
      projectedByRule: (): Map<string, RecordedScore> => projectedScores(data.system, selfScores(), data.progress),
      totals: (): Scoreboard<D>['totals'] =>
        withLazyFields(
          {},
          {
            self: () => totals(data.system, selfScores(), options),
            expert: () => totals(data.system, recorded(data.current.expert), options),
            projected: () => totals(data.system, board.projectedByRule, options),
          },
        ),
      pointsAtRisk: (): PointsAtRisk[] => pointsAtRisk(data.system, selfScores(), data.progress),
      indicatorTotals: (): Scoreboard<D>['indicatorTotals'] => {
        const indicatorTotals: Scoreboard<D>['indicatorTotals'] = new Map();
        for (const source of ['self', 'expert', 'projected'] as const) {
          for (const indicator of flattenTotals(board.totals[source].indicators)) {
            const entry = indicatorTotals.get(indicator.id) ?? ({} as Record<ScoreSource | 'projected', IndicatorSourceTotal>);
            entry[source] = {
              points: indicator.points,
              capped: indicator.capped,
              vetoed: indicator.vetoed,
              scored: indicator.scoringMode !== 'verdicts',
              verdict: indicator.verdicts?.verdict ?? null,
            };
            indicatorTotals.set(indicator.id, entry);
          }
        }
        return indicatorTotals;
      },
    },
  );
  return board;
}
