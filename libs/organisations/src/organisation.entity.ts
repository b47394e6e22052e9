import { randomUUID } from 'node:crypto';
import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A district (区/县) running campaigns; organisations never see each other's data. */
@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** 行政区划代码, e.g. 500106. */
  @Property({ type: 'string', length: 12 })
  @Unique()
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  shortName!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
