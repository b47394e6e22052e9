import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: with its zip libraries it is a second of the API's start on a
 * loaded machine (issue 15, cold start ≤ 3 s), and only imports and exports need it.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
