import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inferScoring, withoutNotes } from './infer-scoring';

const infer = (text: string) => {
  const result = inferScoring(text);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('inferScoring: reading how a rule scores from its text', () => {
  it('reads a fixed amount', () => {
    expect(infer('深化改革实施方案1分')).toEqual({ ok: true, scoring: { kind: 'fixed', points: 1 }, points: 1 });
    expect(infer('县级党委常委会或县级党政主要领导听取汇报1次及以上2分').points).toBe(2);
    expect(infer('5处（所）以上科普教育基地3分，否则不得分').scoring).toEqual({ kind: 'fixed', points: 3 });
  });

  it('ignores bracketed notes about other rules’ points', () => {
    expect(withoutNotes('注册0.5分。（注：省级科协证明无涉农情况的县（市、区），分值调为2分）')).toBe('注册0.5分。');
    expect(infer('有农技协组织在智慧农技协平台注册0.5分。（注：省级科协证明无涉农情况的县（市、区），基层“三长”开展科普活动情况分值调为2分）').scoring).toEqual({ kind: 'fixed', points: 0.5 });
  });

  it('reads a range judged by the scorer', () => {
    expect(infer('视工作情况，得0-3分').scoring).toEqual({ kind: 'range', min: 0, max: 3 });
    expect(infer('落实中国科协和省市科协部署科普工作情况，0～4分').scoring).toEqual({ kind: 'range', min: 0, max: 4 });
  });

  it('reads alternatives separated by ； or given in brackets', () => {
    expect(infer('有科普活动场所或专业科普场馆3分；无科普活动场所或专业科普场馆但纳入规划或计划1分。').scoring).toEqual({
      kind: 'alternative',
      options: [
        { label: '有科普活动场所或专业科普场馆', points: 3 },
        { label: '无科普活动场所或专业科普场馆但纳入规划或计划', points: 1 },
      ],
    });
    expect(infer('2020年以来有表彰1分（如2020年以来无表彰，2016年以来有表彰得0.5分）')).toMatchObject({
      points: 1,
      scoring: { options: [{ points: 1 }, { label: '2020年以来无表彰，2016年以来有表彰', points: 0.5 }] },
    });
  });

  it('reads tiered scoring with its basis, order and the single-applicant range', () => {
    const text =
      '如申报单位只有1家，省级科协根据该单位2020年人均财政科普经费数情况进行赋分，视情况得1-5分。如申报单位不少于2家，对各申报单位按照2020年人均财政科普经费数，在1到5分间进行由高到低分档赋分。';
    expect(infer(text)).toEqual({
      ok: true,
      points: 5,
      scoring: { kind: 'tiered', min: 1, max: 5, basis: '2020年人均财政科普经费数', order: 'desc', singleApplicant: { kind: 'range', min: 1, max: 5 } },
    });
  });

  it('reads per-item scoring with its cap', () => {
    expect(infer('每承担1项试点、活动或会议，得2分，最高不超过4分').scoring).toEqual({ kind: 'perItem', each: 2, cap: 4, item: '试点、活动或会议' });
  });

  it('reads a cap that depends on a condition', () => {
    expect(infer('视工作情况，得0-4分（如科普中国信息员数量在本省排名未处于前30%，最高得2分）').scoring).toEqual({
      kind: 'conditionalCap',
      min: 0,
      max: 4,
      cap: 2,
      condition: '科普中国信息员数量在本省排名未处于前30%',
    });
  });

  it('reads a veto as worth 0 points', () => {
    expect(infer('如辖区内近三年发生恶劣影响的迷信、伪科学活动，取消创建资格')).toEqual({ ok: true, points: 0, scoring: { kind: 'veto', condition: '辖区内近三年发生恶劣影响的迷信、伪科学活动' } });
  });

  it('reads an all-or-nothing year series', () => {
    expect(infer('2018-2020年人均财政科普经费逐年递增2分，否则不得分').scoring).toEqual({ kind: 'series', points: 2, years: [2018, 2019, 2020], condition: '人均财政科普经费逐年递增' });
  });

  it('says so when the text names no points, or several it cannot tell apart', () => {
    expect(inferScoring('按要求完成')).toEqual({ ok: false, message: expect.stringContaining('没有可识别的分值') });
    expect(inferScoring('完成1分，优秀2分，另加3分')).toMatchObject({ ok: false });
  });

  it('infers exactly the parameters of every rule of the shipped Shapingba template', () => {
    const yaml = parse(readFileSync(join(__dirname, '../../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8'));
    const rules = yaml.indicatorSystem.indicators.flatMap((indicator: { rules: { text: string; points: number; scoring: object }[] }) => indicator.rules);
    expect(rules).toHaveLength(55);
    for (const rule of rules) {
      expect({ text: rule.text, inferred: inferScoring(rule.text) }).toEqual({ text: rule.text, inferred: { ok: true, scoring: rule.scoring, points: rule.points } });
    }
  });
});
