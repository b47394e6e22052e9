/** What the campaign picker needs of a campaign; a page may pass richer rows (its option slot gets them back). */
export interface PickableCampaign {
  id: string;
  name: string;
}
