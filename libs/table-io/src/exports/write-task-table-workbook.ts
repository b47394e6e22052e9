import ExcelJS from 'exceljs';
import type { TableIndicator } from '../indicator-table';
import { type ExtraColumn, ruleCodeOf, writeTwoLevelSheet } from '../indicator-table/write-indicator-sheet';
import { type ExportRule, type TaskTableExport, chineseDate } from './task-table-export';

const ROLE = { lead: '牵头', support: '配合' } as const;

/** 已通过 3/5，逾期 1，退回 1 */
export function ruleStatusText(rule: ExportRule | undefined): string {
  const tasks = rule?.tasks ?? [];
  if (tasks.length === 0) return '无任务';
  const approved = tasks.filter((task) => task.approved).length;
  if (approved === tasks.length) return '已通过';
  const late = tasks.filter((task) => task.late).length;
  const returned = tasks.filter((task) => task.state === 'returned').length;
  return [`已通过 ${approved}/${tasks.length}`, late ? `逾期 ${late}` : '', returned ? `退回 ${returned}` : ''].filter(Boolean).join('，');
}

/** One line per department: 区科协（牵头）：已通过 / 小龙坎街道（配合）：进行中（逾期） */
export function departmentProgressText(rule: ExportRule | undefined): string {
  return (rule?.tasks ?? []).map((task) => `${task.department}（${ROLE[task.role]}）：${task.stateLabel}${task.late ? '（逾期）' : ''}`).join('\n');
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/**
 * The task table (任务分解表) as .xlsx: the original layout, plus per rule the state, each
 * department's progress and the self and expert scores with their reasons; a sheet of scores per
 * indicator; a sheet of progress per department. The first sheet reads back as the same system.
 */
export async function writeTaskTableWorkbook(data: TaskTableExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '创建工作平台';
  workbook.created = data.generatedAt;
  const ruleOf = (indicator: TableIndicator, index: number) => data.rules.get(ruleCodeOf(indicator.code, index));
  const extra: ExtraColumn[] = [
    { header: '状态', width: 16, value: (_rule, indicator, index) => ruleStatusText(ruleOf(indicator, index)) },
    { header: '各部门进度', width: 34, value: (_rule, indicator, index) => departmentProgressText(ruleOf(indicator, index)) },
    { header: '自评得分', width: 8, value: (_rule, indicator, index) => ruleOf(indicator, index)?.self?.points ?? null, total: data.totals.self },
    { header: '自评理由', width: 30, value: (_rule, indicator, index) => ruleOf(indicator, index)?.self?.comment ?? null },
    { header: '专家评分', width: 8, value: (_rule, indicator, index) => ruleOf(indicator, index)?.expert?.points ?? null, total: data.totals.expert },
    { header: '专家意见', width: 30, value: (_rule, indicator, index) => ruleOf(indicator, index)?.expert?.comment ?? null },
  ];
  writeTwoLevelSheet(workbook.addWorksheet('任务分解表'), data.table, `${data.title}（导出于${chineseDate(data.generatedAt)}）`, extra);

  const scores = workbook.addWorksheet('得分汇总');
  scores.columns = [
    { header: '指标', key: 'indicator', width: 40 },
    { header: '分值', key: 'max', width: 8 },
    { header: '自评得分', key: 'self', width: 10 },
    { header: '专家评分', key: 'expert', width: 10 },
    { header: '预计得分', key: 'projected', width: 10 },
  ];
  const visit = (indicator: TableIndicator, depth: number) => {
    const scored = data.indicators.get(indicator.code);
    scores.addRow({ indicator: `${'  '.repeat(depth)}${indicator.code}.${indicator.title}`, max: indicator.maxScore, self: scored?.self ?? null, expert: scored?.expert ?? null, projected: scored?.projected ?? null });
    (indicator.children ?? []).forEach((child) => visit(child, depth + 1));
  };
  data.table.indicators.forEach((indicator) => visit(indicator, 0));
  scores.addRow({ indicator: '合计', max: data.totals.max, self: data.totals.self, expert: data.totals.expert, projected: data.totals.projected }).font = { bold: true };
  if (data.totals.vetoed) {
    const veto = scores.addRow({ indicator: `一票否决：${data.totals.vetoReasons.join('；')}（取消创建资格，得分仅供参考）` });
    veto.font = { bold: true, color: { argb: 'FFC00000' } };
  }
  scores.getRow(1).font = { bold: true };

  const departments = workbook.addWorksheet('各部门进度');
  departments.columns = [
    { header: '部门', key: 'department', width: 28 },
    { header: '任务数', key: 'tasks', width: 8 },
    { header: '已通过', key: 'approved', width: 8 },
    { header: '已提交待审', key: 'submitted', width: 10 },
    { header: '已退回', key: 'returned', width: 8 },
    { header: '未提交', key: 'open', width: 8 },
    { header: '逾期', key: 'late', width: 8 },
    { header: '完成率', key: 'rate', width: 8 },
  ];
  data.departments.forEach((row) => departments.addRow({ ...row, rate: percent(row.approved, row.tasks) }));
  departments.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
