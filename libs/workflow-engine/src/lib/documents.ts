import type { WorkflowDefinition } from './types';

/** A transition whose guards need a document: its event and Chinese label, and whether a file must be attached. */
export interface DocumentUse {
  readonly event: string;
  readonly label: string;
  /** `documentFilePresent` (a file attached) rather than `documentPresent` (recorded). */
  readonly needsFile: boolean;
}

/** A document kind the definition declares (`documents:`), with the transitions that need it. */
export interface DeclaredDocument {
  readonly kind: string;
  readonly label: string;
  readonly neededBy: readonly DocumentUse[];
}

/**
 * The documents a definition asks for, in the order it declares them, each with the transitions
 * whose guards name it (in definition order, one entry per event: an event declared on several
 * states counts once, needing the file if any of its declarations does). A declared kind no guard
 * names is listed with no uses: the definition still asks for it.
 */
export function declaredDocuments(definition: WorkflowDefinition): DeclaredDocument[] {
  return Object.entries(definition.documents).map(([kind, label]) => {
    const uses = new Map<string, DocumentUse>();
    for (const transition of definition.transitions) {
      let needsFile: boolean | null = null;
      for (const guard of transition.guards) {
        if (guard.type !== 'documentPresent' && guard.type !== 'documentFilePresent') continue;
        if (!guard.params.documents.includes(kind)) continue;
        needsFile = (needsFile ?? false) || guard.type === 'documentFilePresent';
      }
      if (needsFile === null) continue;
      const known = uses.get(transition.event);
      uses.set(transition.event, { event: transition.event, label: known?.label ?? transition.label, needsFile: (known?.needsFile ?? false) || needsFile });
    }
    return { kind, label, neededBy: [...uses.values()] };
  });
}
