import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { runMigrations } from '@accredit/db';
import { withOrm } from './with-orm';

/**
 * Development aid: diffs the entities against a database migrated to the latest committed
 * migration and writes the SQL difference as a new migration class in libs/db.
 */
void withOrm('db:migration:create', async (orm) => {
  const logger = new Logger('db:migration:create');
  await runMigrations(orm);
  const generator = orm.getSchemaGenerator();
  const sql = await generator.getUpdateSchemaSQL({ wrap: false, safe: false });
  if (!sql.trim()) {
    logger.log('实体与数据库一致，无需新的迁移');
    return;
  }
  const stamp = new Date()
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  const name = `Migration${stamp}${process.argv[2] ? `_${process.argv[2]}` : ''}`;
  const statements = sql
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean)
    .map((statement) => `    this.addSql(\`${statement.replace(/[`\\$]/g, (c) => `\\${c}`)}\`);`)
    .join('\n');
  const file = join('libs/db/src/migrations', `${name}.ts`);
  writeFileSync(file, `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${name} extends Migration {\n  override async up(): Promise<void> {\n${statements}\n  }\n}\n`);
  logger.log(`已生成 ${file}；请把它加入 libs/db/src/migrations/index.ts`);
});
