import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import express from 'express';
import { type RunningDatabase, runMigrations } from '@accredit/db';
import { HttpErrorFilter } from '@accredit/api-kit';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { FirstAdminService } from '@accredit/identity';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { FormDefinitionsService } from '@accredit/form-filling';
import type { AppConfig } from './config/app-config';
import { openDatabase } from './database';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';

export interface RunningApi {
  app: NestExpressApplication;
  database: RunningDatabase;
  url: string;
  close(): Promise<void>;
}

const logger = new Logger('Bootstrap');

/** Serves the built admin UI at / with a fallback to index.html for client-side routes. */
function serveAdmin(app: NestExpressApplication, dist: string): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`未找到管理界面构建产物 ${index}，只提供 GraphQL 接口；先运行 npx nx build admin`);
    return;
  }
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}

function appLogger(config: AppConfig): ConsoleLogger {
  // Tests provoke thousands of refusals on purpose: only faults are worth printing there.
  const logLevels: LogLevel[] = config.env === 'test' ? ['error'] : ['log', 'error', 'warn'];
  return new ConsoleLogger({ logLevels, json: config.logFormat === 'json', colors: config.logFormat === 'text' && process.stdout.isTTY });
}

/** Waits for `work`, but no longer than `ms`: shutdown must finish in bounded time whatever hangs. */
async function within(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * Opens the database, migrates and seeds as configured, and starts listening. With
 * `listen: false` (a command such as db:seed-demo) it uses the database as a command does: it
 * never stops an embedded server that a running API is responsible for.
 */
export async function startApi(config: AppConfig, options: { listen?: boolean } = {}): Promise<RunningApi> {
  const listen = options.listen !== false;
  // Where a start's time goes (issue 15: cold start ≤ 3 s): logged once the API answers.
  // Each phase's wall time and, beside it, the CPU it took: on a shared machine the wall time is
  // mostly waiting for a core, the CPU time is what the code costs.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const startedAt = performance.now();
  const startedCpu = cpuMs();
  const phases: string[] = [`加载代码 ${Math.round(startedAt)} ms（CPU ${Math.round(startedCpu)}）`];
  const mark = (() => {
    let last = startedAt;
    let lastCpu = startedCpu;
    return (name: string) => {
      const now = performance.now();
      const cpu = cpuMs();
      phases.push(`${name} ${Math.round(now - last)} ms（CPU ${Math.round(cpu - lastCpu)}）`);
      last = now;
      lastCpu = cpu;
    };
  })();
  const database = await openDatabase(config, listen ? 'api' : 'command');
  mark('打开数据库');
  if (database.how === 'attached' || database.how === 'adopted') logger.log(database.how === 'attached' ? '使用正在运行的内置数据库' : '接管已在运行的内置数据库');
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), {
      logger: appLogger(config),
      // Keep-alive connections must not hold a shutdown open.
      forceCloseConnections: true,
    });
    mark('装配模块（ORM、GraphQL 结构）');
    app.disable('x-powered-by');
    // Errors outside any controller (a body that is not JSON or too large) in the API's own shape.
    app.useGlobalFilters(new HttpErrorFilter());
    app.use(securityHeaders({ https: config.identity.secureCookies }));

    // Login throttling: req.ip believes X-Forwarded-For only from the proxies TRUST_PROXY names.
    app.set('trust proxy', config.trustProxy);

    const orm = app.get(MikroORM);
    if (config.migrateOnStart) {
      const applied = await runMigrations(orm);
      if (applied.length) logger.log(`已执行数据库迁移：${applied.join(', ')}`);
    }
    if (config.migrateOnStart) await RequestContext.create(orm.em, () => app.get(FirstAdminService).ensure());
    mark('迁移检查');
    await RequestContext.create(orm.em, () => app.get(WorkflowDefinitionsService).syncDirectory(config.workflowsDir));
    await RequestContext.create(orm.em, () => app.get(FormDefinitionsService).syncDirectory(config.formsDir));
    mark('登记流程和表单');
    if (config.seedOnStart) {
      const result = await RequestContext.create(orm.em, () => app.get(CampaignSetupService).setUpFromFile(SHAPINGBA_TEMPLATE));
      if (result.created) logger.log(`已创建默认创建工作（${result.tasks} 项任务）`);
    }
    serveAdmin(app, config.adminDist);
    if (listen) await app.listen(config.port, config.host);
    mark('监听');
    logger.log(`启动用时：${phases.join('，')}；CPU 共 ${Math.round(cpuMs())} ms`);
    const supervisor = listen ? (database.supervise?.() ?? null) : null;
    // With PORT=0 the system picks a free port; report the real one.
    const address = listen ? (app.getHttpServer().address() as { port: number } | null) : null;
    const url = `http://${config.host}:${address?.port ?? config.port}`;
    return {
      app,
      database,
      url,
      close: async () => {
        supervisor?.stop();
        await within(2500, app.close());
        await within(2000, database.stop());
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
