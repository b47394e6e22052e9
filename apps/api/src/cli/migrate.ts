import { Logger } from '@nestjs/common';
import { runMigrations } from '@accredit/db';
import { withOrm } from './with-orm';

void withOrm('db:migrate', async (orm) => {
  const applied = await runMigrations(orm);
  new Logger('db:migrate').log(applied.length ? `已执行：${applied.join(', ')}` : '数据库已是最新，无需迁移');
});
