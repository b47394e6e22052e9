import type { FillContext, FormDefinition, FormField } from './types';

// Who may write which field: a sign-off box only its role at its stages; the other fields the
// form's `filledBy` role at its stages (anyone, when the form names nobody). A part of the
// context that is not given is not checked, so `{ role }` alone asks "ever, at some stage".

export function isEditable(definition: FormDefinition, field: FormField, context: FillContext): boolean {
  if (field.type === 'signOff') return allows(field.role, field.stages, context);
  const filler = definition.filledBy;
  return filler === undefined || allows(filler.role, filler.stages, context);
}

/** Keys of the fields `role` may write at `stage`; an empty list means the form is read-only for them. */
export function editableFields(definition: FormDefinition, context: FillContext): string[] {
  return allFields(definition)
    .filter((field) => isEditable(definition, field, context))
    .map((field) => field.key);
}

/** The top-level fields of every section, in order. */
export function allFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

function allows(role: string, stages: readonly string[], context: FillContext): boolean {
  if (context.role !== undefined && context.role !== role) return false;
  if (context.stage !== undefined && stages.length > 0 && !stages.includes(context.stage)) return false;
  return true;
}
