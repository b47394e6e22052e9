import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { create as contentDisposition } from 'content-disposition';
import { HttpErrorFilter } from '@accredit/api-kit';
import { PublicNamedListService } from './public-named-list.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The published named list (命名名单) of a national batch, without login: JSON for the public page
 * and the same as .xlsx. Public by HTTP_ACCESS_POLICY; a short public cache keeps repeated reads
 * off the database (the list changes when a county is named or revoked, not by the minute).
 */
@Controller('api/public/campaigns')
@UseFilters(HttpErrorFilter)
export class PublicNamedListController {
  constructor(private readonly lists: PublicNamedListService) {}

  @Get(':campaignId/named.xlsx')
  async workbook(@Param('campaignId') campaignId: string, @Res() res: Response): Promise<void> {
    const file = await this.lists.workbook(campaignId);
    res.status(200);
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', contentDisposition(`${file.name.replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, '_')}.xlsx`, { fallback: 'named-list.xlsx' }));
    res.setHeader('Content-Length', String(file.body.length));
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.body);
  }

  @Get(':campaignId/named')
  async json(@Param('campaignId') campaignId: string, @Res() res: Response): Promise<void> {
    const list = await this.lists.list(campaignId);
    res.status(200);
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json(list);
  }
}
