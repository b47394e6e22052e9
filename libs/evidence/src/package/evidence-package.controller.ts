import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZipFile } from 'yazl';
import { type Actor, AppError, ErrorCode, HttpErrorFilter } from '@accredit/api-kit';
import { EVIDENCE_STORE, type EvidenceStore } from '../storage/evidence-store';
import { contentDisposition } from '../upload/file-name';
import { EvidencePackageService } from './evidence-package.service';
import { useNativeCrc32ForZip } from './native-crc32';

type ActorRequest = Request & { actor?: Actor };

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
  ) {
    useNativeCrc32ForZip();
  }

  @Get(':campaignId/export/evidence-package.zip')
  async download(@Param('campaignId') campaignId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    if (!req.actor) throw new AppError(ErrorCode.Unauthenticated, '请先登录');
    const plan = await this.packages.plan(req.actor, campaignId);
    const zip = new ZipFile();
    const mtime = new Date();
    for (const extra of plan.extras) zip.addBuffer(extra.body, extra.path, { compress: false, mtime });
    for (const entry of plan.entries) {
      zip.addReadStreamLazy(entry.path, { compress: false, size: entry.size, mtime }, (callback) => {
        this.store.read(entry.sha256).then(
          (stream) => callback(null, stream),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), undefined as never),
        );
      });
    }
    // yazl reports the final size (−1 when unknown) though its typings say nothing of it.
    const end = zip.end.bind(zip) as (options: { forceZip64Format: boolean }, callback: (size: number) => void) => void;
    const length = await new Promise<number>((resolve) => end({ forceZip64Format: false }, resolve));
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition('attachment', plan.fileName));
    if (length >= 0) res.setHeader('Content-Length', String(length));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Evidence-Files', String(plan.entries.length));
    zip.outputStream.on('error', () => res.destroy());
    // A client that goes away stops the reading of files too.
    res.on('close', () => {
      if (!res.writableFinished) (zip.outputStream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    });
    zip.outputStream.pipe(res);
  }
}
