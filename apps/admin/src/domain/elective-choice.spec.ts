import { describe, expect, it } from 'vitest';
import { electiveChoiceLine, electiveOptionMark } from './elective-choice';

describe('elective choice', () => {
  it('says how the group was chosen, by whom and when; before a choice only the wording', () => {
    const at = new Date(2026, 11, 5, 10, 30).toISOString();
    expect(electiveChoiceLine({ text: '选做：已选 2 项（任选2项）', decided: true, chosenBy: '张三', chosenAt: at })).toBe('选做：已选 2 项（任选2项） · 张三 2026年12月5日 10:30 选定');
    expect(electiveChoiceLine({ text: '选做：尚未选择，各项暂都计入（任选2项）', decided: false, chosenBy: null, chosenAt: null })).toBe('选做：尚未选择，各项暂都计入（任选2项）');
    expect(electiveChoiceLine(null)).toBeNull();
  });

  it('marks an option chosen or not, and nothing while the group is not decided', () => {
    expect(electiveOptionMark(true)).toBe('chosen');
    expect(electiveOptionMark(false)).toBe('unchosen');
    expect(electiveOptionMark(null)).toBeNull();
    expect(electiveOptionMark(undefined)).toBeNull();
  });
});
