// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultCampaignId } from './use-current-campaign';

describe('the campaign shown when none is chosen', () => {
  it('is the organisation’s own newest campaign, not a participant’s work listed before it', () => {
    expect(
      defaultCampaignId([
        { id: 'work-county', parentCampaignId: 'batch' },
        { id: 'batch', parentCampaignId: null },
      ]),
    ).toBe('batch');
    // A county whose only campaign is its work in the national batch.
    expect(defaultCampaignId([{ id: 'work-county', parentCampaignId: 'batch' }])).toBe('work-county');
    expect(defaultCampaignId([])).toBeNull();
  });
});
