import { Controller, Delete, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { type Actor, HttpErrorFilter, notLoggedIn } from '@accredit/api-kit';
import { assertUploadHeader, downloadName, refuseUpload } from '@accredit/evidence';
import { FormFilesService } from './form-files.service';

type ActorRequest = Request & { actor?: Actor };

/**
 * Seal and signature images and attachments of forms (same auth and CSRF rules as the evidence
 * upload): POST multipart `campaignId`, optional `organisationId`, then `file`; answers the
 * AttachmentRef to put in the form plus size and hash.
 */
@Controller('api/forms/files')
@UseFilters(HttpErrorFilter)
export class FormFilesController {
  constructor(private readonly files: FormFilesService) {}

  @Post()
  async upload(@Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    try {
      assertUploadHeader(req);
      res.status(201).json(await this.files.upload(actor, req));
    } catch (error) {
      refuseUpload(req, res, error);
    }
  }

  /** Deletes a file no form refers to any more; the same CSRF header as an upload from a browser. */
  @Delete(':fileId')
  async remove(@Param('fileId') fileId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    assertUploadHeader(req);
    await this.files.remove(actor, fileId);
    res.status(200).json({ deleted: true });
  }

  @Get(':fileId')
  async download(@Param('fileId') fileId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    const { file, body } = await this.files.download(actor, fileId);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(downloadName(file.name, file.mediaType), { type: 'attachment' }));
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.status(200);
    await pipeline(body, res).catch(() => {
      if (!res.writableEnded) res.destroy();
    });
  }
}
