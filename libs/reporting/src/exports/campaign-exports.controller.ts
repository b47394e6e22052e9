import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, HttpErrorFilter, notLoggedIn, sendDownload } from '@accredit/api-kit';
import { CampaignExportsService } from './campaign-exports.service';

type ActorRequest = Request & { actor?: Actor };

/**
 * Downloads of a campaign's documents. Who may call them is the access policy's
 * (HTTP_ACCESS_POLICY, applied by the AccessGuard); which campaign, the service's scoping.
 */
@Controller('api/campaigns')
@UseFilters(HttpErrorFilter)
export class CampaignExportsController {
  constructor(private readonly exports: CampaignExportsService) {}

  @Get(':campaignId/export/task-table.xlsx')
  async taskTable(@Param('campaignId') campaignId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    sendDownload(res, await this.exports.taskTable(this.actor(req), campaignId));
  }

  @Get(':campaignId/export/self-assessment.docx')
  async selfAssessment(@Param('campaignId') campaignId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    sendDownload(res, await this.exports.selfAssessmentReport(this.actor(req), campaignId));
  }

  private actor(req: ActorRequest): Actor {
    if (!req.actor) throw notLoggedIn();
    return req.actor;
  }
}
