import { tr } from '../../../plugins/i18n';
import type { ParticipantQuotasQuery } from '../../../graphql/generated/graphql';

// "四川省：已推荐 2 / 名额 2" before anyone clicks 推荐. The figures are the API's (the quota guard's
// own counting); here only their wording and order.

export type QuotaRow = ParticipantQuotasQuery['participantQuotas'][number];

export interface QuotaFigure {
  key: string;
  text: string;
  /** Earlier batches taken off, with the cap they were taken from; null when none were. */
  note: string | null;
  /** No place left: the next one is refused. */
  full: boolean;
  hint: string;
}

export function quotaFigures(rows: readonly QuotaRow[]): QuotaFigure[] {
  return rows.map((row) => ({
    key: `${row.event}|${row.region ?? ''}`,
    text: tr('nationalBatch.quotas.figure', { where: row.region ?? tr('nationalBatch.quotas.whole'), event: row.eventLabel, taken: row.taken, allowed: row.allowed }),
    note: row.already > 0 ? tr('nationalBatch.quotas.earlier', { cap: row.cap, already: row.already }) : null,
    full: row.taken >= row.allowed,
    hint: tr('nationalBatch.quotas.hint', { event: row.eventLabel }),
  }));
}
