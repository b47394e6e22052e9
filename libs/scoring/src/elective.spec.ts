import { checkElectiveChoice, checkElectiveGroup, describeElective, describeElectiveChoice } from './elective';

describe('checkElectiveGroup', () => {
  it('accepts 任选2项 of three and 至少1项最多3项 with the best 1 counting', () => {
    expect(checkElectiveGroup({ min: 2, max: 2, counting: 'normalise' }, 3)).toEqual([]);
    expect(checkElectiveGroup({ min: 1, max: 3, counting: 'bestN', best: 1 }, 3)).toEqual([]);
  });

  it('refuses min above max, more to choose than there are options, no options, zero, and a bad counting', () => {
    expect(checkElectiveGroup({ min: 3, max: 2, counting: 'normalise' }, 4)).toEqual(['选做组至少选 3 项，却最多只能选 2 项']);
    expect(checkElectiveGroup({ min: 2, max: 5, counting: 'normalise' }, 3)).toEqual(['选做组最多可选 5 项，但只有 3 个可选的下级指标']);
    expect(checkElectiveGroup({ min: 1, max: 1, counting: 'normalise' }, 1)).toEqual([expect.stringContaining('至少两个可选的下级指标')]);
    expect(checkElectiveGroup({ min: 0, max: 2, counting: 'normalise' }, 3)).toEqual([expect.stringContaining('至少要选 1 项')]);
    expect(checkElectiveGroup({ min: 1, max: 2, counting: 'sum' as never }, 3)).toEqual([expect.stringContaining('计分方式「sum」无效')]);
  });

  it('refuses best with normalise, and best above min', () => {
    expect(checkElectiveGroup({ min: 2, max: 2, counting: 'normalise', best: 1 }, 3)).toEqual([expect.stringContaining('只有 bestN')]);
    expect(checkElectiveGroup({ min: 1, max: 3, counting: 'bestN', best: 2 }, 3)).toEqual(['取最好的 2 项计分，但至少只需选 1 项']);
  });
});

describe('checkElectiveChoice', () => {
  const group = { min: 2, max: 3, counting: 'normalise' as const };
  it('accepts a choice between min and max of the options', () => {
    expect(checkElectiveChoice(group, ['a', 'b', 'c', 'd'], ['a', 'c'])).toEqual([]);
  });

  it('says what is wrong: too few, too many, unknown, twice', () => {
    expect(checkElectiveChoice(group, ['a', 'b', 'c', 'd'], ['a'])).toEqual(['至少要选 2 项，现选 1 项']);
    expect(checkElectiveChoice(group, ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toEqual(['最多可选 3 项，现选 4 项']);
    expect(checkElectiveChoice(group, ['a', 'b', 'c'], ['a', 'x'])).toEqual(['选择了不属于本选做组的项：x', '至少要选 2 项，现选 1 项']);
    expect(checkElectiveChoice(group, ['a', 'b', 'c'], ['a', 'a', 'b'])).toEqual(['同一项选择了两次']);
  });
});

describe('describeElective', () => {
  it('writes the group as the tables do', () => {
    expect(describeElective({ min: 2, max: 2, counting: 'normalise' })).toBe('任选2项');
    expect(describeElective({ min: 1, max: 3, counting: 'normalise' })).toBe('至少选1项，最多选3项');
    expect(describeElective({ min: 2, max: 4, counting: 'bestN' })).toBe('至少选2项，最多选4项，取最好的2项计分');
  });
});

describe('describeElectiveChoice', () => {
  it('says how many were chosen against the group, or that nothing is chosen yet (then every option counts)', () => {
    expect(describeElectiveChoice({ min: 2, max: 2, counting: 'normalise' }, 2)).toBe('选做：已选 2 项（任选2项）');
    expect(describeElectiveChoice({ min: 1, max: 3, counting: 'bestN', best: 1 }, 3)).toBe('选做：已选 3 项（至少选1项，最多选3项，取最好的1项计分）');
    expect(describeElectiveChoice({ min: 1, max: 2, counting: 'normalise' }, null)).toBe('选做：尚未选择，各项暂都计入（至少选1项，最多选2项）');
  });
});
