import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, HttpErrorFilter, notLoggedIn, sendDownload } from '@accredit/api-kit';
import { FormExportsService } from './form-exports.service';

type ActorRequest = Request & { actor?: Actor };

/** Downloads of forms in their paper layouts; who may read which form is the service's rule. */
@Controller('api')
@UseFilters(HttpErrorFilter)
export class FormExportsController {
  constructor(private readonly exports: FormExportsService) {}

  @Get('forms/:formId/export.docx')
  async docx(@Param('formId') formId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    sendDownload(res, await this.exports.docx(this.actor(req), formId));
  }

  @Get('campaigns/:campaignId/forms/:definitionKey/export.xlsx')
  async xlsx(
    @Param('campaignId') campaignId: string,
    @Param('definitionKey') definitionKey: string,
    @Query('selected') selected: string | undefined,
    @Req() req: ActorRequest,
    @Res() res: Response,
  ): Promise<void> {
    // ?selected=true: only the copies chosen to go forward (遴选).
    sendDownload(res, await this.exports.xlsx(this.actor(req), campaignId, definitionKey, selected === 'true' || selected === '1'));
  }

  private actor(req: ActorRequest): Actor {
    if (!req.actor) throw notLoggedIn();
    return req.actor;
  }
}
