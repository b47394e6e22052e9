import { chinaDay } from '@accredit/calendar-date';
import { type FormDefinition, type FormField, type SignOffValue, allFields } from '@accredit/forms';
import { dateText, valueText } from './form-value-text';

export interface FormSheetRow {
  organisationName: string;
  /** 未填写 / 草稿 / 已提交 */
  statusText: string;
  updatedAt: Date | null;
  updatedByName: string | null;
  values: Readonly<Record<string, unknown>>;
}

interface Column {
  header: string;
  width: number;
  value: (row: FormSheetRow) => string | number | null;
}

/** The columns of one definition: the organisation, then every field in order, a sign-off box as opinion / signer / date. */
function columnsOf(definition: FormDefinition): Column[] {
  const columns: Column[] = [
    { header: '单位', width: 24, value: (row) => row.organisationName },
    { header: '状态', width: 10, value: (row) => row.statusText },
    { header: '最后修改', width: 18, value: (row) => (row.updatedAt ? `${dateText(chinaDay(row.updatedAt))} ${row.updatedByName ?? ''}`.trim() : '') },
  ];
  for (const field of allFields(definition)) {
    if (field.type === 'signOff') {
      const box = (row: FormSheetRow) => (row.values[field.key] ?? {}) as SignOffValue;
      if (field.opinion) columns.push({ header: field.label, width: 40, value: (row) => box(row).opinion ?? '' });
      if (field.signer !== 'none') columns.push({ header: `${field.label}·签字人`, width: 12, value: (row) => box(row).signer ?? '' });
      columns.push({ header: `${field.label}·日期`, width: 14, value: (row) => (box(row).date ? dateText(box(row).date as string) : '') });
      if (field.seal !== 'none') columns.push({ header: `${field.label}·签章`, width: 10, value: (row) => (box(row).seal ? '已盖章' : '') });
      continue;
    }
    columns.push({ header: field.type === 'number' && field.unit ? `${field.label}（${field.unit}）` : field.label, width: widthOf(field), value: (row) => cellValue(field, row.values[field.key]) });
  }
  return columns;
}

const widthOf = (field: FormField): number => (field.type === 'table' || (field.type === 'text' && field.multiline) ? 40 : field.type === 'number' ? 12 : 18);

/** Numbers stay numbers (so offices can sum them); everything else reads as on paper. */
function cellValue(field: FormField, value: unknown): string | number | null {
  if (field.type === 'number') return typeof value === 'number' ? value : null;
  return valueText(field, value);
}

/**
 * All filled copies of one form in a campaign as .xlsx: a header row, then one row per
 * organisation (those that have not filled it in too, marked 未填写), for the offices that print,
 * sort and sum. exceljs is loaded on first use like the other exports.
 */
export async function renderFormsXlsx(definition: FormDefinition, campaignName: string, rows: readonly FormSheetRow[]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '创建工作平台';
  const sheet = workbook.addWorksheet(definition.name.slice(0, 31).replace(/[\\/?*[\]:]/g, '_'), { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const columns = columnsOf(definition);
  sheet.addRow([`${campaignName}：${definition.name}`]);
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  columns.forEach((column, index) => (sheet.getColumn(index + 1).width = column.width));
  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => column.value(row)));
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
