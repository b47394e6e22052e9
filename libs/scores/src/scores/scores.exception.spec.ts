import { ScoresRefusal, scoresError } from '../scores.exception';

// That every refusal maps to an error code is the compiler's job (errorCodeOf's switch is
// exhaustive and returns an ErrorCode); what a client reads is checked here.
describe('scores refusals', () => {
  it('carries the reason and details with a stable code', () => {
    const error = scoresError(ScoresRefusal.ExpertScoringClosed, '专家评分只在认定阶段开放', { campaignState: 'creation' });
    expect(error).toMatchObject({ code: 'CONFLICT', message: '专家评分只在认定阶段开放', details: { reason: 'EXPERT_SCORING_CLOSED', campaignState: 'creation' } });
  });
});
