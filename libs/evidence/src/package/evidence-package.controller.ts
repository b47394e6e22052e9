import { Controller, Get, Inject, Logger, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, HttpErrorFilter, notLoggedIn } from '@accredit/api-kit';
import { EVIDENCE_STORE, type EvidenceStore } from '../storage/evidence-store';
import { create as contentDisposition } from 'content-disposition';
import { EvidencePackageService } from './evidence-package.service';
import { packageZip } from './package-zip';

type ActorRequest = Request & { actor?: Actor };

const logger = new Logger('EvidencePackage');

/**
 * The evidence package as a zip streamed to the client: files are stored (not recompressed:
 * PDFs and photos are compressed already) and read from the store one at a time, so memory
 * stays flat whatever the size; the exact length is known in advance, so browsers show progress.
 */
@Controller('api/campaigns')
@UseFilters(HttpErrorFilter)
export class EvidencePackageController {
  constructor(
    private readonly packages: EvidencePackageService,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  @Get(':campaignId/export/evidence-package.zip')
  async download(@Param('campaignId') campaignId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    if (!req.actor) throw notLoggedIn();
    const plan = await this.packages.plan(req.actor, campaignId);
    const { stream, length } = await packageZip(plan, (sha256) => this.store.read(sha256));
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition(plan.fileName));
    if (length >= 0) res.setHeader('Content-Length', String(length));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Evidence-Files', String(plan.entries.length));
    stream.on('error', (error: Error) => {
      // Headers are gone: the only honest signal left is to cut the connection (the client sees a short file).
      logger.error(`佐证材料包中断：${error.message}`);
      res.destroy();
    });
    // A client that goes away stops the reading of files too.
    res.on('close', () => {
      if (!res.writableFinished) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    });
    stream.pipe(res);
  }
}
