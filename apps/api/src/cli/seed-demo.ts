import { Logger } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { DEMO_ACCOUNTS, DemoAccountsService } from '@accredit/identity';
import { startApi } from '../bootstrap';
import { seedLiveDemo } from './live-demo';
import { ConfigError, loadConfig } from '../config/app-config';

/** Seeds the Shapingba campaign, one demo account per role (README lists them) and a second campaign in motion (live-demo.ts). */
async function seedDemo(): Promise<void> {
  const logger = new Logger('db:seed-demo');
  const config = loadConfig();
  const api = await startApi({ ...config, migrateOnStart: true, seedOnStart: false }, { listen: false });
  try {
    const orm = api.app.get(MikroORM);
    await RequestContext.create(orm.em, () => api.app.get(CampaignSetupService).setUpFromFile(SHAPINGBA_TEMPLATE));
    const created = await RequestContext.create(orm.em, () => api.app.get(DemoAccountsService).ensure('500106', config.identity.demoPassword));
    logger.log(created.length ? `已创建演示账号：${created.join('、')}` : '演示账号均已存在，未做修改');
    const live = await RequestContext.create(orm.em, () => seedLiveDemo(api.app));
    logger.log(live.created ? '已设置进行中的演示创建工作（倒排工期，今天处于创建阶段）' : '进行中的演示创建工作已存在，未做修改');
    logger.log(`演示账号：${DEMO_ACCOUNTS.map((account) => account.username).join('、')}（密码见 README）`);
  } finally {
    await api.close();
  }
}

seedDemo().catch((error: unknown) => {
  new Logger('db:seed-demo').error(error instanceof ConfigError ? `配置错误：${error.message}` : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
