import { Logger } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { startApi } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/app-config';

/** Seeds a campaign template (default: Shapingba) after migrating; running it again changes nothing. */
async function seed(): Promise<void> {
  const logger = new Logger('db:seed');
  const api = await startApi({ ...loadConfig(), migrateOnStart: true, seedOnStart: false }, { listen: false });
  try {
    const path = process.argv[2] ?? SHAPINGBA_TEMPLATE;
    const orm = api.app.get(MikroORM);
    const result = await RequestContext.create(orm.em, () => api.app.get(CampaignSetupService).setUpFromFile(path));
    logger.log(result.created ? `已创建：${result.departments} 个部门，${result.groups} 个部门组，${result.tasks} 项任务` : '已存在，未做任何修改');
  } finally {
    await api.close();
  }
}

seed().catch((error: unknown) => {
  new Logger('db:seed').error(error instanceof ConfigError ? `配置错误：${error.message}` : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
