import { Entity, Index, type Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { ThrottleKind } from './login-throttle-policy';

/**
 * One login-failure counter (see login-throttle-policy.ts): per client address, per address and
 * username, or per username. Kept in PostgreSQL so that every API replica counts the same
 * failures; written only by LoginThrottleService, under a row lock.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  [PrimaryKeyProp]?: ['kind', 'key'];

  /** ip, ip+account or account. */
  @PrimaryKey({ type: 'text' })
  kind!: ThrottleKind;

  /** The address, `address username`, or the normalised username. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The normalised username of ip+account and account counters (unlocking clears them all). */
  @Property({ type: 'text', nullable: true })
  @Index()
  account?: string | null;

  /** Failures in the current series (an attempt is charged before its password is checked). */
  @Property({ type: 'integer' })
  failures: number & Opt = 0;

  /** When the current series began. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  windowStart: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastFailureAt?: Date | null;

  /** Attempts before this moment are refused without checking the password. */
  @Property({ type: 'datetime', nullable: true })
  blockedUntil?: Date | null;

  /** ip+account: the last successful login from this address (a known address skips the account's wait). */
  @Property({ type: 'datetime', nullable: true })
  lastSuccessAt?: Date | null;
}
