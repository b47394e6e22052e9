import type { Indicator } from '@accredit/indicator-systems';
import type { ElectiveGroup } from '@accredit/scoring';

/**
 * The elective group (选做) an indicator of a campaign's snapshot heads, or null. The one place
 * that reads it off the stored indicator, so the choice logic does not depend on how it is stored.
 */
export function electiveGroupOf(indicator: Indicator): ElectiveGroup | null {
  const group = indicator.elective;
  return group && typeof group === 'object' && Number.isInteger(group.min) && Number.isInteger(group.max) ? group : null;
}
