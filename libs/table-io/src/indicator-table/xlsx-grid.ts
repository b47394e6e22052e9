import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../load-exceljs';
import { type CellGrid, type GridCell, cleanText } from './cell-grid';

type Value = ExcelJS.CellValue;

/** The text a cell shows, whatever its value type (rich text, formula result, hyperlink, date). */
export function cellValueText(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(Math.round(value * 1e6) / 1e6);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValueText((value as { result?: Value }).result ?? null);
  if ('hyperlink' in value) return cellValueText((value as { text?: Value }).text ?? '');
  return '';
}

export interface XlsxLimits {
  maxRows: number;
  maxColumns: number;
}

export class SheetTooLarge extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
  ) {
    super(`sheet ${sheet} has ${rows} rows`);
  }
}

/** Some cell right of the columns read holds a value. */
function hasValuesBeyond(worksheet: ExcelJS.Worksheet, rowCount: number, columnCount: number): boolean {
  for (let r = 1; r <= rowCount; r += 1) {
    const row = worksheet.getRow(r);
    for (let c = columnCount + 1; c <= worksheet.columnCount; c += 1) if (cellValueText(row.getCell(c).value).trim()) return true;
  }
  return false;
}

/** Loads every worksheet of an .xlsx as a grid; cells covered by a merge are continuations. */
export async function xlsxGrids(buffer: Buffer, limits: XlsxLimits): Promise<CellGrid[]> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const grids: CellGrid[] = [];
  workbook.eachSheet((worksheet) => {
    const rowCount = worksheet.actualRowCount === 0 ? 0 : worksheet.rowCount;
    if (rowCount > limits.maxRows) throw new SheetTooLarge(worksheet.name, rowCount);
    const columnCount = Math.min(worksheet.columnCount, limits.maxColumns);
    const rows: GridCell[][] = [];
    for (let r = 1; r <= rowCount; r += 1) {
      const row = worksheet.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= columnCount; c += 1) {
        const cell = row.getCell(c);
        if (cell.type === Excel.ValueType.Merge) cells.push({ text: '', continuation: true });
        else cells.push({ text: cleanText(cellValueText(cell.value)), continuation: false });
      }
      rows.push(cells);
    }
    const dropped = worksheet.columnCount - columnCount;
    grids.push({ sheet: worksheet.name, rows, ...(dropped > 0 && hasValuesBeyond(worksheet, rowCount, columnCount) ? { droppedColumns: dropped } : {}) });
  });
  return grids;
}
