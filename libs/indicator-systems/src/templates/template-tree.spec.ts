import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IndicatorTable, readCampaignTemplate, readIndicatorWorkbook } from '@accredit/table-io';
import { tableToTree, treeToTable } from './template-tree';

const FIXTURES = join(__dirname, '../../../../tests/fixtures/tables/ok');

async function table(file: string): Promise<IndicatorTable> {
  const read = await readIndicatorWorkbook(readFileSync(join(FIXTURES, file)), file);
  expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return read.table as IndicatorTable;
}

describe('the editor’s flat tree', () => {
  it.each(['weighted-4-level.csv', 'national-2016-2020-abc.csv', 'shapingba-2021-2025.xlsx'])('reads %s back to the same table, without problems', async (file) => {
    const original = await table(file);
    const { table: back, problems } = treeToTable(tableToTree(original));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(back).toEqual(original);
  });

  it('also reads the shipped YAML template back to the same system', () => {
    const read = readCampaignTemplate(readFileSync(join(__dirname, '../../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8'));
    if (!read.ok) throw new Error('template must read');
    expect(treeToTable(tableToTree(read.template.indicatorSystem)).table).toEqual(read.template.indicatorSystem);
  });

  it('locates every problem at its node and rule', async () => {
    const tree = tableToTree(await table('weighted-4-level.csv'));
    const leaf = tree.nodes.find((node) => node.code === '1.1.1.1')!;
    leaf.rules![0].points = 5; // fixed 3 → points 5
    leaf.rules![0].units = [{ name: '区科协', role: 'support' }];
    const group = tree.nodes.find((node) => node.elective)!;
    group.elective = { min: 3, max: 2, counting: 'normalise' };
    tree.nodes.push({ key: 'orphan', parentKey: 'nowhere', code: '9', title: '', rules: [] });
    const { problems } = treeToTable(tree, (name) => name !== '区科协');
    const at = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.nodeKey}#${problem.ruleIndex ?? '-'}`);
    expect(at).toEqual(expect.arrayContaining([`${leaf.key}#0`, `${group.key}#-`, 'orphan#-']));
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/牵头单位/);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/分值 5 与评分规则允许的最高分 3 不一致/);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/「区科协」既不是部门也不是部门组/);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/上级「nowhere」不存在/);
  });

  it('refuses cycles and duplicate keys', () => {
    const { problems } = treeToTable({
      key: 'k',
      version: 1,
      name: '循环',
      totalScore: null,
      nodes: [
        { key: 'a', parentKey: 'b', code: '1', title: '甲' },
        { key: 'b', parentKey: 'a', code: '2', title: '乙' },
        { key: 'c', code: '3', title: '丙' },
        { key: 'c', code: '4', title: '丁' },
      ],
    });
    expect(problems.map((problem) => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(/重复/), expect.stringMatching(/循环/)]));
  });
});
