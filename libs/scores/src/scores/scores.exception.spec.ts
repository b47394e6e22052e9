import { ErrorCode } from '@accredit/api-kit';
import { ScoresRefusal, errorCodeOf, scoresError } from '../scores.exception';

describe('scores refusals', () => {
  it('maps every refusal to an API error code', () => {
    for (const reason of Object.values(ScoresRefusal)) expect(Object.values(ErrorCode)).toContain(errorCodeOf(reason));
  });

  it('carries the reason and details with a stable code', () => {
    const error = scoresError(ScoresRefusal.ExpertScoringClosed, '专家评分只在认定阶段开放', { campaignState: 'creation' });
    expect(error).toMatchObject({ code: 'CONFLICT', message: '专家评分只在认定阶段开放', details: { reason: 'EXPERT_SCORING_CLOSED', campaignState: 'creation' } });
  });
});
