import { Controller, Get, Res } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Response } from 'express';

const READY_TIMEOUT_MS = 2000;

/**
 * For load balancers and supervisors: /healthz says the process answers, /readyz that it can
 * reach its database (within 2 s). Public (HTTP_ACCESS_POLICY) and free of data.
 */
@Controller()
export class HealthController {
  constructor(private readonly orm: MikroORM) {}

  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(@Res() res: Response): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([this.orm.em.fork().execute('select 1'), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS)))]);
      res.status(200).json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', message: '数据库暂时不可用' });
    } finally {
      clearTimeout(timer);
    }
  }
}
