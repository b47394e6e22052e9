import ExcelJS from 'exceljs';
import type { IndicatorTable } from '../indicator-table';
import { isMultiLevel, writeMultiLevelSheet, writeTwoLevelSheet } from './write-indicator-sheet';

/**
 * An indicator system as an .xlsx in the layout it is read in (readIndicatorWorkbook reads it
 * back to the same system): the Shapingba layout for two-level systems, the A/B/C layout for
 * multi-level ones.
 */
export async function writeIndicatorWorkbook(table: IndicatorTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '创建工作平台';
  const sheet = workbook.addWorksheet(isMultiLevel(table) ? '指标体系' : '任务分解表');
  if (isMultiLevel(table)) writeMultiLevelSheet(sheet, table, table.name);
  else writeTwoLevelSheet(sheet, table, table.name);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
