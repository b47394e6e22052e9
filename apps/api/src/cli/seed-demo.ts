import { Logger } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { DEMO_ACCOUNTS, DemoAccountsService } from '@accredit/identity';
import { startApi } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/app-config';

/** The password of every demo account unless DEMO_PASSWORD says otherwise (see README). */
export const DEMO_PASSWORD = 'Kepu@2026demo';

/** Seeds the Shapingba campaign and one demo account per role (README lists them). */
async function seedDemo(): Promise<void> {
  const logger = new Logger('db:seed-demo');
  const api = await startApi({ ...loadConfig(), migrateOnStart: true, seedOnStart: false }, { listen: false });
  try {
    const orm = api.app.get(MikroORM);
    await RequestContext.create(orm.em, () => api.app.get(CampaignSetupService).setUpFromFile(SHAPINGBA_TEMPLATE));
    const created = await RequestContext.create(orm.em, () => api.app.get(DemoAccountsService).ensure('500106', process.env['DEMO_PASSWORD'] || DEMO_PASSWORD));
    logger.log(created.length ? `已创建演示账号：${created.join('、')}` : '演示账号均已存在，未做修改');
    logger.log(`演示账号：${DEMO_ACCOUNTS.map((account) => account.username).join('、')}（密码见 README）`);
  } finally {
    await api.close();
  }
}

seedDemo().catch((error: unknown) => {
  new Logger('db:seed-demo').error(error instanceof ConfigError ? `配置错误：${error.message}` : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
