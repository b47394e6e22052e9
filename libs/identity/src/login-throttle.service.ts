import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type IdentitySettings, IDENTITY_SETTINGS } from './identity-settings';
import { IdentityRefusal, identityError } from './identity.exception';
import {
  type LoginThrottlePolicy,
  type ThrottleCounter,
  type ThrottleKind,
  THROTTLE_KINDS,
  decideAttempt,
  formatWait,
  loginThrottlePolicy,
  normaliseUsername,
  throttleKeys,
} from './login-throttle-policy';

interface CounterRow {
  kind: ThrottleKind;
  key: string;
  failures: number;
  window_start: Date | string;
  last_failure_at: Date | string | null;
  blocked_until: Date | string | null;
  last_success_at: Date | string | null;
  now: Date | string;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
const CLEANUP_EVERY_MS = 10 * 60_000;

/**
 * The login throttle's bookkeeping in PostgreSQL (tables login_throttle and login_rate), so that
 * every API replica sees the same counts. The rules themselves are pure: login-throttle-policy.ts.
 * All times are the database's clock, so replicas with skewed clocks still agree.
 */
@Injectable()
export class LoginThrottleService {
  private readonly policy: LoginThrottlePolicy;
  private lastCleanup = 0;

  constructor(
    private readonly em: EntityManager,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {
    this.policy = loginThrottlePolicy(settings);
  }

  /**
   * Counts one password attempt of a client address (every login field of a document counts,
   * aliases included) and refuses it beyond LOGIN_RATE_PER_MINUTE, before any work is done.
   */
  async countAttempt(address: string): Promise<void> {
    await this.cleanUpNowAndThen();
    const [row] = await this.em.execute<{ attempts: number; retry_after: number | string }[]>(
      `insert into login_rate as r (address, window_start, attempts) values (?, now(), 1)
       on conflict (address) do update set
         attempts = case when r.window_start <= now() - interval '1 minute' then 1 else r.attempts + 1 end,
         window_start = case when r.window_start <= now() - interval '1 minute' then now() else r.window_start end
       returning attempts, extract(epoch from window_start + interval '1 minute' - now()) as retry_after`,
      [address],
    );
    if (row.attempts <= this.settings.loginRatePerMinute) return;
    const seconds = Math.max(1, Math.ceil(Number(row.retry_after)));
    throw identityError(IdentityRefusal.RateLimit, `登录请求过于频繁，请 ${formatWait(seconds)}后再试`, { retryAfterSeconds: seconds });
  }

  /**
   * Admits a password attempt for `username` from `address`, or refuses it while one of its
   * counters makes it wait (without the password being checked). An admitted attempt is charged
   * as a failure in advance, in one transaction that holds the three counters' row locks (always
   * taken in the same order: address, pair, account), so parallel attempts are counted one after
   * another and cannot slip past a limit. `succeeded` gives the charge back.
   */
  async admit(address: string, username: string): Promise<void> {
    const keys = throttleKeys(address, normaliseUsername(username));
    const decision = await this.em.transactional(async (em) => {
      const rows = await em.execute<CounterRow[]>(
        `insert into login_throttle as t (kind, key, account) values (?, ?, ?), (?, ?, ?), (?, ?, ?)
         on conflict (kind, key) do update set failures = t.failures
         returning t.kind, t.key, t.failures, t.window_start, t.last_failure_at, t.blocked_until, t.last_success_at, now() as now`,
        keys.flatMap((k) => [k.kind, k.key, k.account]),
      );
      const counters: ThrottleCounter[] = rows
        .map((row) => ({
          kind: row.kind,
          key: row.key,
          failures: row.failures,
          windowStart: new Date(row.window_start),
          lastFailureAt: date(row.last_failure_at),
          blockedUntil: date(row.blocked_until),
          lastSuccessAt: date(row.last_success_at),
        }))
        .sort((a, b) => THROTTLE_KINDS.indexOf(a.kind) - THROTTLE_KINDS.indexOf(b.kind));
      const result = decideAttempt(counters, this.policy, new Date(rows[0].now));
      if (result.admitted) {
        await em.execute(
          `update login_throttle as t set failures = v.failures, window_start = v.window_start, last_failure_at = v.last_failure_at, blocked_until = v.blocked_until
           from (values ${result.charged.map(() => '(?, ?, ?::int, ?::timestamptz, ?::timestamptz, ?::timestamptz)').join(', ')})
             as v(kind, key, failures, window_start, last_failure_at, blocked_until)
           where t.kind = v.kind and t.key = v.key`,
          result.charged.flatMap((c) => [c.kind, c.key, c.failures, c.windowStart, c.lastFailureAt, c.blockedUntil]),
        );
      }
      return result;
    });
    if (!decision.admitted) {
      const seconds = decision.retryAfterSeconds;
      throw identityError(IdentityRefusal.LoginDelay, `登录失败次数过多，请 ${formatWait(seconds)}后再试；忘记密码请联系管理员重置`, { retryAfterSeconds: seconds });
    }
  }

  /**
   * The password was right: gives the advance charge back. The username's counters start
   * afresh; the address keeps its other failures (a valid login of one's own account must not
   * wash away failures against others). `knownAddress` remembers the address for the account.
   */
  async succeeded(address: string, username: string, knownAddress: boolean): Promise<void> {
    const keys = throttleKeys(address, normaliseUsername(username));
    await this.em.execute(
      `update login_throttle set
         failures = case when kind = 'ip' then greatest(failures - 1, 0) else 0 end,
         blocked_until = null,
         last_success_at = case when kind = 'ip+account' and ? then now() else last_success_at end
       where (kind, key) in ((?, ?), (?, ?), (?, ?))`,
      [knownAddress, ...keys.flatMap((k) => [k.kind, k.key])],
    );
  }

  /** An administrator's unlock: the account's counters, and every address's counter for it, start afresh (known addresses stay known). */
  async clearAccount(username: string, em: EntityManager = this.em): Promise<void> {
    await em.execute(`update login_throttle set failures = 0, blocked_until = null where account = ?`, [normaliseUsername(username)]);
  }

  /** Until when each username's logins must wait (its own counter or any address's for it), or null. */
  async blockedUntil(usernames: readonly string[]): Promise<(Date | null)[]> {
    if (!usernames.length) return [];
    const accounts = usernames.map(normaliseUsername);
    const rows = await this.em.execute<{ account: string; until: Date | string }[]>(
      `select account, max(blocked_until) as until from login_throttle
       where account in (${accounts.map(() => '?').join(', ')}) and blocked_until > now() group by account`,
      accounts,
    );
    const byAccount = new Map(rows.map((row) => [row.account, new Date(row.until)]));
    return accounts.map((account) => byAccount.get(account) ?? null);
  }

  /** Forgets counters nobody needs any more (quiet series, long-unused known addresses), every ten minutes at most per process. */
  private async cleanUpNowAndThen(): Promise<void> {
    if (Date.now() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = Date.now();
    const forgetSeconds = Math.max(...Object.values(this.policy.rules).map((rule) => rule.forgetAfterSeconds));
    await this.em.execute(
      `delete from login_throttle where (blocked_until is null or blocked_until < now())
         and coalesce(last_failure_at, window_start) < now() - make_interval(secs => ?)
         and (last_success_at is null or last_success_at < now() - make_interval(days => ?))`,
      [forgetSeconds, this.policy.knownAddressDays],
    );
    await this.em.execute(`delete from login_rate where window_start < now() - interval '1 hour'`);
  }
}
