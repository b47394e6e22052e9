import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { HttpErrorFilter, ImmutableCache } from '@accredit/api-kit';
import type { PublicPublicityList } from '@accredit/public-lists-contract';
import { PublicityListService } from './publicity-list.service';

/** How long one reading of a campaign's list answers every request for it (see below). */
const FRESH_MS = 10_000;

/**
 * The publicity list (公示名单) of a national batch, without login: the units in publicity per
 * province and the publicity dates. Public by HTTP_ACCESS_POLICY. Organisation data only (no
 * filer, no contact). Being public and linkable, it must not let a crowd (or a script) turn
 * into database load: a proxy may keep it a minute (Cache-Control), and in the process one reading
 * per campaign answers every request for FRESH_MS, concurrent ones included (they share the
 * promise). A failed reading (no such list) is not kept, so an unknown id costs one primary-key
 * lookup, and the cache is bounded.
 */
@Controller('api/public/campaigns')
@UseFilters(HttpErrorFilter)
export class PublicPublicityController {
  private readonly recent = new ImmutableCache<string, { at: number; list: Promise<PublicPublicityList> }>(200);

  constructor(private readonly lists: PublicityListService) {}

  @Get(':campaignId/publicity')
  async json(@Param('campaignId') campaignId: string, @Res() res: Response): Promise<void> {
    const list = await this.read(campaignId);
    res.status(200);
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.json(list);
  }

  private read(campaignId: string): Promise<PublicPublicityList> {
    const kept = this.recent.get(campaignId);
    if (kept && Date.now() - kept.at < FRESH_MS) return kept.list;
    const list = this.lists.publicList(campaignId);
    this.recent.set(campaignId, { at: Date.now(), list });
    list.catch(() => {
      if (this.recent.peek(campaignId)?.list === list) this.recent.delete(campaignId);
    });
    return list;
  }
}
