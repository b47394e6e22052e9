import type { Countable, RegionLevel } from './types';

// The Chinese names of what count and quota guards count, and where (read by the actor guards too).

// `objections`: the objections (异议) filed against the subject itself, per state (open, answered);
// `earlierParticipants`: the participants of the owner's earlier campaigns on the same participant
// workflow (earlier batches), e.g. the counties a province already has named.
export const COUNTABLES: Readonly<Record<Countable, string>> = { tasks: '任务', participants: '参与单位', objections: '异议', earlierParticipants: '此前批次的参与单位' };
/** Levels a count may be limited to (`within`): the subject's ancestor at that level. */
export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, string>> = { province: '省', city: '市' };
/** Organisation levels a quota base may count (descendants of the campaign's owner). */
export const ORGANISATION_LEVEL_LABELS: Readonly<Record<string, string>> = {
  province: '省',
  city: '市',
  county: '县（区）',
};
