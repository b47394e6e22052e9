import { type AttachmentRef, type FormDefinition, allFields, isEmpty } from '@accredit/forms';

// Pure helpers over FormValues for the commands: which top-level fields an edit changes, and
// which stored files it points at (attachments, table cells, seals).

/** Same as a form sees it: empty equals empty, object keys in any order, empty members ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => !isEmpty(v))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Top-level keys whose value differs between `previous` and `next` (keys of either). */
export function changedFields(previous: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>): string[] {
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  return keys.filter((key) => !sameValue(previous[key], next[key]));
}

const isRef = (value: unknown): value is AttachmentRef =>
  value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)['fileId'] === 'string';

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
