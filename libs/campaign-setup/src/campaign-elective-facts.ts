import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CAMPAIGN_ELECTIVE_CHOICE_ROWS, CAMPAIGN_ROWS } from '@accredit/campaigns';
import { INDICATOR_ROWS } from '@accredit/indicator-systems';
import { ElectiveFactsSource } from '@accredit/workflow-runtime';
import type { ElectiveGroupFact } from '@accredit/workflow-engine';
import type { ElectiveGroup } from '@accredit/scoring';

/**
 * The workflow runtime's ElectiveFactsSource: each campaign's elective groups (indicators of its
 * snapshot with an `elective` rule) and how many options of each it chose. One statement for any
 * number of campaigns, on the caller's EntityManager (inside a transition: its transaction).
 */
@Injectable()
export class CampaignElectiveFacts extends ElectiveFactsSource {
  async electiveGroups(campaignIds: readonly string[], em: EntityManager): Promise<Map<string, ElectiveGroupFact[]>> {
    const byCampaign = new Map<string, ElectiveGroupFact[]>(campaignIds.map((id) => [id, []]));
    if (campaignIds.length === 0) return byCampaign;
    const rows = await em.execute<{ campaign_id: string; code: string; title: string; elective: ElectiveGroup | null; chosen: number }[]>(
      `select c.id as campaign_id, i.code, i.title, i.elective, count(ec.id)::int as chosen
         from ${CAMPAIGN_ROWS} c
         join ${INDICATOR_ROWS} i on i.system_id = c.indicator_system_id and i.elective is not null
         left join ${CAMPAIGN_ELECTIVE_CHOICE_ROWS} ec on ec.campaign_id = c.id and ec.group_id = i.id
        where c.id = any(?::uuid[])
        group by c.id, i.id, i.code, i.title, i.elective`,
      [`{${campaignIds.join(',')}}`],
    );
    for (const row of rows) {
      const rule = row.elective;
      // Same reading as electiveGroupOf: a group is an indicator with whole-number min and max.
      if (!rule || typeof rule !== 'object' || !Number.isInteger(rule.min) || !Number.isInteger(rule.max)) continue;
      byCampaign.get(row.campaign_id)?.push({ code: row.code, title: row.title, min: rule.min, max: rule.max, chosen: row.chosen });
    }
    for (const groups of byCampaign.values()) groups.sort((a, b) => a.code.localeCompare(b.code, 'zh-CN', { numeric: true }));
    return byCampaign;
  }
}
