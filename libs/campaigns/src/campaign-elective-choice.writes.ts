import type { EntityManager } from '@mikro-orm/postgresql';
import type { Indicator } from '@accredit/indicator-systems';
import { CampaignElectiveChoice } from './campaign-elective-choice.entity';
import type { Campaign } from './campaign.entity';

/**
 * A campaign's choice in one elective group (选做), for campaign-setup, which decides it: the
 * recorded options no longer wanted are dropped, the new ones recorded with who chose them; the
 * options kept keep their first chooser and time. Joins the caller's unit of work (ADR 14).
 */
export function setElectiveChoice(
  em: EntityManager,
  campaign: Campaign,
  group: Indicator,
  recorded: readonly CampaignElectiveChoice[],
  wanted: ReadonlySet<string>,
  chosenBy: { id: string | null; name: string },
): void {
  for (const choice of recorded) if (!wanted.has(choice.option.id)) em.remove(choice);
  const kept = new Set(recorded.map((choice) => choice.option.id));
  for (const optionId of wanted) {
    if (!kept.has(optionId)) em.create(CampaignElectiveChoice, { campaign, group, option: optionId, chosenById: chosenBy.id, chosenByName: chosenBy.name });
  }
}
