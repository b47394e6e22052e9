import { describeElective } from '@accredit/scoring';
import { parseElectiveMarker, splitElectiveTitle } from './elective-marker';

const marker = (text: string) => {
  const read = parseElectiveMarker(text);
  return read && read.ok ? read.marker : read;
};

describe('parseElectiveMarker', () => {
  it('reads how many to choose, as the tables write it', () => {
    expect(marker('任选2项')).toEqual({ min: 2, max: 2, counting: 'normalise' });
    expect(marker('选做，任选两项')).toEqual({ min: 2, max: 2, counting: 'normalise' });
    expect(marker('3选2')).toEqual({ min: 2, max: 2, counting: 'normalise', options: 3 });
    expect(marker('三选二')).toEqual({ min: 2, max: 2, counting: 'normalise', options: 3 });
    expect(marker('至少选1项，最多选3项')).toEqual({ min: 1, max: 3, counting: 'normalise' });
    expect(marker('选1-3项')).toEqual({ min: 1, max: 3, counting: 'normalise' });
    expect(marker('最多选3项')).toEqual({ min: 1, max: 3, counting: 'normalise' });
    expect(marker('至少选2项')).toEqual({ min: 2, max: null, counting: 'normalise' });
  });

  it('reads the best N counting (bestN), and 选做 / 是 alone as "at least one, up to all"', () => {
    expect(marker('至少选2项，最多选4项，取最好的2项计分')).toEqual({ min: 2, max: 4, counting: 'bestN', best: 2 });
    expect(marker('任选3项，按得分最高的2项计分')).toEqual({ min: 3, max: 3, counting: 'bestN', best: 2 });
    expect(marker('选做')).toEqual({ min: 1, max: null, counting: 'normalise' });
    expect(marker('是')).toEqual({ min: 1, max: null, counting: 'normalise' });
  });

  it('reads back what describeElective writes', () => {
    for (const group of [
      { min: 2, max: 2, counting: 'normalise' as const },
      { min: 1, max: 3, counting: 'normalise' as const },
      { min: 2, max: 4, counting: 'bestN' as const, best: 2 },
      { min: 3, max: 5, counting: 'bestN' as const, best: 1 },
    ]) {
      expect(marker(describeElective(group))).toEqual(group);
    }
  });

  it('says what it cannot read, and nothing for an empty cell', () => {
    expect(parseElectiveMarker('部分')).toEqual({ ok: false, message: expect.stringContaining('无法识别选做要求「部分」') });
    expect(parseElectiveMarker('  ')).toBeNull();
  });
});

describe('splitElectiveTitle', () => {
  it('takes a bracketed 选做 marker off the end of a title, and leaves other brackets alone', () => {
    expect(splitElectiveTitle('特色工作（选做，任选2项）')).toEqual({ title: '特色工作', marker: '选做，任选2项' });
    expect(splitElectiveTitle('创新项目(3选2)')).toEqual({ title: '创新项目', marker: '3选2' });
    expect(splitElectiveTitle('县（市、区）科协独立建制')).toEqual({ title: '县（市、区）科协独立建制', marker: null });
    expect(splitElectiveTitle('（选做）')).toEqual({ title: '（选做）', marker: null });
  });
});
