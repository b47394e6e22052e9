import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '../../../../plugins/i18n';
import { blockingProblems, type TableProblem } from '../use-indicator-import';
import TableProblems from './table-problems.vue';

// The import preview's problems table: position (sheet, row, column), message, severity.

const PROBLEMS: TableProblem[] = [
  { sheet: '任务分解表', row: 0, column: '', field: '', code: 'TOTAL_NOT_100', message: '总分为 98 分，不是 100 分', severity: 'warning' },
  { sheet: '任务分解表', row: 7, column: 'C', field: '分值', code: 'SUBTOTAL_MISMATCH', message: '指标 2 的分值 10 与其评分规则合计 9 不一致', severity: 'error' },
  { sheet: '任务分解表', row: 16, column: 'E', field: '责任单位', code: 'UNKNOWN_UNIT', message: '责任单位「区委组织部门」不是本单位已有的部门或部门组', severity: 'error' },
  { sheet: '任务分解表', row: 21, column: '', field: '', code: 'NO_UNITS', message: '评分规则没有责任单位，将作为本单位自己的工作', severity: 'warning' },
];

let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

async function mountTable(problems: TableProblem[]): Promise<VueWrapper> {
  wrapper = mount(TableProblems, { props: { problems }, attachTo: document.body, global: { plugins: [createAppI18n('zh-CN')] } });
  await flushPromises();
  return wrapper;
}

const rows = (w: VueWrapper): string[][] => w.findAll('[data-test="problem-table"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text().trim()));

describe('TableProblems', () => {
  it('lists each problem with its sheet, row, column, message and severity', async () => {
    const w = await mountTable(PROBLEMS);
    expect(w.get('[data-test="problem-summary"]').text()).toBe('共 4 处：2 处错误，2 处提示');
    expect(rows(w)).toEqual([
      ['任务分解表', '整个文件', '—', '总分为 98 分，不是 100 分', '提示'],
      ['任务分解表', '7', 'C（分值）', '指标 2 的分值 10 与其评分规则合计 9 不一致', '错误'],
      ['任务分解表', '16', 'E（责任单位）', '责任单位「区委组织部门」不是本单位已有的部门或部门组', '错误'],
      ['任务分解表', '21', '整行', '评分规则没有责任单位，将作为本单位自己的工作', '提示'],
    ]);
    expect(w.findAll('.el-tag--danger')).toHaveLength(2);
  });

  it('filters errors and warnings', async () => {
    const w = await mountTable(PROBLEMS);
    await w.get('[data-test="filter-error"] input').setValue(true);
    await flushPromises();
    expect(rows(w).map((r) => r[1])).toEqual(['7', '16']);
    await w.get('[data-test="filter-warning"] input').setValue(true);
    await flushPromises();
    expect(rows(w).map((r) => r[1])).toEqual(['整个文件', '21']);
  });

  it('says so when there is no problem', async () => {
    const w = await mountTable([]);
    expect(w.get('[data-test="problem-summary"]').text()).toBe('未发现问题');
    expect(w.find('[data-test="problem-table"]').exists()).toBe(false);
  });

  it('counts unknown units as mapped on the page, not as blocking', () => {
    expect(blockingProblems(PROBLEMS).map((p) => p.code)).toEqual(['SUBTOTAL_MISMATCH']);
  });
});
