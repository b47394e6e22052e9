import { type AuditContent, GENESIS_HASH, auditHash, canonicalJson, normaliseDetails } from './audit-hash';

const content: AuditContent = {
  at: new Date('2026-05-01T08:00:00.123Z'),
  actorId: '7f1c2f0e-1d1e-4c55-9a55-3b0e6e7f0a01',
  actorUsername: 'office',
  actorName: '区科协管理员',
  organisationId: '0d2b9c1a-4a51-4f0e-8f45-2a7c3c1b9e10',
  action: 'transition',
  entityType: 'task',
  entityId: 'c1f0e7a4-5b7d-4b8e-9b51-0f6a7d2e3c44',
  details: { from: 'pending', to: 'submitted', event: 'submit' },
};

describe('canonicalJson', () => {
  it('sorts keys at every level, so jsonb key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('drops undefined members and writes dates as ISO text, as JSON would', () => {
    const details = normaliseDetails({ at: new Date('2026-01-02T03:04:05.006Z'), gone: undefined, n: 1.5 });
    expect(details).toEqual({ at: '2026-01-02T03:04:05.006Z', n: 1.5 });
  });
});

describe('auditHash', () => {
  const base = auditHash(content, GENESIS_HASH);

  it('is a sha256 in hex, the same for the same content', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...content, details: { to: 'submitted', event: 'submit', from: 'pending' } }, GENESIS_HASH)).toBe(base);
  });

  it.each<[string, Partial<AuditContent>]>([
    ['time', { at: new Date('2026-05-01T08:00:00.124Z') }],
    ['actor', { actorId: null }],
    ['username', { actorUsername: 'offic' }],
    ['name', { actorName: '别人' }],
    ['organisation', { organisationId: null }],
    ['action', { action: 'score' }],
    ['entity type', { entityType: 'campaign' }],
    ['entity id', { entityId: 'x' }],
    ['details', { details: { from: 'pending', to: 'approved', event: 'submit' } }],
  ])('changes when the %s changes', (_what, change) => {
    expect(auditHash({ ...content, ...change }, GENESIS_HASH)).not.toBe(base);
  });

  it('binds the row to the row before it', () => {
    expect(auditHash(content, 'f'.repeat(64))).not.toBe(base);
  });

  it('does not confuse a null with the text "null"', () => {
    expect(auditHash({ ...content, entityId: null }, GENESIS_HASH)).not.toBe(auditHash({ ...content, entityId: 'null' }, GENESIS_HASH));
  });
});
