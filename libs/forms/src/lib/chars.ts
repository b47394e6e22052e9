// How long a text is, counted as Word's 字数 (word count) counts Chinese documents, because that
// is how an office checks "不超过3000字" before sending:
//
// - every East Asian character counts 1: Chinese characters (including the rare ones outside the
//   Basic Multilingual Plane), kana, hangul, full-width letters and digits, and Chinese
//   punctuation (，。、；：？！“”‘’（）《》【】—…·);
// - every run of other visible characters counts 1 as a whole: `APP`, `2024`, `30%`, `e-mail`;
// - spaces (including the full-width space), tabs and line breaks count 0.
//
// So `2024年科普中国APP` is 1 + 1 + 4 + 1 = 7 字. The browser and the server use this same function.

const EAST_ASIAN =
  /[\u1100-\u11ff\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uffee\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]|[\u{20000}-\u{3134f}]/u;

const SPACE = /\s/u;

export function countChars(text: string): number {
  let count = 0;
  let inRun = false;
  for (const char of text) {
    if (SPACE.test(char)) {
      inRun = false;
    } else if (EAST_ASIAN.test(char)) {
      count += 1;
      inRun = false;
    } else if (!inRun) {
      count += 1;
      inRun = true;
    }
  }
  return count;
}
