import { fromFlatDefinition, toFlatDefinition } from './flat-definition';
import { loadFormDirectory } from './loader';
import { FORMS_DIR, compileOrThrow } from './spec-helpers';

// The compiled definition as the API's typed graph carries it, and back: nothing lost, for every
// shipped form and for a form with every field type and option.

const EVERY = compileOrThrow(`key: every-type
version: 3
name: 每种栏目
description: 说明
roles:
  applicant: 申报单位
  province: 省级科协
filledBy: { role: applicant, stage: applied }
sections:
  - key: basic
    label: 基本情况
    help: 照实填写
    maxChars: 3000
    fields:
      - { key: unit, type: text, label: 申报单位, required: true, maxChars: 10, help: 全称 }
      - { key: postcode, type: text, label: 邮编, format: postcode }
      - { key: staffing, type: number, label: 人员编制, unit: 人, integer: true, min: 0, max: 500, ties: { requirement: "4-1" } }
      - { key: born, type: date, label: 出生年月, precision: month }
      - { key: chair, type: yesNo, label: 是否 }
      - { key: channels, type: choice, label: 传播方式, multiple: true, options: [{ key: wechat, label: 微信公众号 }] }
      - { key: photos, type: attachment, label: 活动照片, accept: [image, pdf], maxCount: 2 }
      - key: facilities
        type: table
        label: 设施
        minRows: 1
        maxRows: 2
        columns:
          - { key: name, type: text, label: 名称, required: true }
          - { key: quantity, type: number, label: 数量, ties: { rule: "6-1-a" } }
      - key: province_opinion
        type: signOff
        label: 省科协意见
        role: province
        stage: applied
        opinion: { maxChars: 20, hint: （评价…） }
`);

describe('flat definitions', () => {
  it('carry every field type and option, and read back to the same definition', () => {
    const flat = toFlatDefinition(EVERY);
    expect(flat.roles).toEqual([
      { key: 'applicant', label: '申报单位' },
      { key: 'province', label: '省级科协' },
    ]);
    const staffing = flat.sections[0]!.fields[2]!;
    expect(staffing).toMatchObject({
      type: 'number',
      unit: '人',
      ties: { requirement: '4-1', rule: null },
      options: null,
      columns: null,
      precision: null,
    });
    expect(JSON.parse(JSON.stringify(flat))).toEqual(flat);
    expect(fromFlatDefinition(flat)).toEqual(EVERY);
  });

  it('read back every shipped form unchanged', () => {
    const loaded = loadFormDirectory(FORMS_DIR);
    if (!loaded.ok) throw new Error('the shipped forms do not load');
    expect(loaded.definitions.length).toBeGreaterThan(3);
    for (const definition of loaded.definitions) expect(fromFlatDefinition(toFlatDefinition(definition))).toEqual(definition);
  });
});
