import { formatPoints } from '@accredit/scoring';
import { tr } from '../../../plugins/i18n';
import type { RuleFormParams } from './rule-input.model';

// Why a score was refused, as a code per field, and its wording in the interface language (the
// scoring library's own messages are Chinese only, so they are never shown as they are).

/** Why the library refused the form, by field; worded by `reasonKey` in the interface language. */
export type RuleReason =
  | { code: 'fill'; field: FieldName }
  | { code: 'choose'; field: FieldName }
  | { code: 'between'; field: FieldName; min: number; max: number }
  | { code: 'decimals'; field: FieldName }
  | { code: 'wholeNumber'; field: FieldName; min: number }
  | { code: 'rankTooHigh'; rank: number; of: number }
  | { code: 'chooseOption' }
  | { code: 'unknownOption'; option: string }
  | { code: 'chooseVerdict'; verdicts: readonly string[] }
  | { code: 'unknownVerdict'; verdict: string }
  | { code: 'unknownKind'; kind: string }
  /** The rule's own parameters are not scorable (the API would refuse any score). */
  | { code: 'ruleParams' }
  /** Refused for a reason the form cannot pin to a field (e.g. a count beyond the library's limit). */
  | { code: 'notAccepted' };

/** The form's fields a reason can be about (the form labels them). */
export type FieldName = 'points' | 'judgedPoints' | 'rank' | 'applicants' | 'items' | 'achieved' | 'triggered' | 'met';

function fieldLabel(field: FieldName, params: RuleFormParams): string {
  switch (field) {
    case 'points':
      return tr('scoring.form.points');
    case 'judgedPoints':
      return tr('scoring.form.judgedPoints');
    case 'rank':
      return tr('scoring.form.rank');
    case 'applicants':
      return tr('scoring.form.applicants');
    case 'items':
      return tr('scoring.form.itemCount', { item: params.item ?? tr('scoring.form.item') });
    case 'achieved':
      return tr('scoring.form.achievedQuestion');
    case 'triggered':
      return tr('scoring.check.vetoQuestion');
    case 'met':
      return tr('scoring.form.seriesQuestion');
  }
}

/** A reason in the interface language. */
export function reasonMessage(reason: RuleReason, params: RuleFormParams): string {
  switch (reason.code) {
    case 'fill':
      return tr('scoring.check.fill', { label: fieldLabel(reason.field, params) });
    case 'choose':
      return tr('scoring.check.choose', { label: fieldLabel(reason.field, params) });
    case 'between':
      return tr('scoring.check.between', { label: fieldLabel(reason.field, params), min: formatPoints(reason.min), max: formatPoints(reason.max) });
    case 'decimals':
      return tr('scoring.check.decimals', { label: fieldLabel(reason.field, params) });
    case 'wholeNumber':
      return tr('scoring.check.wholeNumber', { label: fieldLabel(reason.field, params), min: reason.min });
    case 'rankTooHigh':
      return tr('scoring.check.rankTooHigh', { rank: reason.rank, of: reason.of });
    case 'chooseOption':
      return tr('scoring.check.chooseOption');
    case 'unknownOption':
      return tr('scoring.check.unknownOption', { option: reason.option });
    case 'chooseVerdict':
      return tr('scoring.check.chooseVerdict', { verdicts: reason.verdicts.join(' / ') });
    case 'unknownVerdict':
      return tr('scoring.check.unknownVerdict', { verdict: reason.verdict });
    case 'unknownKind':
      return tr('scoring.form.unknownKind', { kind: reason.kind });
    case 'ruleParams':
      return tr('scoring.check.ruleParams');
    case 'notAccepted':
      return tr('scoring.check.notAccepted');
  }
}
