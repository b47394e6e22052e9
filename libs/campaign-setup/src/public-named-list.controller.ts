import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { HttpErrorFilter, sendDownload } from '@accredit/api-kit';
import { PublicNamedListService } from './public-named-list.service';

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
    sendDownload(res, await this.lists.workbook(campaignId), 'public, max-age=60');
  }

  @Get(':campaignId/named')
  async json(@Param('campaignId') campaignId: string, @Res() res: Response): Promise<void> {
    const list = await this.lists.list(campaignId);
    res.status(200);
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json(list);
  }
}
