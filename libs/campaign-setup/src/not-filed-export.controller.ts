import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, HttpErrorFilter, notLoggedIn, sendDownload } from '@accredit/api-kit';
import { NotFiledExportService } from './not-filed-export.service';

type ActorRequest = Request & { actor?: Actor };

/** 报送情况's export: the units not filed yet, per province (.xlsx); which rows is the service's rule. */
@Controller('api/campaigns')
@UseFilters(HttpErrorFilter)
export class NotFiledExportController {
  constructor(private readonly exports: NotFiledExportService) {}

  @Get(':campaignId/export/not-filed.xlsx')
  async workbook(@Param('campaignId') campaignId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    if (!req.actor) throw notLoggedIn();
    sendDownload(res, await this.exports.workbook(req.actor, campaignId));
  }
}
