import type { CallSpec } from './call-registry';
import { joinList, labelOf } from './labels';
import { fail, failMany, isRecord, knownItems, ok, stringList, unexpectedKeys } from './params';
import { type GuardEnv, type GuardSpec, PASS, nest, refuse } from './guard-spec';
import type { DocumentFilePresentParams, DocumentPresentParams, Facts, FormSubmittedParams } from './types';

// Documents (documentPresent: recorded; documentFilePresent: with a file): a list of the
// document kinds the definition declares, each checked against those the facts list.

const parseDocuments: CallSpec<DocumentPresentParams>['parse'] = (raw, ctx) => {
  const documents = stringList(raw, '文档类型');
  if (!documents.ok) return failMany(documents.errors);
  const unknown = knownItems(documents.params, raw, ctx.documents, (doc) => `未声明的文档类型"${doc}"（请在 documents 中声明）`);
  return unknown.length > 0 ? failMany(unknown) : ok({ documents: documents.params });
};

/** The labels of the `documents` not among `present`, listed; null when none is missing. */
function missingDocuments(documents: readonly string[], present: readonly string[] | undefined, definition: GuardEnv['definition']): string | null {
  const missing = documents.filter((doc) => !(present ?? []).includes(doc));
  return missing.length === 0 ? null : joinList(missing.map((doc) => labelOf(definition.documents, doc)));
}

/** A guard that the listed document kinds are among those `present` says the facts have. */
function documentsGuard(summary: string, present: (facts: Facts) => readonly string[] | undefined, missingText: (labels: string) => string): GuardSpec<DocumentPresentParams> {
  return {
    summary,
    refusal: 'TRANSITION_NOT_ALLOWED',
    parse: parseDocuments,
    check({ documents }, { facts, definition }) {
      const missing = missingDocuments(documents, present(facts), definition);
      return missing === null ? PASS : refuse(missingText(missing));
    },
  };
}

export const documentPresent: GuardSpec<DocumentPresentParams> = documentsGuard(
  '已上传所列文档（facts.documents），如 self-assessment。',
  (facts) => facts.documents,
  (missing) => `尚未上传${missing}`,
);

export const documentFilePresent: GuardSpec<DocumentFilePresentParams> = documentsGuard(
  '所列类别的文档已登记且附有文件（facts.documentFiles），如 inspection-report。',
  (facts) => facts.documentFiles,
  (missing) => `尚未上传${missing}的文件`,
);

// Forms (表单): the subject's organisation submitted its filled copy in the subject's campaign.

export const formSubmitted: GuardSpec<FormSubmittedParams> = {
  summary: '参与单位已在本创建工作中提交所列表单（facts.submittedForms），如 { form: annual-summary }；表单须在 forms 中声明。',
  refusal: 'TRANSITION_NOT_ALLOWED',
  parse(raw, ctx) {
    // `{ form: key }` as the YAML usually says it; a key or a list of keys also reads plainly.
    let listed: unknown = raw;
    if (isRecord(raw)) {
      const extra = unexpectedKeys(raw, ['form']);
      if (extra.length > 0) return failMany(extra);
      if (raw['form'] === undefined) return fail('缺少表单 form（表单定义的 key，如 annual-summary）', ['form']);
      listed = raw['form'];
    }
    const forms = stringList(listed, '表单');
    const at = isRecord(raw) ? ['form'] : [];
    if (!forms.ok) return failMany(nest(at, forms.errors));
    const unknown = knownItems(forms.params, listed, ctx.forms, (form) => `未声明的表单"${form}"（请在 forms 中声明，如 ${form}: 表单名称）`);
    return unknown.length > 0 ? failMany(nest(at, unknown)) : ok({ forms: forms.params });
  },
  check({ forms }, { facts, definition }) {
    const submitted = facts.submittedForms;
    if (!submitted) return refuse('缺少表单的提交情况');
    const missing = forms.filter((form) => !submitted.includes(form));
    if (missing.length === 0) return PASS;
    return refuse(`尚未提交${missing.map((form) => `《${labelOf(definition.forms, form)}》`).join('')}，请先填写并提交`);
  },
};
