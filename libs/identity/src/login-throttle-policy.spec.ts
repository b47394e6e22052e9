import { type ThrottleCounter, type ThrottleKind, decideAttempt, delayAfter, formatWait, loginThrottlePolicy, normaliseUsername, throttleKeys } from './login-throttle-policy';

const policy = loginThrottlePolicy({ maxFailedLogins: 5, lockMinutes: 15, accountMaxDelaySeconds: 30 });
const T0 = new Date('2026-12-01T08:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const fresh = (kind: ThrottleKind): ThrottleCounter => ({ kind, key: kind, failures: 0, windowStart: T0, lastFailureAt: null, blockedUntil: null, lastSuccessAt: null });
const counters = () => (['ip', 'ip+account', 'account'] as const).map(fresh);

/** Attempts as fast as the throttle admits them, from `start` for `seconds`: how many were tried. */
function hammer(state: ThrottleCounter[], start: number, seconds: number): { state: ThrottleCounter[]; tried: number } {
  let tried = 0;
  for (let t = start; t < start + seconds; t += 0.25) {
    const decision = decideAttempt(state, policy, at(t));
    if (decision.admitted) {
      state = decision.charged;
      tried += 1;
    }
  }
  return { state, tried };
}

describe('login throttle policy', () => {
  it('lets the free failures through, then waits 1 s, 2 s, 4 s … up to the cap', () => {
    const rule = policy.rules['ip+account'];
    expect([1, 2, 3, 4].map((n) => delayAfter(n, rule))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 14, 15, 100, 10_000].map((n) => delayAfter(n, rule))).toEqual([1, 2, 4, 8, 512, 900, 900, 900]);
    expect(delayAfter(100, policy.rules.account)).toBe(30);
    expect(policy.rules.ip.freeFailures).toBe(20);
  });

  it('refuses an attempt during a wait without charging it, and names the longest wait', () => {
    let state = counters();
    for (let i = 0; i < 5; i += 1) {
      const decision = decideAttempt(state, policy, at(i));
      if (!decision.admitted) throw new Error('refused too early');
      state = decision.charged;
    }
    expect(state.map((c) => c.failures)).toEqual([5, 5, 5]);
    expect(state.find((c) => c.kind === 'ip+account')!.blockedUntil).toEqual(at(5));
    expect(decideAttempt(state, policy, at(4.2))).toEqual({ admitted: false, retryAfterSeconds: 1 });
    const next = decideAttempt(state, policy, at(5));
    expect(next.admitted).toBe(true);
  });

  it('keeps one address guessing one account to a handful of tries an hour, and the account wait short', () => {
    const { state, tried } = hammer(counters(), 0, 3600);
    // 5 free, then one try after each wait: 1+2+…+512 s, then one per 900 s.
    expect(tried).toBeLessThanOrEqual(5 + 10 + 3);
    const byKind = Object.fromEntries(state.map((c) => [c.kind, c]));
    expect(byKind['account'].blockedUntil!.getTime() - byKind['account'].lastFailureAt!.getTime()).toBe(30_000);
    expect(byKind['ip+account'].blockedUntil!.getTime() - byKind['ip+account'].lastFailureAt!.getTime()).toBe(900_000);
  });

  it('exempts an address the account logged in from recently from the account wait, not from its own', () => {
    const attacked = counters().map((c) => (c.kind === 'account' ? { ...c, failures: 40, lastFailureAt: at(0), blockedUntil: at(30) } : c));
    expect(decideAttempt(attacked, policy, at(1))).toEqual({ admitted: false, retryAfterSeconds: 29 });
    const known = attacked.map((c) => (c.kind === 'ip+account' ? { ...c, lastSuccessAt: at(-86_400 * 89) } : c));
    expect(decideAttempt(known, policy, at(1)).admitted).toBe(true);
    const longAgo = attacked.map((c) => (c.kind === 'ip+account' ? { ...c, lastSuccessAt: at(-86_400 * 91) } : c));
    expect(decideAttempt(longAgo, policy, at(1)).admitted).toBe(false);
    const ownWait = known.map((c) => (c.kind === 'ip+account' ? { ...c, blockedUntil: at(60) } : c));
    expect(decideAttempt(ownWait, policy, at(1))).toEqual({ admitted: false, retryAfterSeconds: 59 });
  });

  it('forgets a series after a quiet period longer than the longest wait', () => {
    const tired = counters().map((c) => ({ ...c, failures: 12, windowStart: at(0), lastFailureAt: at(0), blockedUntil: at(128) }));
    const soon = decideAttempt(tired, policy, at(200));
    expect(soon.admitted && soon.charged.map((c) => c.failures)).toEqual([13, 13, 13]);
    const muchLater = decideAttempt(tired, policy, at(3600 + 1));
    expect(muchLater.admitted && muchLater.charged.map((c) => c.failures)).toEqual([1, 1, 1]);
    expect(muchLater.admitted && muchLater.charged[0].windowStart).toEqual(at(3600 + 1));
  });

  it('never makes anyone wait for the account when its cap is 0', () => {
    const off = loginThrottlePolicy({ maxFailedLogins: 5, lockMinutes: 15, accountMaxDelaySeconds: 0 });
    expect(delayAfter(50, off.rules.account)).toBe(0);
  });

  it('counts usernames case- and width-insensitively and keys pairs unambiguously', () => {
    expect(normaliseUsername('  Admin ')).toBe('admin');
    expect(normaliseUsername('ａｄｍｉｎ')).toBe('admin');
    expect(throttleKeys('203.0.113.7', 'admin')).toEqual([
      { kind: 'ip', key: '203.0.113.7', account: null },
      { kind: 'ip+account', key: '203.0.113.7 admin', account: 'admin' },
      { kind: 'account', key: 'admin', account: 'admin' },
    ]);
  });

  it('states a wait in seconds, or in minutes when long', () => {
    expect(formatWait(1)).toBe('1 秒');
    expect(formatWait(0.2)).toBe('1 秒');
    expect(formatWait(119)).toBe('119 秒');
    expect(formatWait(900)).toBe('15 分钟');
  });
});
