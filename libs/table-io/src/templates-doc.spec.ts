import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { IndicatorTable } from './indicator-table';
import { readIndicatorWorkbook } from './indicator-table/read-indicator-workbook';
import { writeIndicatorWorkbook } from './indicator-table/write-indicator-workbook';
import { readCampaignTemplate } from './read-campaign-template';

/** docs/templates.md: the first YAML block is a whole template; every other one an indicatorSystem to put in it. */
const DOC = readFileSync(join(__dirname, '../../../docs/templates.md'), 'utf8');
const BLOCKS = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
const SKELETON = parse(BLOCKS[0]) as Record<string, unknown>;

describe('docs/templates.md', () => {
  it('has a whole template and an example per feature', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(9);
  });

  it('gives a whole template that reads without problems', () => {
    const result = readCampaignTemplate(BLOCKS[0]);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(BLOCKS.slice(1).map((block) => [(parse(block) as { indicatorSystem: { name: string } }).indicatorSystem.name, block]))('example 「%s」 reads without problems', (_name, block) => {
    // A total other than 100 is only a warning (the examples are small).
    const result = readCampaignTemplate(stringify({ ...SKELETON, ...(parse(block) as object) }));
    expect(result.ok ? result.warnings.filter((warning) => !warning.message.includes('不是 100 分')) : result.problems).toEqual([]);
  });

  it.each(BLOCKS.slice(1).map((block) => [(parse(block) as { indicatorSystem: { name: string } }).indicatorSystem.name, block]))(
    'example 「%s」 reads back the same from its workbook',
    async (_name, block) => {
      const read = readCampaignTemplate(stringify({ ...SKELETON, ...(parse(block) as object) }));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      const system: IndicatorTable = read.template.indicatorSystem;
      const again = await readIndicatorWorkbook(await writeIndicatorWorkbook(system), 'example.xlsx', { key: system.key, name: system.name });
      expect(again.problems.filter((problem) => problem.code !== 'TOTAL_NOT_100')).toEqual([]);
      expect(again.table).toEqual(system);
    },
  );
});
