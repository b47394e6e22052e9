import { type FormDefinition, type FormField, allFields, editableFields } from '@accredit/forms';

// What a role may write in a filled form now: the definition's rule (editableFields: the role,
// and the stage the filling organisation is at) narrowed by the form's status — the filler's
// part (ordinary fields and its own sign-off box) until it submits, the other roles' sign-off
// boxes only after (a province gives its opinion on what was submitted).

export type FormStatus = 'draft' | 'submitted';

/** Part of the filler: every ordinary field, and a sign-off box of the filler's role. */
export function isFillerPart(field: FormField, fillerRole: string | null): boolean {
  return field.type !== 'signOff' || (fillerRole !== null && field.role === fillerRole);
}

/**
 * Top-level field keys `role` may write at `stage` (null: the organisation is not at any stage
 * of the campaign's process, so only fields without stages) with the form in `status`.
 */
export function writableFields(definition: FormDefinition, role: string | null, stage: string | null, status: FormStatus): string[] {
  if (role === null) return [];
  const fillerRole = definition.filledBy?.role ?? null;
  const byKey = new Map(allFields(definition).map((field) => [field.key, field]));
  // '' matches no stage: a field limited to stages is closed when there is none.
  return editableFields(definition, { role, stage: stage ?? '' }).filter((key) => {
    const filler = isFillerPart(byKey.get(key) as FormField, fillerRole);
    return status === 'draft' ? filler : !filler;
  });
}

/**
 * The role the viewer acts as: the first of their roles that may write something now; else the
 * first they hold (read-only for now); null when they hold none.
 */
export function actingRole(definition: FormDefinition, roles: readonly string[], stage: string | null, status: FormStatus): { role: string | null; editable: string[] } {
  for (const role of roles) {
    const editable = writableFields(definition, role, stage, status);
    if (editable.length > 0) return { role, editable };
  }
  return { role: roles[0] ?? null, editable: [] };
}
