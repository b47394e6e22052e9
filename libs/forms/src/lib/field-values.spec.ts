import { type FieldValue, fromFieldValues, toFieldValues } from './field-values';
import { compileOrThrow } from './spec-helpers';
import type { FormValues } from './types';
import { validateFormValues } from './values';

// The typed list the API and the admin exchange, both ways, for every field type.

const FORM = compileOrThrow(`key: typed-values
version: 1
name: 每种栏目
roles:
  applicant: 申报单位
  province: 省级科协
sections:
  - key: basic
    label: 基本情况
    fields:
      - { key: unit, type: text, label: 申报单位 }
      - { key: staffing, type: number, label: 人员编制, integer: true }
      - { key: founded, type: date, label: 成立日期 }
      - { key: born, type: date, label: 出生年月, precision: month }
      - { key: chair, type: yesNo, label: 主席是否进入人大或政协 }
      - { key: topic, type: choice, label: 专题, options: [{ key: venues, label: 科普阵地建设 }, { key: resources, label: 科普资源建设 }] }
      - { key: channels, type: choice, label: 传播方式, multiple: true, options: [{ key: wechat, label: 微信公众号 }, { key: weibo, label: 微博 }] }
      - { key: photos, type: attachment, label: 活动照片 }
      - key: facilities
        type: table
        label: 科普基础设施情况
        columns:
          - { key: name, type: text, label: 名称 }
          - { key: quantity, type: number, label: 数量 }
          - { key: opened, type: yesNo, label: 是否开放 }
      - key: province_opinion
        type: signOff
        label: 省科协意见
        role: province
        stage: applied
        opinion: { maxChars: 20 }
`);

const PHOTO = {
  fileId: '9f0c1a2e-0000-4000-8000-000000000001',
  name: '活动.png',
  mediaType: 'image/png',
};
const VALUES: FormValues = {
  unit: '沙坪坝区科协',
  staffing: 12,
  founded: '1958-09-01',
  born: '1970-05',
  chair: false,
  topic: 'venues',
  channels: ['wechat', 'weibo'],
  photos: [PHOTO],
  facilities: [{ name: '科技馆', quantity: 1, opened: true }, { name: '科普长廊' }],
  province_opinion: { opinion: '同意推荐', signer: '张三', date: '2026-12-01' },
};

const TYPED: FieldValue[] = [
  { key: 'unit', text: '沙坪坝区科协' },
  { key: 'staffing', number: 12 },
  { key: 'founded', date: '1958-09-01' },
  { key: 'born', month: '1970-05' },
  { key: 'chair', flag: false },
  { key: 'topic', choices: ['venues'] },
  { key: 'channels', choices: ['wechat', 'weibo'] },
  { key: 'photos', files: [PHOTO] },
  {
    key: 'facilities',
    rows: [
      [
        { key: 'name', text: '科技馆' },
        { key: 'quantity', number: 1 },
        { key: 'opened', flag: true },
      ],
      [{ key: 'name', text: '科普长廊' }],
    ],
  },
  { key: 'province_opinion', signOff: { opinion: '同意推荐', signer: '张三', date: '2026-12-01' } },
];

describe('typed field values', () => {
  it('lists every field type with the member of its type, in the form’s order', () => {
    expect(toFieldValues(FORM, VALUES)).toEqual(TYPED);
  });

  it('reads the list back to the same keyed values', () => {
    expect(fromFieldValues(FORM, TYPED)).toEqual({ values: VALUES, problems: [] });
    expect(fromFieldValues(FORM, toFieldValues(FORM, VALUES)).values).toEqual(VALUES);
  });

  it('leaves empty values, unknown keys and values that do not fit their field out of the list', () => {
    expect(toFieldValues(FORM, { unit: null, gone: 'x', staffing: '12', chair: true })).toEqual([{ key: 'chair', flag: true }]);
  });

  it('drops the members GraphQL sends as null and its __typename, in a sign-off box and a file too', () => {
    const seal = { __typename: 'FormFileRef', ...PHOTO };
    const fromGraphql = [
      {
        __typename: 'FormFieldValue',
        key: 'province_opinion',
        text: null,
        number: null,
        signOff: {
          __typename: 'FormSignOffValue',
          opinion: '同意',
          signer: null,
          date: null,
          seal,
        },
      },
      { __typename: 'FormFieldValue', key: 'photos', text: null, files: [seal] },
    ] as unknown as FieldValue[];
    expect(fromFieldValues(FORM, fromGraphql).values).toEqual({
      province_opinion: { opinion: '同意', seal: PHOTO },
      photos: [PHOTO],
    });
  });

  it('refuses an entry with no member or two, and a key given twice, in Chinese', () => {
    const { problems } = fromFieldValues(FORM, [{ key: 'unit' }, { key: 'staffing', number: 1, text: '1' }, { key: 'chair', flag: true }, { key: 'chair', flag: false }]);
    expect(problems).toEqual([
      {
        path: 'unit',
        code: 'WRONG_TYPE',
        message: '「申报单位」的值须恰好给出一项（本栏为 text），现在一项也没有给出；不填的栏目请不要列出',
      },
      {
        path: 'staffing',
        code: 'WRONG_TYPE',
        message: '「人员编制」的值须恰好给出一项（本栏为 number），现在给出了 text、number 2 项；不填的栏目请不要列出',
      },
      {
        path: 'chair',
        code: 'WRONG_TYPE',
        message: '「主席是否进入人大或政协」给出了两次，请只保留一项',
      },
    ]);
  });

  it('names the row of a table cell that has two members', () => {
    const { problems } = fromFieldValues(FORM, [
      {
        key: 'facilities',
        rows: [[{ key: 'name', text: '馆' }], [{ key: 'name', text: '馆', number: 2 }]],
      },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual(['facilities[1].name']);
  });

  it('passes a member of the wrong type on, so that the value checks say what is wrong', () => {
    const { values, problems } = fromFieldValues(FORM, [
      { key: 'staffing', text: '十二' },
      { key: 'topic', choices: ['venues', 'resources'] },
      { key: 'nope', text: 'x' },
    ]);
    expect(problems).toEqual([]);
    expect(values).toEqual({ staffing: '十二', topic: ['venues', 'resources'], nope: 'x' });
    expect(validateFormValues(FORM, values, { draft: true }).map((problem) => [problem.path, problem.code])).toEqual([
      ['nope', 'UNKNOWN_FIELD'],
      ['staffing', 'WRONG_TYPE'],
      ['topic', 'WRONG_TYPE'],
    ]);
  });
});
