import { notifyError } from './notify';

/** What a dialog's save needs of its state: whether it is open. */
export interface DialogState {
  open: boolean;
}

export interface DialogSaved<T> {
  /** The success message. */
  saved: string;
  /** What follows a success once the dialog is closed (a reload, the new row selected). */
  after?: (result: T) => unknown;
  /** What follows a failure once it is told (a reload of what may have half changed). */
  failed?: () => unknown;
}

/**
 * A dialog's save, as every settings dialog does it: on success the message, the dialog closed,
 * then `after`; a failure is told with the API's own message and the dialog stays open with what
 * was typed. Resolves to the save's result, or undefined when it failed.
 */
export async function submitDialog<T>(dialog: DialogState, save: () => Promise<T>, done: DialogSaved<T>): Promise<T | undefined> {
  try {
    const result = await save();
    ElMessage.success(done.saved);
    dialog.open = false;
    await done.after?.(result);
    return result;
  } catch (error) {
    notifyError(error);
    await done.failed?.();
    return undefined;
  }
}
