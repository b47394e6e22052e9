import { countChars } from './chars';

// The rule is Word's 字数 for Chinese documents, since that is what an office checks before sending.

describe('countChars', () => {
  it.each([
    ['', 0],
    ['科普', 2],
    ['科普工作。', 5],
    ['“科普中国”、《纲要》（2021年）', 15],
    ['2024年', 2],
    ['科普中国APP', 5],
    ['覆盖率达到30%以上', 8],
    ['联系 e-mail：a@b.cn', 5],
    ['第一段\n第二段\r\n\n第三段', 9],
    ['两个　全角空格  和 半角空格', 11],
    ['ＡＢＣ１２３', 6],
    ['𠀀𪚥', 2],
    ['——', 2],
    ['……', 2],
  ])('%j counts %i', (text, expected) => {
    expect(countChars(text)).toBe(expected);
  });

  it('counts a Chinese character outside the Basic Multilingual Plane once, not as two UTF-16 units', () => {
    expect('𪚥'.length).toBe(2);
    expect(countChars('𪚥')).toBe(1);
  });

  it('counts characters, not bytes: 3000 Chinese characters are 3000 字 though 9000 bytes', () => {
    const text = '科'.repeat(3000);
    expect(Buffer.byteLength(text)).toBe(9000);
    expect(countChars(text)).toBe(3000);
  });
});
