import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { indicatorsFixture } from '../../../../testing/indicator-tree.fixture';
import { at } from '../../../../testing/at';
import { createAppI18n } from '../../../../plugins/i18n';
import IndicatorTreeTable from './indicator-tree-table.vue';

const text = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The words of an element as a reader sees them: its text pieces, separated by a space. */
function words(wrapper: { element: Element } | undefined): string {
  const pieces: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = text(node.textContent ?? '');
      if (piece) pieces.push(piece);
    }
    node.childNodes.forEach(visit);
  };
  if (wrapper) visit(wrapper.element);
  return pieces.join(' ');
}

let wrapper: VueWrapper | undefined;

async function mountTable(expectedTotal: number | null = 24): Promise<VueWrapper> {
  wrapper = mount(IndicatorTreeTable, {
    props: { indicators: indicatorsFixture, expectedTotal },
    attachTo: document.body,
    global: { plugins: [createAppI18n('zh-CN')] },
  });
  await flushPromises();
  return wrapper;
}

/** The data rows of the table (not the expanded detail rows), as arrays of cell texts. */
function dataRows(w: VueWrapper): string[][] {
  return w.findAll('tr.indicator-row').map((row) => row.findAll('td').map((cell) => text(cell.text())));
}

function ruleRows(w: VueWrapper): { code: string; text: string; points: string; kind: string; units: string; note: string }[] {
  return w.findAll('tr.rule').map((row) => {
    const cells = row.findAll('td').map((c) => words(c));
    const [code = '', ruleText = '', points = '', kind = '', units = '', note = ''] = cells;
    return { code, text: ruleText, points, kind, units, note };
  });
}

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

describe('IndicatorTreeTable', () => {
  it('shows one row per indicator with its code, title, points, counts and lead units', async () => {
    const w = await mountTable();
    expect(dataRows(w)).toEqual([
      ['', '1', '党委和政府重视、制度健全', '18', '3', '3', '区委办、区科协'],
      ['', '9', '动员社会资源', '6', '2', '3', '各镇街、区科协、区委政法委'],
    ]);
  });

  it('shows how an elective group was chosen and greys the option not chosen', async () => {
    const first = at(indicatorsFixture, 0);
    const option = (id: string, code: string, chosen: boolean) => ({ ...first, id, code, title: `选项${code}`, maxScore: 9, electiveChosen: chosen, children: [] });
    const group = {
      ...first,
      electiveChoice: { text: '选做：已选 1 项（任选1项）', decided: true, chosenCount: 1, optionCount: 2, chosenBy: '区科协办公室', chosenAt: null },
      children: [option('o1', '1.1', true), option('o2', '1.2', false)],
    };
    wrapper = mount(IndicatorTreeTable, { props: { indicators: [group], expectedTotal: null }, attachTo: document.body, global: { plugins: [createAppI18n('zh-CN')] } });
    await flushPromises();
    expect(text(wrapper.find('[data-test="elective-line-1"]').text())).toContain('选做：已选 1 项（任选1项） · 区科协办公室');
    expect(wrapper.find('[data-test="elective-mark-1.1"]').text()).toBe('已选');
    expect(wrapper.find('[data-test="elective-mark-1.2"]').text()).toBe('未选');
    const greyed = wrapper.findAll('tr.indicator-row--unchosen');
    expect(greyed).toHaveLength(1);
    expect(at(greyed, 0).text()).toContain('选项1.2');
  });

  it('prints the summary line', async () => {
    const w = await mountTable();
    expect(text(w.get('[data-test="summary"]').text())).toBe('2 项指标 · 5 项考察内容 · 6 条评分规则 · 合计 24 分');
    expect(w.find('[data-test="total-mismatch"]').exists()).toBe(false);
  });

  it('warns when the indicators do not add up to the campaign total', async () => {
    const w = await mountTable(100);
    expect(text(w.get('[data-test="total-mismatch"]').text())).toBe('与创建活动总分 100 分不一致');
  });

  it('opens an indicator to its requirements and scoring rules', async () => {
    const w = await mountTable();
    expect(w.findAll('tr.rule')).toHaveLength(0);

    await w.get('tr.indicator-row .el-table__expand-icon').trigger('click');
    await flushPromises();

    const requirements = w.findAll('.requirement').map((r) => words(r));
    expect(requirements[0]).toBe('1-1 县级党委（办）出台科协深化改革实施方案正式文件盖章版。');
    expect(requirements).toHaveLength(3);
    expect(ruleRows(w)).toEqual([
      { code: '1.1', text: '深化改革实施方案1分', points: '1 分', kind: '固定分值', units: '牵头 区委办', note: '—' },
      { code: '1.2', text: '建立科普工作协调机制2分', points: '2 分', kind: '固定分值', units: '牵头 区委办 区政府办', note: '—' },
      {
        code: '1.3',
        text: '2020年以来有表彰1分；2016年以来有表彰得0.5分',
        points: '1 分',
        kind: '择一赋分',
        units: '牵头 区科协',
        note: '以表彰文件为准',
      },
    ]);
  });

  it('opens a row on a click anywhere in it', async () => {
    const w = await mountTable();
    await w.findAll('tr.indicator-row')[1]?.findAll('td')[2]?.trigger('click');
    await flushPromises();
    expect(ruleRows(w).map((r) => r.code)).toEqual(['9.1', '9.2', '9.3']);
  });

  it('shows every kind as a coloured tag, marks lead units and group units', async () => {
    const w = await mountTable();
    await w.get('.indicator-tree__actions button').trigger('click'); // 全部展开
    await flushPromises();

    const rules = ruleRows(w);
    expect(rules.map((r) => r.kind)).toEqual(['固定分值', '固定分值', '择一赋分', '按项计分(封顶)', '区间评分', '一票否决']);
    expect(rules.map((r) => r.points)).toEqual(['1 分', '2 分', '1 分', '4 分', '2 分', '—']);

    const vetoTag = w.get('tr.rule--veto .rule-kind-tag');
    expect(vetoTag.attributes('data-kind')).toBe('veto');
    expect(vetoTag.attributes('style')).toContain('--el-tag-bg-color: #c81e1e');

    // 牵头 sits on the lead unit only, and lead units come first.
    const leads = w.findAll('.unit--lead').map((u) => words(u));
    expect(leads).toEqual(['牵头 区委办', '牵头 区委办', '牵头 区科协', '牵头 组 各镇街', '牵头 区科协', '牵头 区委政法委']);
    expect(rules[5]?.units).toBe('牵头 区委政法委 组 各镇街');

    // A group is a distinct tag with a tooltip saying that it expands to its members.
    const groups = w.findAll('.unit--group');
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.find('.unit__group.el-tag').exists())).toBe(true);
    expect(w.findAll('.unit:not(.unit--group) .el-tag')).toHaveLength(0);
    const tooltips = w.findAllComponents({ name: 'ElTooltip' }).filter((t) => t.text().includes('各镇街'));
    expect(tooltips).toHaveLength(2);
    expect(tooltips.every((t) => t.props('content') === '组：展开为成员单位')).toBe(true);
  });

  it('folds everything again', async () => {
    const w = await mountTable();
    await w.get('.indicator-tree__actions button').trigger('click');
    await flushPromises();
    expect(w.get('.indicator-tree__actions').text()).toContain('全部收起');
    await w.get('.indicator-tree__actions button').trigger('click');
    await flushPromises();
    expect(w.findAll('tr.rule')).toHaveLength(0);
  });
});
