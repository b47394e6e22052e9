import { evaluateEvent } from './evaluator';
import { readQuota } from './quota-reading';
import { compileOrThrow } from './spec-helpers';
import type { Facts, QuotaParams } from './types';

// The quota figures a page shows ("已推荐 n / 名额 m") come from readQuota, and so does the
// guard's refusal: for any counts, the guard passes exactly while taken < allowed.

const PROVINCE_QUOTA: QuotaParams = {
  of: 'participants',
  within: 'province',
  states: ['recommended'],
  percent: 20,
  base: { organisations: 'county' },
  minus: ['named'],
  minusOf: 'earlierParticipants',
};

const definition = compileOrThrow(`
key: batch
version: 1
entityType: participant
name: 批次
states:
  applied: { label: 已申报, initial: true }
  recommended: { label: 已推荐 }
  named: { label: 已命名, final: true }
transitions:
  - event: recommend
    label: 推荐
    from: applied
    to: recommended
    roles: [office_admin]
    guards:
      - quota: { of: participants, within: province, states: [recommended], percent: 20, base: { organisations: county }, minus: [named], minusOf: earlierParticipants }
  - { event: name, label: 命名, from: recommended, to: named, roles: [office_admin] }
`);

const inProvince = (recommended: number, earlierNamed: number, counties: number): Facts => ({
  counts: { participants: { recommended: 99 } },
  regions: { province: { name: '四川省', counts: { participants: { recommended }, earlierParticipants: { named: earlierNamed } }, organisationCounts: { county: counties } } },
});

describe('readQuota', () => {
  it('reads the figures within the province: taken, counted earlier, the cap and what is left', () => {
    expect(readQuota(PROVINCE_QUOTA, inProvince(3, 2, 38))).toMatchObject({ ok: true, where: '四川省', taken: 3, already: 2, base: 38, cap: 7, allowed: 5 });
    // Never below zero, however many were named before.
    expect(readQuota(PROVINCE_QUOTA, inProvince(0, 9, 10))).toMatchObject({ taken: 0, already: 9, cap: 2, allowed: 0 });
  });

  it('says what is missing instead of a figure', () => {
    expect(readQuota(PROVINCE_QUOTA, { counts: {} })).toEqual({ ok: false, missing: 'region' });
    expect(readQuota({ ...PROVINCE_QUOTA, within: undefined }, { counts: { participants: {} } })).toEqual({ ok: false, missing: 'counts', countable: 'earlierParticipants' });
    expect(readQuota({ ...PROVINCE_QUOTA, within: undefined, minusOf: undefined }, { counts: { participants: {} } })).toEqual({ ok: false, missing: 'base' });
  });

  it('agrees with the guard for every count: it refuses exactly when taken reaches allowed', () => {
    for (let recommended = 0; recommended <= 8; recommended++) {
      for (const earlier of [0, 1, 3, 9]) {
        const facts = inProvince(recommended, earlier, 38);
        const reading = readQuota(PROVINCE_QUOTA, facts);
        const status = evaluateEvent(definition, { state: 'applied', event: 'recommend', actor: { id: 'o', roles: ['office_admin'] }, facts });
        expect({ recommended, earlier, allowed: status.allowed }).toEqual({ recommended, earlier, allowed: reading.ok && reading.taken < reading.allowed });
        if (!status.allowed && reading.ok) expect((status as { reasons: readonly string[] }).reasons.join('')).toContain(`最多 ${reading.allowed} 个`);
      }
    }
  });
});
