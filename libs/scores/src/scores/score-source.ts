/** Who gave a score: the office's self-assessment or the experts at accreditation. */
export const SCORE_SOURCES = ['self', 'expert'] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];

export const SCORE_SOURCE_LABELS: Record<ScoreSource, string> = { self: '自评', expert: '专家评分' };
