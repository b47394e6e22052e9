import { loadExcelJS } from '../load-exceljs';
import type { IndicatorTable } from '../indicator-table';
import { writeSystemSheet } from './system-params';
import { fitsCriteriaLayout, isMultiLevel, writeLevelsSheet, writeMultiLevelSheet, writeTwoLevelSheet } from './write-indicator-sheet';

/**
 * An indicator system as an .xlsx in a layout it is read back from as the same system
 * (readIndicatorWorkbook): the Shapingba layout for one level of indicators, the 2016–2020
 * layout for a checklist of criteria that fits it, a column per level otherwise; plus the hidden
 * 系统参数 sheet when the system has settings no column shows.
 */
export async function writeIndicatorWorkbook(table: IndicatorTable): Promise<Buffer> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  workbook.creator = '创建工作平台';
  const multi = isMultiLevel(table);
  const sheet = workbook.addWorksheet(multi ? '指标体系' : '任务分解表');
  if (!multi) writeTwoLevelSheet(sheet, table, table.name);
  else if (fitsCriteriaLayout(table)) writeMultiLevelSheet(sheet, table, table.name);
  else writeLevelsSheet(sheet, table, table.name);
  writeSystemSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
