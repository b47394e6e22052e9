// Stage 1 of the national data set, through the product's own services: the compiled API in
// this process (no HTTP listener) migrates the database, registers the workflows and seeds
// Shapingba with its demo accounts; then CampaignSetupService.setUp runs once per county — its
// organisation, ~45 departments, the groups (各镇街 = its 26 towns and streets), the indicator
// snapshot, the phases and one task per rule × department, with its audit row — exactly what
// setUpCampaign does for an office admin.
import { requireBuilt } from './built-api.mjs';
import { countyTemplate } from './county-template.mjs';
import { progressBar } from './progress-bar.mjs';

export async function setUpCounties({ env, counties, demoPassword, log }) {
  const { startApi, loadConfig } = requireBuilt('@accredit/api');
  const { MikroORM, RequestContext } = requireBuilt('@mikro-orm/postgresql');
  const { CampaignSetupService } = requireBuilt('@accredit/campaign-setup');
  const { DemoAccountsService } = requireBuilt('@accredit/identity');

  const config = { ...loadConfig(env), migrateOnStart: true, seedOnStart: true };
  const api = await startApi(config, { listen: false });
  const built = { created: 0, existing: 0, tasks: 0, departments: 0, groups: 0 };
  try {
    const orm = api.app.get(MikroORM);
    const setup = api.app.get(CampaignSetupService);
    await RequestContext.create(orm.em, () => api.app.get(DemoAccountsService).ensure('500106', demoPassword));
    const bar = progressBar('创建工作（setUp）', counties.length);
    let done = 0;
    for (const county of counties) {
      // The set-up places each county under its province by its code (province code + 4 digits).
      const result = await RequestContext.create(orm.em, () => setup.setUp(countyTemplate(county)));
      if (result.created) built.created++;
      else built.existing++;
      built.tasks += result.tasks;
      built.departments += result.departments;
      built.groups += result.groups;
      bar.tick(++done);
    }
    const seconds = bar.done();
    log(`创建工作：新建 ${built.created} 个，已存在 ${built.existing} 个，新任务 ${built.tasks} 项，${seconds.toFixed(1)} s（每个 ${((seconds * 1000) / counties.length).toFixed(0)} ms）`);
    return { ...built, seconds };
  } finally {
    await api.close();
  }
}
