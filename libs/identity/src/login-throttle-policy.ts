/**
 * Login throttling as pure rules: which counters a password attempt is charged to, when a
 * counter makes the next attempt wait, and for how long. No hard lock: every wait is bounded,
 * and the long waits fall on the attacking address, never on the account alone.
 *
 * Counters (one row each in `login_throttle`, keyed by kind and key):
 * - `ip`: every failure from one client address, whatever the username (password spraying);
 * - `ip+account`: failures from one address against one username (guessing one password);
 * - `account`: failures against one username from anywhere (a distributed attack). Its wait is
 *   short and capped, and addresses the account has logged in from before are exempt from it,
 *   so strangers can slow an account down but never lock its owner out.
 */
export type ThrottleKind = 'ip' | 'ip+account' | 'account';

export const THROTTLE_KINDS: readonly ThrottleKind[] = ['ip', 'ip+account', 'account'];

export interface ThrottleRule {
  /** Failures allowed before the next attempt must wait. */
  freeFailures: number;
  /** The longest wait, in seconds (0: this counter never makes anyone wait). */
  maxDelaySeconds: number;
  /** A series of failures is forgotten after this many seconds without a new one. */
  forgetAfterSeconds: number;
}

export interface LoginThrottlePolicy {
  rules: Readonly<Record<ThrottleKind, ThrottleRule>>;
  /** An address the account logged in from within this many days is exempt from the account's wait. */
  knownAddressDays: number;
}

export interface LoginThrottleSettings {
  /** Failures of one username (from one address, or from anywhere) before waits begin. */
  maxFailedLogins: number;
  /** The longest wait of an address, in minutes. */
  lockMinutes: number;
  /** The longest wait of an account for addresses it has not logged in from, in seconds. */
  accountMaxDelaySeconds: number;
}

/** One address may fail this many times more than one username before it must wait. */
export const ADDRESS_FREE_FACTOR = 4;
const HOUR = 3600;

export function loginThrottlePolicy(settings: LoginThrottleSettings): LoginThrottlePolicy {
  const addressCap = settings.lockMinutes * 60;
  // Forgetting must take longer than the longest wait, or waiting it out would reset the series.
  const forget = (cap: number) => Math.max(HOUR, 4 * cap);
  return {
    rules: {
      ip: { freeFailures: ADDRESS_FREE_FACTOR * settings.maxFailedLogins, maxDelaySeconds: addressCap, forgetAfterSeconds: forget(addressCap) },
      'ip+account': { freeFailures: settings.maxFailedLogins, maxDelaySeconds: addressCap, forgetAfterSeconds: forget(addressCap) },
      account: { freeFailures: settings.maxFailedLogins, maxDelaySeconds: settings.accountMaxDelaySeconds, forgetAfterSeconds: forget(settings.accountMaxDelaySeconds) },
    },
    knownAddressDays: 90,
  };
}

/** The wait after the n-th failure of a series: none before the free failures are used, then 1 s, 2 s, 4 s … up to the cap. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeFailures || rule.maxDelaySeconds <= 0) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** Math.min(failures - rule.freeFailures, 30));
}

/** A counter as stored. */
export interface ThrottleCounter {
  kind: ThrottleKind;
  key: string;
  failures: number;
  windowStart: Date;
  lastFailureAt: Date | null;
  blockedUntil: Date | null;
  lastSuccessAt: Date | null;
}

export type Admission = { admitted: true; charged: ThrottleCounter[] } | { admitted: false; retryAfterSeconds: number };

/** Whether the address is one the account has logged in from recently (the `ip+account` counter remembers it). */
export function isKnownAddress(counters: readonly ThrottleCounter[], policy: LoginThrottlePolicy, now: Date): boolean {
  const pair = counters.find((counter) => counter.kind === 'ip+account');
  return Boolean(pair?.lastSuccessAt && now.getTime() - pair.lastSuccessAt.getTime() <= policy.knownAddressDays * 86_400_000);
}

/**
 * Decides an attempt before its password is checked. A waiting counter refuses it (and the
 * refusal is not counted: the password was not tried). Otherwise every counter is charged one
 * failure in advance, so that parallel attempts cannot all slip through; a correct password
 * gives the charge back (see `LoginThrottleService.succeeded`).
 */
export function decideAttempt(counters: readonly ThrottleCounter[], policy: LoginThrottlePolicy, now: Date): Admission {
  const known = isKnownAddress(counters, policy, now);
  const waits = counters
    .filter((counter) => !(counter.kind === 'account' && known))
    .map((counter) => (counter.blockedUntil ? counter.blockedUntil.getTime() - now.getTime() : 0))
    .filter((ms) => ms > 0);
  if (waits.length) return { admitted: false, retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000) };
  return { admitted: true, charged: counters.map((counter) => charge(counter, policy.rules[counter.kind], now)) };
}

function charge(counter: ThrottleCounter, rule: ThrottleRule, now: Date): ThrottleCounter {
  const forgotten = !counter.lastFailureAt || now.getTime() - counter.lastFailureAt.getTime() > rule.forgetAfterSeconds * 1000;
  const failures = forgotten ? 1 : counter.failures + 1;
  const delay = delayAfter(failures, rule);
  return {
    ...counter,
    failures,
    windowStart: forgotten ? now : counter.windowStart,
    lastFailureAt: now,
    blockedUntil: delay ? new Date(now.getTime() + delay * 1000) : null,
  };
}

/** Usernames are counted case- and width-insensitively, so `Admin` and `ａｄｍｉｎ` share admin's counter. */
export function normaliseUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase().slice(0, 128);
}

/** The counters one attempt touches. Addresses contain no space, so the pair key is unambiguous. */
export function throttleKeys(address: string, account: string): { kind: ThrottleKind; key: string; account: string | null }[] {
  return [
    { kind: 'ip', key: address, account: null },
    { kind: 'ip+account', key: `${address} ${account}`, account },
    { kind: 'account', key: account, account },
  ];
}

/** A wait as a person reads it: seconds up to two minutes, then whole minutes. */
export function formatWait(seconds: number): string {
  return seconds < 120 ? `${Math.max(1, Math.ceil(seconds))} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
