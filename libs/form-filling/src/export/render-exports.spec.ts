import { join } from 'node:path';
import { type ColumnField, type FormDefinition, type FormField, loadFormDirectory, validateFormValues } from '@accredit/forms';
import { docxParagraphs, readZipEntry } from '@accredit/table-io/testing';
import { renderFormDocx } from './render-form-docx';
import { renderFormsXlsx } from './render-forms-xlsx';

// Every shipped definition, filled with a value of every field, renders to .docx and .xlsx whose
// content can be read back: the labels and values in the document, one row per organisation in the sheet.

const loaded = loadFormDirectory(join(__dirname, '../../../../forms'));
if (!loaded.ok) throw new Error('forms/ does not load');
const definitions: readonly FormDefinition[] = loaded.definitions;

// A 1×1 PNG: the seal image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SEAL = { fileId: '00000000-0000-4000-8000-000000000001', name: '公章.png', mediaType: 'image/png' };

function sample(field: FormField | ColumnField, n: number): unknown {
  switch (field.type) {
    case 'text':
      return field.format === 'postcode' ? '400030' : field.format === 'phone' ? '023-65310000' : field.format === 'email' ? 'kx@example.cn' : `${field.label}内容${n}`.slice(0, field.maxChars ?? 100);
    case 'number':
      return Math.max(field.min ?? 0, 1) + n;
    case 'date':
      return field.precision === 'month' ? '1985-06' : '2025-01-16';
    case 'yesNo':
      return true;
    case 'choice':
      return field.multiple ? [field.options[0].key] : field.options[0].key;
    case 'attachment':
      return [{ fileId: '00000000-0000-4000-8000-000000000002', name: `附件${n}.pdf`, mediaType: 'application/pdf' }];
    case 'table':
      return [Object.fromEntries(field.columns.map((column, index) => [column.key, sample(column, index)]))];
    case 'signOff':
      return {
        ...(field.opinion ? { opinion: `${field.label}：同意推荐` } : {}),
        ...(field.signer !== 'none' ? { signer: '张三' } : {}),
        date: '2025-01-16',
        ...(field.seal !== 'none' ? { seal: SEAL } : {}),
      };
  }
}

const filled = (definition: FormDefinition) => Object.fromEntries(definition.sections.flatMap((section) => section.fields).map((field, index) => [field.key, sample(field, index)]));

describe.each(definitions.map((definition) => [definition.key, definition] as const))('%s', (_key, definition) => {
  const values = filled(definition);

  it('is filled validly by the sample (so the exports show real content)', () => {
    // Section limits may be exceeded by the generated text; every field itself must be valid.
    expect(validateFormValues(definition, values).filter((problem) => problem.code !== 'SECTION_TOO_LONG' && problem.code !== 'TOO_LONG')).toEqual([]);
  });

  it('renders as .docx with every label and value, sign-off boxes last, and the seal image', async () => {
    const docx = await renderFormDocx({
      definition,
      values,
      organisationName: '测试县',
      campaignName: '第一批申报',
      statusText: '已提交',
      images: new Map([[SEAL.fileId, { data: PNG, mediaType: 'image/png' }]]),
    });
    const text = (await docxParagraphs(docx)).join('\n');
    expect(text).toContain(definition.name);
    expect(text).toContain('填报单位：测试县');
    const fields = definition.sections.flatMap((section) => section.fields);
    for (const field of fields) expect(text).toContain(field.label);
    const signOffs = fields.filter((field) => field.type === 'signOff');
    const ordinary = fields.filter((field) => field.type !== 'signOff');
    if (signOffs.length > 0 && ordinary.length > 0) {
      expect(text.lastIndexOf(ordinary[ordinary.length - 1].label)).toBeLessThan(text.indexOf(signOffs[0].label));
      expect(text).toContain('2025年1月16日');
      if (signOffs.some((field) => field.type === 'signOff' && field.seal !== 'none')) expect(await readZipEntry(docx, 'word/media/' + (await mediaName(docx)))).not.toBeNull();
    }
    const firstText = fields.find((field) => field.type === 'text');
    if (firstText) expect(text).toContain(String(values[firstText.key]));
    const table = fields.find((field) => field.type === 'table');
    if (table && table.type === 'table') expect(text).toContain(table.columns[0].label);
  });

  it('renders all organisations as .xlsx, one row each, read back with exceljs', async () => {
    const xlsx = await renderFormsXlsx(definition, '第一批申报', [
      { organisationName: '甲县', statusText: '已提交', updatedAt: new Date('2025-01-16T02:00:00Z'), updatedByName: '李四', values },
      { organisationName: '乙县', statusText: '未填写', updatedAt: null, updatedByName: null, values: {} },
    ]);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 2)).toEqual(['单位', '状态']);
    const first = definition.sections.flatMap((section) => section.fields)[0];
    const column = header.findIndex((name) => name.startsWith(first.label)) + 1;
    expect(column).toBeGreaterThan(0);
    expect(sheet.getRow(3).getCell(1).value).toBe('甲县');
    expect(String(sheet.getRow(3).getCell(column).value ?? '')).not.toBe('');
    expect(sheet.getRow(4).getCell(2).value).toBe('未填写');
  });
});

async function mediaName(docx: Buffer): Promise<string> {
  const rels = (await readZipEntry(docx, 'word/_rels/document.xml.rels'))?.toString('utf8') ?? '';
  return /Target="media\/([^"]+)"/.exec(rels)?.[1] ?? 'missing';
}
