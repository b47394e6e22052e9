import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * How many tasks each campaign has in each state, counted in SQL (one statement for any number
 * of campaigns): what a participant's progress or a list of campaigns shows without loading tasks.
 */
@Injectable()
export class TaskCounts {
  constructor(private readonly em: EntityManager) {}

  /** Campaign id → state → number of tasks; every campaign asked for is in the map. */
  async byState(campaignIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const counts = new Map<string, Map<string, number>>(campaignIds.map((id) => [id, new Map()]));
    if (campaignIds.length === 0) return counts;
    const rows = await this.em.execute<{ campaign_id: string; state: string; n: number }[]>(
      `select campaign_id, state, count(*)::int as n from task where campaign_id = any(?::uuid[]) group by campaign_id, state`,
      [`{${campaignIds.join(',')}}`],
    );
    for (const row of rows) counts.get(row.campaign_id)?.set(row.state, row.n);
    return counts;
  }
}
