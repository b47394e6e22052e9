import { loadExcelJS } from '../load-exceljs';
import { VERDICT_RULE_KIND } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator } from '../indicator-table';
import { tableHasPoints, writeSystemSheet } from '../indicator-table/system-params';
import { type ExtraColumn, isMultiLevel, ruleCodeOf, writeLevelsSheet, writeTwoLevelSheet } from '../indicator-table/write-indicator-sheet';
import { type ExportRule, type TaskTableExport, chineseDate, electiveCellText } from './task-table-export';

const ROLE = { lead: '牵头', support: '配合' } as const;

/** 已通过 3/5，逾期 1，退回 1 */
export function ruleStatusText(rule: ExportRule | undefined): string {
  const tasks = rule?.tasks ?? [];
  if (tasks.length === 0) return '无任务';
  const approved = tasks.filter((task) => task.approved).length;
  if (approved === tasks.length) return '已通过';
  const late = tasks.filter((task) => task.late).length;
  const returned = tasks.filter((task) => task.returned).length;
  return [`已通过 ${approved}/${tasks.length}`, late ? `逾期 ${late}` : '', returned ? `退回 ${returned}` : ''].filter(Boolean).join('，');
}

/** One line per department: 区科协（牵头）：已通过 / 小龙坎街道（配合）：进行中（逾期） */
export function departmentProgressText(rule: ExportRule | undefined): string {
  return (rule?.tasks ?? []).map((task) => `${task.department}（${ROLE[task.role]}）：${task.stateLabel}${task.late ? '（逾期）' : ''}`).join('\n');
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

const anyWeight = (indicators: TableIndicator[]): boolean => indicators.some((indicator) => indicator.weight !== undefined || anyWeight(indicator.children ?? []));

function hasVerdictRules(table: IndicatorTable): boolean {
  const visit = (indicator: TableIndicator): boolean => indicator.rules.some((rule) => rule.scoring.kind === VERDICT_RULE_KIND) || (indicator.children ?? []).some(visit);
  return table.indicators.some(visit);
}

/**
 * The task table (任务分解表) as .xlsx: the indicator system in the layout it is read in (the
 * original layout for one level of indicators, a column per level otherwise: every level, points,
 * weights and 选做), plus per rule the state, each department's progress and the self and expert
 * scores — or verdicts, for checklist rules — with their reasons; a sheet per indicator (points or
 * verdicts, chosen options); a sheet of progress per department; and, hidden, what the system
 * needs to read it back. The first sheet reads back as the same system.
 */
export async function writeTaskTableWorkbook(data: TaskTableExport): Promise<Buffer> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  workbook.creator = '创建工作平台';
  workbook.created = data.generatedAt;
  const { table } = data;
  const points = tableHasPoints(table);
  const verdicts = hasVerdictRules(table);
  const ruleOf = (indicator: TableIndicator, index: number) => data.rules.get(ruleCodeOf(indicator.code, index));
  const judged = (indicator: TableIndicator, index: number) => indicator.rules[index]?.scoring.kind === VERDICT_RULE_KIND;
  // A rule under an option not chosen has no tasks on purpose: say so, not 无任务.
  const unchosen = (indicator: TableIndicator) => data.indicators.get(indicator.code)?.unchosen === true;
  const extra: ExtraColumn[] = [
    { header: '状态', width: 16, value: (_rule, indicator, index) => (unchosen(indicator) ? '未选（不计分）' : ruleStatusText(ruleOf(indicator, index))) },
    { header: '各部门进度', width: 34, value: (_rule, indicator, index) => departmentProgressText(ruleOf(indicator, index)) },
    ...(points
      ? [
          {
            header: '自评得分',
            width: 8,
            value: (_rule, indicator, index) => (judged(indicator, index) ? null : (ruleOf(indicator, index)?.self?.points ?? null)),
            total: data.totals.self,
          } as ExtraColumn,
        ]
      : []),
    ...(verdicts
      ? [{ header: '自评判定', width: 10, value: (_rule, indicator, index) => ruleOf(indicator, index)?.self?.verdict ?? null, total: data.totals.selfVerdict ?? null } as ExtraColumn]
      : []),
    { header: '自评理由', width: 30, value: (_rule, indicator, index) => ruleOf(indicator, index)?.self?.comment ?? null },
    ...(points
      ? [
          {
            header: '专家评分',
            width: 8,
            value: (_rule, indicator, index) => (judged(indicator, index) ? null : (ruleOf(indicator, index)?.expert?.points ?? null)),
            total: data.totals.expert,
          } as ExtraColumn,
        ]
      : []),
    ...(verdicts
      ? [{ header: '专家判定', width: 10, value: (_rule, indicator, index) => ruleOf(indicator, index)?.expert?.verdict ?? null, total: data.totals.expertVerdict ?? null } as ExtraColumn]
      : []),
    { header: '专家意见', width: 30, value: (_rule, indicator, index) => ruleOf(indicator, index)?.expert?.comment ?? null },
  ];
  const title = `${data.title}（导出于${chineseDate(data.generatedAt)}）`;
  const sheet = workbook.addWorksheet('任务分解表');
  if (isMultiLevel(table)) writeLevelsSheet(sheet, table, title, extra);
  else writeTwoLevelSheet(sheet, table, title, extra);

  const summary = workbook.addWorksheet(points ? '得分汇总' : '判定汇总');
  const elective = [...data.indicators.values()].some((scores) => electiveCellText(scores) !== null);
  summary.columns = [
    { header: '指标', key: 'indicator', width: 40 },
    ...(points
      ? [
          { header: '分值', key: 'max', width: 8 },
          ...(anyWeight(table.indicators) ? [{ header: '权重', key: 'weight', width: 8 }] : []),
          { header: '自评得分', key: 'self', width: 10 },
          { header: '专家评分', key: 'expert', width: 10 },
          { header: '预计得分', key: 'projected', width: 10 },
        ]
      : []),
    ...(verdicts
      ? [
          { header: '自评判定', key: 'selfVerdict', width: 10 },
          { header: '专家判定', key: 'expertVerdict', width: 10 },
        ]
      : []),
    ...(elective ? [{ header: '参评选择', key: 'chosen', width: 36 }] : []),
  ];
  const visit = (indicator: TableIndicator, depth: number) => {
    const scored = data.indicators.get(indicator.code);
    const row = summary.addRow({
      indicator: `${'  '.repeat(depth)}${indicator.code}.${indicator.title}${indicator.elective ? '（选做）' : ''}`,
      max: indicator.maxScore,
      weight: indicator.weight ?? null,
      self: scored?.self ?? null,
      expert: scored?.expert ?? null,
      projected: scored?.projected ?? null,
      selfVerdict: scored?.selfVerdict ?? null,
      expertVerdict: scored?.expertVerdict ?? null,
      chosen: electiveCellText(scored),
    });
    // Not chosen: shown for what was scored, greyed, as it counts nothing.
    if (scored?.unchosen) row.font = { color: { argb: 'FF999999' } };
    (indicator.children ?? []).forEach((child) => visit(child, depth + 1));
  };
  table.indicators.forEach((indicator) => visit(indicator, 0));
  summary.addRow({
    indicator: '合计',
    max: data.totals.max,
    self: data.totals.self,
    expert: data.totals.expert,
    projected: data.totals.projected,
    selfVerdict: data.totals.selfVerdict ?? null,
    expertVerdict: data.totals.expertVerdict ?? null,
  }).font = { bold: true };
  if (data.totals.vetoed) {
    const veto = summary.addRow({ indicator: `一票否决：${data.totals.vetoReasons.join('；')}（取消创建资格，得分仅供参考）` });
    veto.font = { bold: true, color: { argb: 'FFC00000' } };
  }
  summary.getRow(1).font = { bold: true };

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
  writeSystemSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
