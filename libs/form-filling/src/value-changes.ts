import { type AttachmentRef, type FormDefinition, allFields } from '@accredit/forms';

// Pure helpers over FormValues for the commands: which stored files an edit points at
// (attachments, table cells, seals). Which fields it changes is `changedFields` of @accredit/forms.

const isRef = (value: unknown): value is AttachmentRef => value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)['fileId'] === 'string';

/** The file references held by the given fields, with the path each sits at. */
export function attachmentRefs(definition: FormDefinition, values: Readonly<Record<string, unknown>>, keys: readonly string[]): { path: string; ref: AttachmentRef }[] {
  const found: { path: string; ref: AttachmentRef }[] = [];
  const list = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => isRef(item) && found.push({ path: `${path}[${index}]`, ref: item }));
  };
  for (const field of allFields(definition)) {
    if (!keys.includes(field.key)) continue;
    const value = values[field.key];
    if (field.type === 'attachment') list(value, field.key);
    if (field.type === 'signOff' && value && typeof value === 'object') {
      const seal = (value as Record<string, unknown>)['seal'];
      if (isRef(seal)) found.push({ path: `${field.key}.seal`, ref: seal });
    }
    if (field.type === 'table' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (!row || typeof row !== 'object') return;
        for (const column of field.columns) if (column.type === 'attachment') list((row as Record<string, unknown>)[column.key], `${field.key}[${index}].${column.key}`);
      });
    }
  }
  return found;
}
