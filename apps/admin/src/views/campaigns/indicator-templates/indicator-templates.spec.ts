import { setLogVerbosity, type FetchResult, type Operation, type TypedDocumentNode } from '@apollo/client/core';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type Answer, onePage } from '../../../testing/fake-api';
import { mountAdminAt } from '../../../testing/mount-admin';
import {
  CampaignListDocument,
  CheckIndicatorTemplateDocument,
  DepartmentGroupsDocument,
  DepartmentsDocument,
  ExportIndicatorTemplateDocument,
  IndicatorTemplateVersionDocument,
  IndicatorTemplatesDocument,
  SaveIndicatorTemplateVersionDocument,
  type IndicatorTemplateVersionQuery,
  type IndicatorTemplatesQuery,
  type ResponsibleRole,
  type TemplateProblemFieldsFragment,
} from '../../../graphql/generated/graphql';
import { ruleScoringOf } from '../../../testing/rule-scoring.fixture';

// The 指标体系模板 screen in the whole admin (router, layout, Apollo) against a fake API.

setLogVerbosity('error');

/** Type names as the server sends them, by the field an object sits in (and its parent's type for `options`). */
const TYPES: Record<string, string> = {
  indicatorTemplates: 'IndicatorTemplate',
  versions: 'IndicatorTemplateVersion',
  indicatorTemplateVersion: 'IndicatorTemplateTree',
  nodes: 'TemplateNode',
  rules: 'TemplateRule',
  units: 'TemplateUnit',
  effectiveUnits: 'TemplateUnit',
  scoring: 'RuleScoring',
  fixed: 'FixedScoring',
  range: 'RangeScoring',
  alternative: 'AlternativeScoring',
  tiered: 'TieredScoring',
  perItem: 'PerItemScoring',
  conditionalCap: 'ConditionalCapScoring',
  veto: 'VetoScoring',
  series: 'SeriesScoring',
  requirements: 'TemplateRequirement',
  elective: 'IndicatorElective',
  verdicts: 'VerdictScale',
  singleApplicant: 'ScoreRange',
  problems: 'TemplateProblem',
  warnings: 'TemplateProblem',
  checkIndicatorTemplate: 'IndicatorTemplateCheck',
  saveIndicatorTemplateVersion: 'SaveIndicatorTemplateResult',
  template: 'IndicatorTemplateVersion',
  departments: 'Department',
  departmentGroups: 'DepartmentGroup',
};
function typed(value: unknown, typename?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => typed(v, typename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = typename ? { __typename: typename } : {};
  for (const [key, v] of Object.entries(value)) {
    const type = key === 'options' ? (typename === 'VerdictScale' ? 'VerdictOption' : 'RuleOption') : TYPES[key];
    out[key] = typed(v, type);
  }
  return out;
}
/** The answer to one operation, typed by its generated document so that the fake cannot drift from the schema. */
const answer = <TData>(_document: TypedDocumentNode<TData, any>, value: TData): FetchResult => ({ data: typed(value) as FetchResult['data'] });

const VERSIONS: IndicatorTemplatesQuery['indicatorTemplates'][number]['versions'] = [
  {
    id: 't-2',
    version: 2,
    name: '示例区科普工作评价指标体系',
    source: 'weighted-4-level.csv',
    createdAt: '2026-12-05T01:00:00Z',
    createdBy: 'office',
    ownerName: '沙坪坝区',
    own: true,
    totalScore: 100,
    scoringMode: 'weights',
  },
  {
    id: 't-1',
    version: 1,
    name: '示例区科普工作评价指标体系',
    source: 'weighted-4-level.csv',
    createdAt: '2026-12-04T01:00:00Z',
    createdBy: null,
    ownerName: null,
    own: false,
    totalScore: 100,
    scoringMode: 'weights',
  },
];
type Tree = IndicatorTemplateVersionQuery['indicatorTemplateVersion'];
const rule = (text: string, points: number, units: { name: string; role: ResponsibleRole }[]): Tree['nodes'][number]['rules'][number] => ({
  text,
  points,
  note: '',
  organisationOwned: false,
  units,
  effectiveUnits: units,
  scoring: ruleScoringOf({ fixed: { points } }),
});
const NODES: Tree['nodes'] = [
  {
    key: 'n1',
    parentKey: null,
    code: '1',
    title: '组织管理',
    maxScore: null,
    weight: 0.6,
    scoringMode: null,
    elective: null,
    requirements: [],
    rules: [rule('有方案60分', 60, [{ name: '区科协', role: 'lead' }])],
  },
  {
    key: 'n2',
    parentKey: null,
    code: '2',
    title: '特色创新',
    maxScore: 40,
    weight: 0.4,
    scoringMode: null,
    elective: { min: 1, max: 1, counting: 'normalise', best: null },
    requirements: [],
    rules: [],
  },
  {
    key: 'n3',
    parentKey: 'n2',
    code: '2.1',
    title: '科普品牌',
    maxScore: 40,
    weight: null,
    scoringMode: null,
    elective: null,
    requirements: [{ code: '2.1-1', text: '品牌材料' }],
    rules: [rule('有品牌40分', 40, [])],
  },
  { key: 'n4', parentKey: 'n2', code: '2.2', title: '科普基地', maxScore: 40, weight: null, scoringMode: null, elective: null, requirements: [], rules: [rule('有基地40分', 40, [])] },
];
const TREE: Tree = {
  id: 't-2',
  key: 'weighted',
  version: 2,
  name: '示例区科普工作评价指标体系',
  source: 'weighted-4-level.csv',
  totalScore: 100,
  scoringMode: 'weights',
  maxTotal: 100,
  verdicts: {
    options: [
      { label: '达标', value: 1 },
      { label: '基本达标', value: 0.5 },
      { label: '未达标', value: 0 },
    ],
    rollUp: 'worst',
  },
  nodes: NODES,
};

type Problems = TemplateProblemFieldsFragment[];

function api(problems: () => Problems) {
  return (operation: Operation): Answer | undefined => {
    switch (operation.operationName) {
      case 'IndicatorTemplates':
        return answer(IndicatorTemplatesDocument, { indicatorTemplates: [{ key: 'weighted', title: '示例区科普工作评价指标体系', versions: VERSIONS }] });
      case 'IndicatorTemplateVersion':
        return answer(IndicatorTemplateVersionDocument, { indicatorTemplateVersion: { ...TREE, id: operation.variables['id'] as string, version: operation.variables['id'] === 't-3' ? 3 : 2 } });
      case 'Departments':
        return answer(DepartmentsDocument, {
          departments: onePage([
            { id: 'd-1', name: '区科协', fullName: null, kind: 'people-organisation', tags: [] },
            { id: 'd-2', name: '区教委', fullName: null, kind: 'government', tags: [] },
          ]),
        });
      case 'DepartmentGroups':
        return answer(DepartmentGroupsDocument, { departmentGroups: onePage([]) });
      case 'CheckIndicatorTemplate':
        return answer(CheckIndicatorTemplateDocument, { checkIndicatorTemplate: { ok: !problems().some((p) => p.severity === 'error'), maxTotal: 100, problems: problems() } });
      case 'SaveIndicatorTemplateVersion':
        return answer(SaveIndicatorTemplateVersionDocument, {
          saveIndicatorTemplateVersion: { created: true, warnings: [], template: { id: 't-3', version: 3, name: TREE.name, createdBy: 'office' } },
        });
      case 'ExportIndicatorTemplate':
        return answer(ExportIndicatorTemplateDocument, { exportIndicatorTemplate: { fileName: '示例区科普工作评价指标体系-第2版.xlsx', contentBase64: 'UEsDBA==' } });
      case 'CampaignList':
        return answer(CampaignListDocument, { campaigns: [] });
    }
  };
}

async function openPage(problems: () => Problems = () => []) {
  const { w, router, calls } = await mountAdminAt('/campaigns/indicator-templates', api(problems));
  await flushPromises();
  return { w, router, calls };
}

/** An Element input: the data-test attribute lands on the <input>/<textarea> itself, or on a wrapper around it. */
const field = (w: VueWrapper, test: string) => {
  const own = w.get(`[data-test="${test}"]`);
  return ['INPUT', 'TEXTAREA'].includes(own.element.tagName) ? own : own.get('input, textarea');
};
const rowsOf = (w: VueWrapper, test: string) => w.findAll(`[data-test="${test}"] .el-table__body tr`).map((tr) => tr.findAll('td').map((td) => td.text().trim()));

// Whole-admin specs: generous time, the machine may be busy.
describe('指标体系模板 screen', { timeout: 30_000 }, () => {
  it('lists the templates with versions, source file, who saved and whose; opens a version’s tree', async () => {
    const { w, router } = await openPage();
    await vi.waitFor(() => expect(rowsOf(w, 'template-list')).toHaveLength(2));
    expect(w.get('.side-menu__item.is-active').text()).toBe('指标体系模板');
    const [first, second] = rowsOf(w, 'template-list');
    expect(first?.slice(0, 5)).toEqual(['示例区科普工作评价指标体系', 'weighted', '第 2 版', 'weighted-4-level.csv', '按权重计分']);
    expect(first?.slice(6, 8)).toEqual(['office', '本单位']);
    expect(second?.slice(6, 8)).toEqual(['—', '平台']);

    await w.get('[data-test="open-t-2"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="node-2.1"]').exists()).toBe(true));
    expect(router.currentRoute.value.query).toEqual({ template: 't-2' });
    expect(w.get('[data-test="tree-summary"]').text()).toBe('按权重计分，满分 100 分');
    expect(w.get('[data-test="node-1"]').text()).toContain('权重 0.6');
    expect(w.get('[data-test="node-2"]').text()).toContain('选做 1–1');
    // Viewing: the form shows the indicator, nothing can be changed.
    await w.get('[data-test="node-2.1"]').trigger('click');
    await flushPromises();
    expect((field(w, 'node-title').element as HTMLInputElement).value).toBe('科普品牌');
    expect((field(w, 'node-title').element as HTMLInputElement).disabled).toBe(true);
    expect(w.get('[data-test="rule-0-inherited"]').text()).toBe('本单位自己的工作（由本单位办公室负责）');

    // 导出 .xlsx saves the file the API wrote.
    const created = vi.fn((_blob: Blob) => 'blob:template');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await w.get('[data-test="export"]').trigger('click');
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    expect((created.mock.calls[0]?.[0] as Blob).size).toBe(4);
    clicked.mockRestore();
  });

  it('edits the tree — rename, add a child with a rule and a 牵头 unit — with the live check, and saves a new version', async () => {
    const { w, router, calls } = await openPage();
    await router.push({ query: { template: 't-2' } });
    await vi.waitFor(() => expect(w.find('[data-test="edit"]').exists()).toBe(true));
    await w.get('[data-test="edit"]').trigger('click');
    await vi.waitFor(() => expect(calls.some((c) => c.operationName === 'CheckIndicatorTemplate')).toBe(true));
    await vi.waitFor(() => expect(w.find('[data-test="no-problems"]').exists()).toBe(true));

    await w.get('[data-test="node-1"]').trigger('click');
    await flushPromises();
    // The rule's points are read from the field of its kind (RuleScoring.fixed).
    expect((field(w, 'rule-0-points').element as HTMLInputElement).value).toBe('60');
    await field(w, 'node-title').setValue('组织管理（修订）');
    await w.get('[data-test="add-child"]').trigger('click');
    await flushPromises();
    expect((field(w, 'node-code').element as HTMLInputElement).value).toBe('1.1');
    await field(w, 'node-title').setValue('领导机制');
    await w.get('[data-test="add-rule"]').trigger('click');
    await flushPromises();
    // A new fixed rule has no points yet: the editor says so itself, without asking the API.
    const checksBefore = calls.filter((c) => c.operationName === 'CheckIndicatorTemplate').length;
    await vi.waitFor(() => expect(w.text()).toContain('请填写分值'));
    expect(calls.filter((c) => c.operationName === 'CheckIndicatorTemplate')).toHaveLength(checksBefore);
    await field(w, 'rule-0-text').setValue('建立联席会议制度2分');
    await field(w, 'rule-0-points').setValue('2');
    await field(w, 'rule-0-points').trigger('change');
    await w.get('[data-test="rule-0-add-unit"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-test="rule-0-unit-0"]').text()).toContain('牵头');

    await vi.waitFor(() => {
      const last = calls.filter((c) => c.operationName === 'CheckIndicatorTemplate').at(-1);
      expect(JSON.stringify(last?.variables)).toContain('建立联席会议制度2分');
    });
    await vi.waitFor(() => expect(w.find('[data-test="no-problems"]').exists()).toBe(true));
    await w.get('[data-test="save"]').trigger('click');
    await vi.waitFor(() => expect(w.find('[data-test="saved"]').exists()).toBe(true));
    expect(w.get('[data-test="saved"]').text()).toBe('已保存为第 3 版');
    // The page shows the new version, then moves the address to it.
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ template: 't-3' }));

    const saved = calls.find((c) => c.operationName === 'SaveIndicatorTemplateVersion')?.variables['input'];
    expect(saved.templateId).toBe('t-2');
    expect(saved.nodes.map((n: { code: string; parentKey: string | null }) => `${n.code}<${n.parentKey ?? ''}`)).toEqual(['1<', `1.1<n1`, '2<', '2.1<n2', '2.2<n2']);
    expect(saved.nodes[0].title).toBe('组织管理（修订）');
    // A rule read and not edited is sent back with the parameters it was read with.
    expect(saved.nodes[0].rules[0].scoring).toEqual({ fixed: { points: 60 } });
    expect(saved.nodes[1]).toMatchObject({ title: '领导机制', rules: [{ text: '建立联席会议制度2分', points: 2, units: [{ name: '', role: 'lead' }], scoring: { fixed: { points: 2 } } }] });
    expect(JSON.stringify(saved)).not.toContain('__typename');
  });

  it('shows every problem at its indicator and rule, marks the tree, and does not offer to save', async () => {
    const problems: Problems = [
      { nodeKey: 'n3', ruleIndex: 0, path: 'indicators[1].children[0].rules[0].points', message: '分值 5 与评分规则允许的最高分 3 不一致', severity: 'error' },
      { nodeKey: null, ruleIndex: null, path: 'indicators', message: '一级指标权重合计为 1.1，不是 1', severity: 'warning' },
    ];
    const { w, router } = await openPage(() => problems);
    await router.push({ query: { template: 't-2' } });
    await vi.waitFor(() => expect(w.find('[data-test="edit"]').exists()).toBe(true));
    await w.get('[data-test="edit"]').trigger('click');
    await vi.waitFor(() => expect(rowsOf(w, 'problem-table')).toHaveLength(2));
    expect(rowsOf(w, 'problem-table')).toEqual([
      ['指标 2.1 第 1 条规则', '分值 5 与评分规则允许的最高分 3 不一致', '错误'],
      ['整个指标体系', '一级指标权重合计为 1.1，不是 1', '提示'],
    ]);
    expect(w.find('[data-test="node-problem-2.1"]').exists()).toBe(true);
    expect(w.find('[data-test="node-problem-1"]').exists()).toBe(false);
    expect(w.get('[data-test="save"]').attributes('disabled')).toBeDefined();
  });
});
