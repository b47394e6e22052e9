export * from './scores/score-source';
export * from './scores/score.entity';
export * from './scores/score-snapshot.entity';
export * from './scores/scoring-window';
export * from './scores/campaign-scoring-data';
export * from './scores/scoreboard';
export * from './scores/score-commands.service';
export * from './scores/score-queries.service';
export * from './scores/score-snapshot.service';
export * from './scores/scores.model';
export * from './scores.exception';
export * from './exports/evidence-list';
export * from './exports/export-file-name';
export * from './table-import/indicator-table-import.service';
export * from './scores.module';

import { ScoreSnapshot } from './scores/score-snapshot.entity';
import { Score } from './scores/score.entity';
export const SCORE_ENTITIES = [Score, ScoreSnapshot];
