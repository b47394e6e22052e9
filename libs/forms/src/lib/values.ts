import { ATTACHMENT_KIND_LABELS, SEAL_IMAGE_TYPES, attachmentKindOf } from './attachment-kinds';
import { countChars } from './chars';
import { allFields, isEditable } from './editable';
import type {
  AttachmentField,
  AttachmentRef,
  ChoiceField,
  ColumnField,
  DateField,
  FormDefinition,
  FormField,
  FormValues,
  NumberField,
  SignOffField,
  TableField,
  TextField,
  ValidateOptions,
  ValueProblem,
  ValueProblemCode,
} from './types';

// Checks a filled form against its definition. Every problem names the field by its printed
// label and says what to do, e.g. 「工作总结」合计最多 3000 字，现有 3012 字，请删减 12 字.

type Report = (path: string, code: ValueProblemCode, message: string) => void;

export function validateFormValues(definition: FormDefinition, values: FormValues, options: ValidateOptions = {}): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const report: Report = (path, code, message) => problems.push({ path, code, message });
  const draft = options.draft ?? false;
  const fields = allFields(definition);
  const known = new Set(fields.map((field) => field.key));

  for (const key of Object.keys(values)) {
    if (!known.has(key) && !isEmpty(values[key])) {
      report(key, 'UNKNOWN_FIELD', `表中没有「${key}」这一栏，请删除这项内容后再保存`);
    }
  }

  for (const field of fields) {
    const value = values[field.key];
    checkEditable(definition, field, values, options, report);
    if (isEmpty(value)) {
      if (!draft && requiredNow(definition, field, options)) {
        report(field.key, 'REQUIRED', `「${field.label}」为必填项，请填写`);
      }
      if (!draft && field.type === 'table' && field.minRows !== undefined && field.minRows > 0) {
        report(field.key, 'TOO_FEW_ROWS', `「${field.label}」至少需要 ${field.minRows} 行，请补充`);
      }
      continue;
    }
    checkField(field, value, field.key, `「${field.label}」`, draft, report);
  }

  for (const section of definition.sections) {
    if (section.maxChars === undefined) continue;
    const total = section.fields
      .filter((field): field is TextField => field.type === 'text')
      .reduce((sum, field) => {
        const value = values[field.key];
        return sum + (typeof value === 'string' ? countChars(value) : 0);
      }, 0);
    if (total > section.maxChars) {
      report(section.key, 'SECTION_TOO_LONG', `「${section.label}」合计最多 ${section.maxChars} 字，现有 ${total} 字，请删减 ${total - section.maxChars} 字`);
    }
  }
  return problems;
}

/** Empty as a form sees it: nothing entered, an empty text, no rows, no files. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

// Ordinary required fields are required on every submission; a sign-off box only when it is its
// turn (the context names its role and one of its stages), since the others sign later.
function requiredNow(definition: FormDefinition, field: FormField, options: ValidateOptions): boolean {
  if (!field.required) return false;
  if (field.type !== 'signOff') return true;
  return options.role !== undefined && options.stage !== undefined && isEditable(definition, field, options);
}

function checkEditable(definition: FormDefinition, field: FormField, values: FormValues, options: ValidateOptions, report: Report): void {
  if (options.role === undefined && options.stage === undefined) return;
  if (isEditable(definition, field, options)) return;
  const before = options.previous?.[field.key];
  if (sameValue(before, values[field.key])) return;
  const role = field.type === 'signOff' ? field.role : definition.filledBy?.role;
  const stages = field.type === 'signOff' ? field.stages : (definition.filledBy?.stages ?? []);
  const who = role !== undefined ? `由${definition.roles[role] ?? role}` : '';
  const labels = stages.map((stage) => options.stageLabels?.[stage]).filter((l): l is string => !!l);
  const when = labels.length > 0 ? `在“${labels.join('”或“')}”环节` : stages.length > 0 ? '在规定环节' : '';
  report(field.key, 'NOT_EDITABLE', `「${field.label}」只能${who}${when}填写，请撤销对这一栏的修改`);
}

/**
 * Whether two values are the same as a form sees them: empty equals empty, object keys in any
 * order, empty members ignored. The API decides what an edit changed with it, the admin whether
 * a draft differs from what is saved: both the same way.
 */
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

/** Top-level keys whose value differs between `previous` and `next` (keys of either; an emptied field counts). */
export function changedFields(previous: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>): string[] {
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  return keys.filter((key) => !sameValue(previous[key], next[key]));
}

/** `name` is how messages call the field: 「邮编」 or 「宣讲团人选」第 2 行的「姓名」. */
function checkField(field: FormField, value: unknown, path: string, name: string, draft: boolean, report: Report): void {
  switch (field.type) {
    case 'text':
      return checkText(field, value, path, name, report);
    case 'number':
      return checkNumber(field, value, path, name, report);
    case 'date':
      return checkDate(field.precision, value, path, name, report);
    case 'yesNo':
      if (typeof value !== 'boolean') report(path, 'WRONG_TYPE', `${name}请选择“是”或“否”`);
      return;
    case 'choice':
      return checkChoice(field, value, path, name, report);
    case 'attachment':
      return checkAttachments(field, value, path, name, report);
    case 'table':
      return checkTable(field, value, path, name, draft, report);
    case 'signOff':
      return checkSignOff(field, value, path, name, draft, report);
  }
}

function checkText(field: TextField, value: unknown, path: string, name: string, report: Report): void {
  if (typeof value !== 'string') return report(path, 'WRONG_TYPE', `${name}应填写文字`);
  if (field.maxChars !== undefined) tooLong(value, field.maxChars, path, name, report);
  if (field.format !== undefined && !FORMATS[field.format].test(value.trim())) {
    report(path, 'BAD_FORMAT', `${name}${FORMAT_HINTS[field.format]}`);
  }
}

function tooLong(text: string, max: number, path: string, name: string, report: Report): void {
  const count = countChars(text);
  if (count > max) report(path, 'TOO_LONG', `${name}最多 ${max} 字，现有 ${count} 字，请删减 ${count - max} 字`);
}

const FORMATS: Readonly<Record<NonNullable<TextField['format']>, RegExp>> = {
  postcode: /^\d{6}$/,
  // Landlines with area code and extension (010-68578249 转 123), mobiles, with spaces or dashes.
  phone: /^\+?[\d\s()（）-]{7,20}(\s*(转|-)\s*\d{1,6})?$/u,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

const FORMAT_HINTS: Readonly<Record<NonNullable<TextField['format']>, string>> = {
  postcode: '应为 6 位数字的邮政编码，如 100081',
  phone: '应为电话号码，如 010-68578249 或 13800138000',
  email: '应为电子邮箱地址，如 kxb@example.cn',
};

function checkNumber(field: NumberField, value: unknown, path: string, name: string, report: Report): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return report(path, 'WRONG_TYPE', `${name}应填写数字`);
  const unit = field.unit ? ` ${field.unit}` : '';
  if (field.integer && !Number.isInteger(value)) report(path, 'NOT_INTEGER', `${name}应填写整数，现为 ${value}`);
  if (field.min !== undefined && value < field.min) {
    report(path, 'BELOW_MIN', `${name}不能小于 ${field.min}${unit}，现为 ${value}${unit}`);
  }
  if (field.max !== undefined && value > field.max) {
    report(path, 'ABOVE_MAX', `${name}不能大于 ${field.max}${unit}，现为 ${value}${unit}`);
  }
}

function checkDate(precision: DateField['precision'], value: unknown, path: string, name: string, report: Report): void {
  if (!isCalendarDate(value, precision)) {
    const example = precision === 'month' ? '年月，如 1985-06' : '日期，如 2025-01-16';
    report(path, 'INVALID_DATE', `${name}应为${example}`);
  }
}

function isCalendarDate(value: unknown, precision: DateField['precision']): boolean {
  if (typeof value !== 'string') return false;
  const match = (precision === 'month' ? /^(\d{4})-(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkChoice(field: ChoiceField, value: unknown, path: string, name: string, report: Report): void {
  const allowed = field.options.map((option) => option.key);
  const labels = field.options.map((option) => option.label).join('、');
  const chosen = field.multiple ? value : [value];
  if (!Array.isArray(chosen) || chosen.some((item) => typeof item !== 'string')) {
    return report(path, 'WRONG_TYPE', `${name}请从以下选项中选择：${labels}`);
  }
  if (chosen.some((item) => !allowed.includes(item as string))) {
    report(path, 'UNKNOWN_OPTION', `${name}只能选择：${labels}`);
  }
}

function isAttachmentRef(value: unknown): value is AttachmentRef {
  if (value === null || typeof value !== 'object') return false;
  const ref = value as Record<string, unknown>;
  return typeof ref['fileId'] === 'string' && typeof ref['name'] === 'string' && typeof ref['mediaType'] === 'string';
}

function checkAttachments(field: AttachmentField, value: unknown, path: string, name: string, report: Report): void {
  if (!Array.isArray(value) || !value.every(isAttachmentRef)) {
    return report(path, 'WRONG_TYPE', `${name}的文件记录无效，请重新上传`);
  }
  if (field.maxCount !== undefined && value.length > field.maxCount) {
    report(path, 'TOO_MANY_FILES', `${name}最多 ${field.maxCount} 个文件，现有 ${value.length} 个，请删除 ${value.length - field.maxCount} 个`);
  }
  value.forEach((file, index) => checkKind(field.accept, file, `${path}[${index}]`, name, report));
}

function checkKind(accept: AttachmentField['accept'], file: AttachmentRef, path: string, name: string, report: Report): void {
  if (accept.length === 0) return;
  const kind = attachmentKindOf(file.mediaType);
  if (kind !== undefined && accept.includes(kind)) return;
  const wanted = accept.map((k) => ATTACHMENT_KIND_LABELS[k]).join('、');
  report(path, 'FILE_KIND_NOT_ACCEPTED', `${name}只接受${wanted}，文件“${file.name}”不是，请换一个文件`);
}

function checkTable(field: TableField, value: unknown, path: string, name: string, draft: boolean, report: Report): void {
  if (!Array.isArray(value) || value.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
    return report(path, 'WRONG_TYPE', `${name}的表格内容无效，请重新填写`);
  }
  const rows = value as Readonly<Record<string, unknown>>[];
  if (field.maxRows !== undefined && rows.length > field.maxRows) {
    report(path, 'TOO_MANY_ROWS', `${name}最多 ${field.maxRows} 行，现有 ${rows.length} 行，请删除 ${rows.length - field.maxRows} 行`);
  }
  if (!draft && field.minRows !== undefined && rows.length < field.minRows) {
    report(path, 'TOO_FEW_ROWS', `${name}至少需要 ${field.minRows} 行，现有 ${rows.length} 行，请补充`);
  }
  const known = new Set(field.columns.map((column) => column.key));
  rows.forEach((row, index) => {
    const rowPath = `${path}[${index}]`;
    const rowName = `${name}第 ${index + 1} 行`;
    for (const key of Object.keys(row)) {
      if (!known.has(key) && !isEmpty(row[key])) {
        report(`${rowPath}.${key}`, 'UNKNOWN_FIELD', `${rowName}没有「${key}」这一列，请删除这项内容后再保存`);
      }
    }
    field.columns.forEach((column: ColumnField) => {
      const cell = row[column.key];
      const cellPath = `${rowPath}.${column.key}`;
      const cellName = `${rowName}的「${column.label}」`;
      if (isEmpty(cell)) {
        if (!draft && column.required) report(cellPath, 'REQUIRED', `${cellName}为必填项，请填写`);
        return;
      }
      checkField(column, cell, cellPath, cellName, draft, report);
    });
  });
}

const SIGN_OFF_PARTS = new Set(['opinion', 'signer', 'date', 'seal']);

function checkSignOff(field: SignOffField, value: unknown, path: string, name: string, draft: boolean, report: Report): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return report(path, 'WRONG_TYPE', `${name}的内容无效，请重新填写`);
  }
  const box = value as Readonly<Record<string, unknown>>;
  for (const part of Object.keys(box)) {
    const unused = !SIGN_OFF_PARTS.has(part) || (part === 'opinion' && !field.opinion) || (part === 'signer' && field.signer === 'none') || (part === 'seal' && field.seal === 'none');
    if (unused && !isEmpty(box[part])) {
      report(`${path}.${part}`, 'UNKNOWN_FIELD', `${name}不需要填写「${PART_LABELS[part] ?? part}」，请删除`);
    }
  }
  const { opinion, signer, date, seal } = box;
  if (field.opinion && !isEmpty(opinion)) {
    if (typeof opinion !== 'string') report(`${path}.opinion`, 'WRONG_TYPE', `${name}的意见应填写文字`);
    else if (field.opinion.maxChars !== undefined) tooLong(opinion, field.opinion.maxChars, `${path}.opinion`, name, report);
  }
  if (!isEmpty(signer) && typeof signer !== 'string') {
    report(`${path}.signer`, 'WRONG_TYPE', `${name}的签字人应填写姓名`);
  }
  if (!isEmpty(date)) checkDate('day', date, `${path}.date`, `${name}的日期`, report);
  if (!isEmpty(seal)) {
    if (!isAttachmentRef(seal)) report(`${path}.seal`, 'WRONG_TYPE', `${name}的签章图片无效，请重新上传`);
    else if (attachmentKindOf(seal.mediaType) !== 'image') checkKind(['image'], seal, `${path}.seal`, `${name}的签章`, report);
    else if (!SEAL_IMAGE_TYPES[seal.mediaType.toLowerCase()]) {
      const format = seal.mediaType.replace(/^image\//i, '').toUpperCase();
      report(`${path}.seal`, 'FILE_KIND_NOT_ACCEPTED', `${name}的签章须为 PNG 或 JPG 图片：“${seal.name}”是 ${format} 格式，导出的 Word 中无法显示，请转换为 PNG 或 JPG 后重新上传`);
    }
  }
  if (draft) return;
  // A box once begun must be complete: opinion, signer, date and seal as the box asks.
  const missing: [string, boolean][] = [
    ['opinion', !!field.opinion && isEmpty(opinion)],
    ['signer', field.signer === 'required' && isEmpty(signer)],
    ['date', isEmpty(date)],
    ['seal', field.seal === 'required' && isEmpty(seal)],
  ];
  for (const [part, absent] of missing) {
    if (!absent) continue;
    const label = part === 'opinion' ? (field.opinion?.label ?? '意见') : PART_LABELS[part];
    report(`${path}.${part}`, 'REQUIRED', `${name}${part === 'seal' ? '请上传' : '请填写'}${label}`);
  }
}

const PART_LABELS: Readonly<Record<string, string>> = {
  opinion: '意见',
  signer: '签字人',
  date: '日期',
  seal: '签章图片',
};
