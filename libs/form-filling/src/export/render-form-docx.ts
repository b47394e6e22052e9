import type { Paragraph as ParagraphType, Table as TableType, TableCell as TableCellType } from 'docx';
import { type FormDefinition, type FormField, type SignOffField, type SignOffValue, type TableField, allFields } from '@accredit/forms';
import { dateText, valueText } from './form-value-text';

/** An image the form points at (a seal), read from the evidence storage. */
export interface FormImage {
  data: Buffer;
  mediaType: string;
}

export interface FilledFormDocument {
  definition: FormDefinition;
  values: Readonly<Record<string, unknown>>;
  /** 填报单位 */
  organisationName: string;
  campaignName: string;
  /** 草稿 / 已提交（2025年1月16日） */
  statusText: string;
  /** Seal images by fileId; a seal without one (or of a kind Word cannot show) is named instead. */
  images: ReadonlyMap<string, FormImage>;
}

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
const SEAL_WIDTH = 110;

/** PNG width/height from its header (seals keep their shape); other images are drawn square. */
function imageSize(image: FormImage): { width: number; height: number } {
  if (image.mediaType === 'image/png' && image.data.length > 24) {
    const width = image.data.readUInt32BE(16);
    const height = image.data.readUInt32BE(20);
    if (width > 0 && height > 0) return { width: SEAL_WIDTH, height: Math.round((SEAL_WIDTH * height) / width) };
  }
  return { width: SEAL_WIDTH, height: SEAL_WIDTH };
}

const WORD_IMAGE_TYPES: Readonly<Record<string, 'png' | 'jpg' | 'gif' | 'bmp'>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp' };

/**
 * One filled form as .docx in the published layout: the title, then the form as one table —
 * labels left, values right, each section's name as a full-width row, repeating rows as a table
 * inside the cell — and the sign-off boxes last, in the definition's order, each with its
 * opinion (or the printed instruction when empty), signer, date and the seal image.
 */
export async function renderFormDocx(document: FilledFormDocument): Promise<Buffer> {
  // docx is loaded when an export is asked for, not at the API's start (cold start, issue 15).
  const docx = await import('docx');
  const { AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } = docx;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const lines = (text: string, options: { bold?: boolean; center?: boolean; color?: string } = {}): ParagraphType[] =>
    (text === '' ? [''] : text.split('\n')).map(
      (line) => new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: options.bold, color: options.color, size: 22 })] }),
    );
  const cell = (children: (ParagraphType | TableType)[], width: number, span = 1): TableCellType =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, columnSpan: span, borders, verticalAlign: VerticalAlign.CENTER, children });

  const subTable = (field: TableField, value: unknown): TableType | ParagraphType[] => {
    const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    if (rows.length === 0) return lines('（无）', { color: '888888' });
    const width = Math.floor(100 / (field.columns.length + 1));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell(lines('序号', { bold: true, center: true }), width), ...field.columns.map((column) => cell(lines(column.label, { bold: true, center: true }), width))],
        }),
        ...rows.map(
          (row, index) =>
            new TableRow({ children: [cell(lines(String(index + 1), { center: true }), width), ...field.columns.map((column) => cell(lines(valueText(column, row?.[column.key])), width))] }),
        ),
      ],
    });
  };

  const signOffCell = (field: SignOffField, box: SignOffValue | undefined): (ParagraphType | TableType)[] => {
    const children: ParagraphType[] = [];
    if (field.opinion) {
      if (box?.opinion) children.push(...lines(box.opinion));
      else children.push(...lines(field.opinion.hint ?? '', { color: '888888' }));
    }
    const image = box?.seal ? document.images.get(box.seal.fileId) : undefined;
    const type = image ? WORD_IMAGE_TYPES[image.mediaType] : undefined;
    const signature = [field.signatureLabel, box?.signer ? `：${box.signer}` : '：'].join('');
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun({ text: signature, size: 22 })] }));
    if (image && type) {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new ImageRun({ type, data: image.data, transformation: imageSize(image) })] }));
    } else if (box?.seal) {
      children.push(...lines(`（签章图片：${box.seal.name}）`).map((paragraph) => paragraph));
    }
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: box?.date ? dateText(box.date) : '年\u3000\u3000月\u3000\u3000日', size: 22 })] }));
    return children;
  };

  const rows: InstanceType<typeof TableRow>[] = [];
  const signOffs: SignOffField[] = [];
  for (const section of document.definition.sections) {
    const ordinary = section.fields.filter((field): field is Exclude<FormField, SignOffField> => field.type !== 'signOff');
    signOffs.push(...section.fields.filter((field): field is SignOffField => field.type === 'signOff'));
    if (ordinary.length === 0) continue;
    if (document.definition.sections.length > 1) rows.push(new TableRow({ children: [cell(lines(section.label, { bold: true }), 100, 2)] }));
    for (const field of ordinary) {
      const value = document.values[field.key];
      const right = field.type === 'table' ? subTable(field, value) : lines(valueText(field, value));
      rows.push(new TableRow({ children: [cell(lines(field.label, { bold: true, center: true }), 25), cell(Array.isArray(right) ? right : [right], 75)] }));
    }
  }
  for (const field of signOffs) {
    rows.push(new TableRow({ children: [cell(lines(field.label, { bold: true, center: true }), 25), cell(signOffCell(field, document.values[field.key] as SignOffValue | undefined), 75)] }));
  }

  const doc = new Document({
    creator: '创建工作平台',
    title: document.definition.name,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: document.definition.name, bold: true, size: 32 })] }),
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: `填报单位：${document.organisationName}\u3000\u3000${document.campaignName}\u3000\u3000${document.statusText}`, size: 21 })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Every sign-off box of a definition, in order (for callers that need their seals). */
export const signOffFields = (definition: FormDefinition): SignOffField[] => allFields(definition).filter((field): field is SignOffField => field.type === 'signOff');
