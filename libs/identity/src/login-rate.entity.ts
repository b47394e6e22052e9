import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** Password attempts (login, changePassword) per client address in the current one-minute window. */
@Entity({ tableName: 'login_rate' })
export class LoginRate {
  @PrimaryKey({ type: 'text' })
  address!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  windowStart: Date & Opt = new Date();

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;
}
