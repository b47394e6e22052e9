import { compileOrThrow } from './spec-helpers';
import { fieldTies } from './ties';
import type { FormValues, ValueProblem } from './types';
import { isEmpty, validateFormValues } from './values';

// Every field type with a good and a bad value, and the Chinese message a user sees.

const FORM = compileOrThrow(`key: every-type
version: 1
name: 每种栏目
roles:
  applicant: 申报单位
  province: 省级科协
filledBy: { role: applicant, stage: applied }
sections:
  - key: basic
    label: 基本情况
    fields:
      - { key: unit, type: text, label: 申报单位, required: true, maxChars: 10 }
      - { key: postcode, type: text, label: 邮编, format: postcode }
      - { key: phone, type: text, label: 联系电话, format: phone }
      - { key: email, type: text, label: 邮箱, format: email }
      - { key: staffing, type: number, label: 人员编制, unit: 人, integer: true, min: 0, max: 500, ties: { requirement: "4-1" } }
      - { key: funding, type: number, label: 人均科普专项经费, unit: 元/人, min: 0 }
      - { key: founded, type: date, label: 成立日期 }
      - { key: born, type: date, label: 出生年月, precision: month }
      - { key: chair, type: yesNo, label: 县科协主席是否进入人大或政协 }
      - key: topic
        type: choice
        label: 专题
        options: [{ key: venues, label: 科普阵地建设 }, { key: resources, label: 科普资源建设 }]
      - key: channels
        type: choice
        label: 传播方式
        multiple: true
        options: [{ key: wechat, label: 微信公众号 }, { key: weibo, label: 微博 }]
      - { key: photos, type: attachment, label: 活动照片, accept: [image], maxCount: 2 }
      - key: facilities
        type: table
        label: 科普基础设施情况
        minRows: 1
        maxRows: 2
        columns:
          - { key: name, type: text, label: 名称, required: true, maxChars: 5 }
          - { key: quantity, type: number, label: 数量, integer: true, min: 1, ties: { rule: "6-1-a" } }
  - key: summary
    label: 工作总结
    maxChars: 10
    fields:
      - { key: part_one, type: text, label: 一、基本情况, multiline: true }
      - { key: part_two, type: text, label: 二、工作成效, multiline: true }
  - key: signatures
    label: 签署
    fields:
      - key: province_opinion
        type: signOff
        label: 省科协意见
        role: province
        stage: applied
        opinion: { maxChars: 20 }
        seal: required
        signatureLabel: 签字（盖章）
        required: true
`);

const SEAL = { fileId: 'f-seal', name: '公章.png', mediaType: 'image/png' };
const GOOD: FormValues = { unit: '某县人民政府', facilities: [{ name: '科技馆', quantity: 1 }] };

function problems(values: FormValues): ValueProblem[] {
  return validateFormValues(FORM, { ...GOOD, ...values });
}

const messages = (values: FormValues): string[] => problems(values).map((p) => p.message);

describe('validateFormValues', () => {
  it('accepts a complete, well-formed form', () => {
    expect(
      problems({
        postcode: '400030',
        phone: '023-65000000 转 123',
        email: 'kx@example.cn',
        staffing: 8,
        funding: 2.5,
        founded: '2020-02-29',
        born: '1985-06',
        chair: false,
        topic: 'venues',
        channels: ['wechat', 'weibo'],
        photos: [{ fileId: 'f1', name: '活动.jpg', mediaType: 'image/jpeg' }],
        part_one: '一二三四五',
        part_two: '六七八九十',
        province_opinion: { opinion: '同意推荐', signer: '王五', date: '2020-10-20', seal: SEAL },
      }),
    ).toEqual([]);
  });

  describe('text', () => {
    it('counts 字, not bytes, and says how many to cut', () => {
      expect(problems({ unit: '某某某某县人民政府科学技术协会' })).toEqual([{ path: 'unit', code: 'TOO_LONG', message: '「申报单位」最多 10 字，现有 15 字，请删减 5 字' }]);
    });
    it('a required text that is blank is missing', () => {
      expect(problems({ unit: '   ' })).toEqual([{ path: 'unit', code: 'REQUIRED', message: '「申报单位」为必填项，请填写' }]);
    });
    it('must be text', () => {
      expect(messages({ unit: 12 })).toEqual(['「申报单位」应填写文字']);
    });
    it.each([
      ['postcode', '40003', '「邮编」应为 6 位数字的邮政编码，如 100081'],
      ['phone', '电话', '「联系电话」应为电话号码，如 010-68578249 或 13800138000'],
      ['email', 'kx.example.cn', '「邮箱」应为电子邮箱地址，如 kxb@example.cn'],
    ])('format %s refuses %j', (key, value, message) => {
      expect(problems({ [key]: value })).toEqual([{ path: key, code: 'BAD_FORMAT', message }]);
    });
    it('a section limit adds up all its texts', () => {
      expect(problems({ part_one: '一二三四五六', part_two: '七八九十十一' })).toEqual([{ path: 'summary', code: 'SECTION_TOO_LONG', message: '「工作总结」合计最多 10 字，现有 12 字，请删减 2 字' }]);
    });
  });

  describe('number', () => {
    it.each([
      [5.5, 'NOT_INTEGER', '「人员编制」应填写整数，现为 5.5'],
      [-1, 'BELOW_MIN', '「人员编制」不能小于 0 人，现为 -1 人'],
      [501, 'ABOVE_MAX', '「人员编制」不能大于 500 人，现为 501 人'],
      ['8', 'WRONG_TYPE', '「人员编制」应填写数字'],
      [Number.NaN, 'WRONG_TYPE', '「人员编制」应填写数字'],
    ])('%j is refused', (value, code, message) => {
      expect(problems({ staffing: value })).toEqual([{ path: 'staffing', code, message }]);
    });
    it('decimals are fine where integers are not asked for', () => {
      expect(problems({ funding: 2.35 })).toEqual([]);
    });
  });

  describe('date', () => {
    it.each([
      ['founded', '2021-02-29', '「成立日期」应为日期，如 2025-01-16'],
      ['founded', '2021/02/01', '「成立日期」应为日期，如 2025-01-16'],
      ['born', '1985-13', '「出生年月」应为年月，如 1985-06'],
      ['born', '1985-06-01', '「出生年月」应为年月，如 1985-06'],
    ])('%s refuses %j', (key, value, message) => {
      expect(problems({ [key]: value })).toEqual([{ path: key, code: 'INVALID_DATE', message }]);
    });
  });

  describe('yes / no', () => {
    it('takes true and false only', () => {
      expect(problems({ chair: true })).toEqual([]);
      expect(messages({ chair: '是' })).toEqual(['「县科协主席是否进入人大或政协」请选择“是”或“否”']);
    });
  });

  describe('choice', () => {
    it('single: one of the options', () => {
      expect(problems({ topic: 'other' })).toEqual([{ path: 'topic', code: 'UNKNOWN_OPTION', message: '「专题」只能选择：科普阵地建设、科普资源建设' }]);
      expect(problems({ topic: ['venues'] })[0]).toMatchObject({ code: 'WRONG_TYPE' });
    });
    it('multiple: a list of options', () => {
      expect(problems({ channels: ['wechat', 'tv'] })).toEqual([{ path: 'channels', code: 'UNKNOWN_OPTION', message: '「传播方式」只能选择：微信公众号、微博' }]);
      expect(messages({ channels: 'wechat' })).toEqual(['「传播方式」请从以下选项中选择：微信公众号、微博']);
    });
  });

  describe('attachment', () => {
    const photo = (name: string, mediaType = 'image/jpeg') => ({ fileId: name, name, mediaType });
    it('at most maxCount files', () => {
      expect(messages({ photos: [photo('1.jpg'), photo('2.jpg'), photo('3.jpg')] })).toEqual(['「活动照片」最多 2 个文件，现有 3 个，请删除 1 个']);
    });
    it('only the accepted kinds', () => {
      expect(problems({ photos: [photo('总结.pdf', 'application/pdf')] })).toEqual([
        {
          path: 'photos[0]',
          code: 'FILE_KIND_NOT_ACCEPTED',
          message: '「活动照片」只接受图片，文件“总结.pdf”不是，请换一个文件',
        },
      ]);
    });
    it('refuses something that is not a stored file', () => {
      expect(messages({ photos: ['1.jpg'] })).toEqual(['「活动照片」的文件记录无效，请重新上传']);
    });
  });

  describe('table', () => {
    it('checks each row and names it', () => {
      expect(
        problems({
          facilities: [
            { name: '科技馆', quantity: 0 },
            { quantity: 2, colour: '红' },
          ],
        }),
      ).toEqual([
        { path: 'facilities[0].quantity', code: 'BELOW_MIN', message: '「科普基础设施情况」第 1 行的「数量」不能小于 1，现为 0' },
        {
          path: 'facilities[1].colour',
          code: 'UNKNOWN_FIELD',
          message: '「科普基础设施情况」第 2 行没有「colour」这一列，请删除这项内容后再保存',
        },
        { path: 'facilities[1].name', code: 'REQUIRED', message: '「科普基础设施情况」第 2 行的「名称」为必填项，请填写' },
      ]);
    });
    it('a cell is held to its column limit', () => {
      expect(messages({ facilities: [{ name: '青少年科技活动中心' }] })).toEqual(['「科普基础设施情况」第 1 行的「名称」最多 5 字，现有 9 字，请删减 4 字']);
    });
    it('between minRows and maxRows', () => {
      const row = { name: '科技馆' };
      expect(problems({ facilities: [row, row, row] })).toEqual([{ path: 'facilities', code: 'TOO_MANY_ROWS', message: '「科普基础设施情况」最多 2 行，现有 3 行，请删除 1 行' }]);
      expect(problems({ facilities: [] })).toEqual([{ path: 'facilities', code: 'TOO_FEW_ROWS', message: '「科普基础设施情况」至少需要 1 行，请补充' }]);
    });
    it('must be a list of rows', () => {
      expect(messages({ facilities: '科技馆' })).toEqual(['「科普基础设施情况」的表格内容无效，请重新填写']);
    });
  });

  describe('sign-off box', () => {
    it('once begun, must be complete: opinion, signer, date and the seal it asks for', () => {
      expect(problems({ province_opinion: { opinion: '同意' } })).toEqual([
        { path: 'province_opinion.signer', code: 'REQUIRED', message: '「省科协意见」请填写签字人' },
        { path: 'province_opinion.date', code: 'REQUIRED', message: '「省科协意见」请填写日期' },
        { path: 'province_opinion.seal', code: 'REQUIRED', message: '「省科协意见」请上传签章图片' },
      ]);
    });
    it('checks the opinion length, the date and that the seal is an image', () => {
      expect(
        messages({
          province_opinion: {
            opinion: '该县科普工作基础扎实，示范作用明显，综合科普能力强，同意推荐。',
            signer: '王五',
            date: '2020-10-32',
            seal: { fileId: 'x', name: '公章.pdf', mediaType: 'application/pdf' },
          },
        }),
      ).toEqual(['「省科协意见」最多 20 字，现有 31 字，请删减 11 字', '「省科协意见」的日期应为日期，如 2025-01-16', '「省科协意见」的签章只接受图片，文件“公章.pdf”不是，请换一个文件']);
    });
    it('takes a seal only in a format Word can draw (WebP, HEIC would be missing from the .docx)', () => {
      const box = (seal: unknown) => ({ province_opinion: { opinion: '同意推荐', signer: '王五', date: '2020-10-20', seal } });
      expect(messages(box({ fileId: 'x', name: '公章.webp', mediaType: 'image/webp' }))).toEqual([
        '「省科协意见」的签章须为 PNG 或 JPG 图片：“公章.webp”是 WEBP 格式，导出的 Word 中无法显示，请转换为 PNG 或 JPG 后重新上传',
      ]);
      expect(messages(box({ fileId: 'x', name: 'IMG_0001.heic', mediaType: 'image/heic' }))[0]).toContain('是 HEIC 格式');
      expect(messages(box({ fileId: 'x', name: '公章.jpg', mediaType: 'image/jpeg' }))).toEqual([]);
    });
    it('is required only when it is its turn', () => {
      expect(problems({})).toEqual([]);
      expect(validateFormValues(FORM, GOOD, { role: 'province', stage: 'applied', previous: GOOD })).toEqual([
        { path: 'province_opinion', code: 'REQUIRED', message: '「省科协意见」为必填项，请填写' },
      ]);
    });
  });

  it('a field the form does not have is refused', () => {
    expect(problems({ colour: '红' })).toEqual([{ path: 'colour', code: 'UNKNOWN_FIELD', message: '表中没有「colour」这一栏，请删除这项内容后再保存' }]);
  });

  it('a draft may leave required things empty but is still checked for what is written', () => {
    const draft = { unit: '', facilities: [{ quantity: 2 }], province_opinion: { opinion: '同意' }, staffing: -2 };
    expect(validateFormValues(FORM, draft, { draft: true }).map((p) => p.code)).toEqual(['BELOW_MIN']);
    expect(validateFormValues(FORM, draft).map((p) => p.code)).toEqual(['REQUIRED', 'BELOW_MIN', 'REQUIRED', 'REQUIRED', 'REQUIRED', 'REQUIRED']);
  });

  it('fields and table columns tied to the indicator system are listed with their tie', () => {
    expect(fieldTies(FORM)).toEqual([
      { path: 'staffing', label: '人员编制', tie: { requirement: '4-1' } },
      { path: 'facilities.quantity', label: '数量', tie: { rule: '6-1-a' } },
    ]);
  });

  it('isEmpty treats blank text, no rows, no files and an untouched box as empty', () => {
    expect([undefined, null, '', '  ', [], {}, { opinion: '' }].every(isEmpty)).toBe(true);
    expect([0, false, 'x', [{}], { signer: '王五' }].some(isEmpty)).toBe(false);
  });
});
