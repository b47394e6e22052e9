import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type FormFiler, FormFactsSource } from '@accredit/workflow-runtime';

/**
 * The workflow runtime's FormFactsSource (the `formSubmitted` guard): per filer, the keys of the
 * forms its organisation has submitted in its campaign. A signed-off form stays submitted, and a
 * reopened one is a draft again, so `status = 'submitted'` answers both. One statement for a page.
 */
@Injectable()
export class SubmittedFormFacts extends FormFactsSource {
  async submittedForms(filers: readonly FormFiler[], em: EntityManager): Promise<string[][]> {
    if (filers.length === 0) return [];
    const rows = await em.execute<{ campaign_id: string; organisation_id: string; key: string }[]>(
      `select f.campaign_id, f.organisation_id, d.key
         from filled_form f join form_definition d on d.id = f.definition_id
         join unnest(?::uuid[], ?::uuid[]) as asked(campaign_id, organisation_id) on asked.campaign_id = f.campaign_id and asked.organisation_id = f.organisation_id
        where f.status = 'submitted'`,
      [`{${filers.map((filer) => filer.campaignId).join(',')}}`, `{${filers.map((filer) => filer.organisationId).join(',')}}`],
    );
    const byFiler = new Map<string, string[]>();
    for (const row of rows) {
      const at = `${row.campaign_id}:${row.organisation_id}`;
      byFiler.set(at, [...(byFiler.get(at) ?? []), row.key]);
    }
    return filers.map((filer) => byFiler.get(`${filer.campaignId}:${filer.organisationId}`) ?? []);
  }
}
