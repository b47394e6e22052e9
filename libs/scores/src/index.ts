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
export * from './scores/elective-marks';
export * from './scores.module';

import { ScoreSnapshot } from './scores/score-snapshot.entity';
import { Score } from './scores/score.entity';
export const SCORE_ENTITIES = [Score, ScoreSnapshot];
export * from './scores/scoring-statements';
