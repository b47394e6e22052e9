import { useMutation } from '@vue/apollo-composable';
import { errorMessageOf } from '../../../composables/notify';
import { AnswerObjectionDocument, FileObjectionDocument } from '../../../graphql/generated/graphql';
import { tr } from '../../../plugins/i18n';

/** A required text asked in a dialog; undefined when the user cancels. */
async function askText(title: string, message: string, placeholder: string, required: string, button: string): Promise<string | undefined> {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      inputType: 'textarea',
      inputPlaceholder: placeholder,
      confirmButtonText: button,
      cancelButtonText: tr('common.cancel'),
      inputValidator: (v: string) => (typeof v === 'string' && v.trim().length > 0) || required,
    });
    return value.trim();
  } catch {
    return undefined;
  }
}

/**
 * 提出异议 and 答复: each asks for its text (required), sends it, and says what happened; a refusal
 * (outside the publicity dates, answered already) shows the API's own message. True when done.
 */
export function useObjectionActions() {
  const filing = useMutation(FileObjectionDocument);
  const answering = useMutation(AnswerObjectionDocument);

  async function file(participant: { id: string; organisation: { shortName: string } }): Promise<boolean> {
    const content = await askText(
      tr('nationalBatch.objections.fileTitle', { unit: participant.organisation.shortName }),
      tr('nationalBatch.objections.fileHint'),
      tr('nationalBatch.objections.contentPlaceholder'),
      tr('nationalBatch.objections.contentRequired'),
      tr('nationalBatch.objections.submit'),
    );
    if (content === undefined) return false;
    try {
      await filing.mutate({ input: { participantId: participant.id, content } });
      ElMessage.success({ message: tr('nationalBatch.objections.filed'), grouping: true });
      return true;
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
      return false;
    }
  }

  async function answer(objection: { id: string; content: string }): Promise<boolean> {
    const text = await askText(
      tr('nationalBatch.objections.answerTitle'),
      objection.content,
      tr('nationalBatch.objections.answerPlaceholder'),
      tr('nationalBatch.objections.answerRequired'),
      tr('nationalBatch.objections.answer'),
    );
    if (text === undefined) return false;
    try {
      await answering.mutate({ input: { objectionId: objection.id, answer: text } });
      ElMessage.success({ message: tr('nationalBatch.objections.answered'), grouping: true });
      return true;
    } catch (error) {
      ElMessage.error({ message: errorMessageOf(error), grouping: true });
      return false;
    }
  }

  return { file, answer, filing: filing.loading, answering: answering.loading };
}
