import type { AttachmentRef, ColumnField, FormField, SignOffValue } from '@accredit/forms';

// How a value reads on paper: 是/否, option labels, 2025年1月16日, numbers with their unit. Shared by
// the .docx (one form) and the .xlsx (a row per organisation) so both print the same words.

export function dateText(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  return match[3] ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : `${match[1]}年${Number(match[2])}月`;
}

const files = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .filter((file): file is AttachmentRef => !!file && typeof file === 'object' && 'name' in file)
        .map((file) => file.name)
        .join('；')
    : '';

/** One field's value as text; a table is its rows, one line each (the .docx prints a real table instead). */
export function valueText(field: FormField | ColumnField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.type) {
    case 'text':
      return String(value);
    case 'number':
      return typeof value === 'number' ? `${value}${field.unit ? ` ${field.unit}` : ''}` : String(value);
    case 'date':
      return typeof value === 'string' ? dateText(value) : String(value);
    case 'yesNo':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'choice': {
      const keys = Array.isArray(value) ? value : [value];
      return keys.map((key) => field.options.find((option) => option.key === key)?.label ?? String(key)).join('、');
    }
    case 'attachment':
      return files(value);
    case 'table':
      if (!Array.isArray(value)) return '';
      return value
        .map((row, index) => `${index + 1}. ${field.columns.map((column) => `${column.label}：${valueText(column, (row as Record<string, unknown>)?.[column.key]) || '—'}`).join('，')}`)
        .join('\n');
    case 'signOff': {
      const box = value as SignOffValue;
      return [box.opinion, box.signer ? `签字人：${box.signer}` : '', box.date ? `日期：${dateText(box.date)}` : '', box.seal ? `（已盖章：${box.seal.name}）` : ''].filter(Boolean).join('\n');
    }
  }
}
