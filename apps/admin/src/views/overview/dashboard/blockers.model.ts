import type { AvailableTransitionsQuery, CampaignRequiredDocumentsQuery } from '../../../graphql/generated/graphql';
import { missingFor } from '../../campaigns/documents/campaign-documents.model';

// What holds the campaign up: its events of the current step that the API refuses for a
// condition (申报认定: 尚未上传自评报告的文件), with the documents that would lift the refusal.

type Action = Pick<AvailableTransitionsQuery['availableTransitions'][number], 'event' | 'label' | 'available' | 'allowed' | 'code' | 'reasons'>;
type Required = Pick<CampaignRequiredDocumentsQuery['campaign']['requiredDocuments'][number], 'kind' | 'label' | 'neededBy' | 'document'>;

export interface CampaignBlocker {
  event: string;
  label: string;
  reasons: readonly string[];
  /** The documents it waits for (no file yet): each a link to 创建文件. */
  documents: { kind: string; label: string }[];
}

/**
 * The campaign's events of its current step refused for a condition, in the workflow's order.
 * Another role's events (FORBIDDEN) are not a blocker: someone else does them.
 */
export function campaignBlockers(actions: readonly Action[], required: readonly Required[]): CampaignBlocker[] {
  return actions
    .filter((a) => a.available && !a.allowed && a.code === 'TRANSITION_NOT_ALLOWED' && a.reasons.length > 0)
    .map((a) => ({ event: a.event, label: a.label, reasons: a.reasons, documents: missingFor(a.event, required) }));
}
