import type { ElectiveGroup } from '@accredit/scoring';

/** An elective group as written; `max: null` means "up to all options" (known once the options are read). */
export type ElectiveMarker = Omit<ElectiveGroup, 'max'> & { max: number | null; options?: number };

export type ElectiveRead = { ok: true; marker: ElectiveMarker } | { ok: false; message: string };

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const N = '(\\d+|[一二两三四五六七八九十])';
const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : NUMERALS[text]);

/** A bracketed marker at the end of a title: 「特色工作（选做，任选2项）」. */
const TITLE_MARKER = /\s*[（(]([^（）()]*(?:选做|任选|可选|[0-9一二两三四五六七八九十]\s*选\s*[0-9一二两三四五六七八九十])[^（）()]*)[）)]\s*$/u;

/**
 * Reads a 选做 marker — in a 选做 column, or in brackets at the end of the group's title:
 * - 任选2项 / 选2项 / 任选两项: choose exactly 2;
 * - 3选2 / 三选二: choose 2 of the 3 options (the number of options is checked);
 * - 至少选1项 / 最多选3项 / 选1-3项 / 选1至3项: between;
 * - 取最好的2项 / 取最高2项 / 按得分最高的2项计分 / 取前2项: the best 2 of the chosen count (bestN);
 *   otherwise the chosen options are scaled to the group's maximum (normalise; 折算 says so too);
 * - 选做 / 是 / √ alone: choose at least 1, up to all.
 * Returns null for an empty cell; a message for text it cannot read.
 */
export function parseElectiveMarker(raw: string): ElectiveRead | null {
  const text = raw.replace(/[\s，,。；;、：:（）()]/gu, '');
  if (!text) return null;
  let min: number | null = null;
  let max: number | null = null;
  let options: number | undefined;
  let best: number | undefined;

  const ofN = new RegExp(`${N}(?:项)?选${N}(?:项)?`).exec(text);
  const exact = new RegExp(`(?:任选|任意选|选择?)${N}(?:项|个)`).exec(text);
  const between = new RegExp(`选${N}(?:-|－|~|～|至|到)${N}(?:项|个)`).exec(text);
  const atLeast = new RegExp(`(?:至少|最少|不少于)(?:选|选择)?${N}(?:项|个)`).exec(text);
  const atMost = new RegExp(`(?:最多|至多|不超过|不多于)(?:可)?(?:选|选择)?${N}(?:项|个)`).exec(text);
  const bestOf = new RegExp(`(?:取|按)(?:得分)?(?:最好|最高|前)的?${N}(?:项|个)`).exec(text);

  if (between) [min, max] = [count(between[1]), count(between[2])];
  else if (ofN && !atLeast && !atMost) {
    options = count(ofN[1]);
    min = max = count(ofN[2]);
  } else if (exact && !atLeast && !atMost) min = max = count(exact[1]);
  if (atLeast) min = count(atLeast[1]);
  if (atMost) max = count(atMost[1]);
  if (bestOf) best = count(bestOf[1]);

  const anything = min !== null || max !== null || best !== undefined;
  if (!anything) {
    if (/^(?:选做|选做项|选做指标|是|√|✓|Y|y|yes)$/u.test(text.replace(/折算|按比例/g, ''))) return { ok: true, marker: { min: 1, max: null, counting: 'normalise' } };
    return { ok: false, message: `无法识别选做要求「${raw.trim()}」：请写成「任选2项」「3选2」「至少选1项，最多选3项」，需要只计最好几项时加「取最好的2项计分」` };
  }
  const marker: ElectiveMarker = { min: min ?? 1, max, counting: best !== undefined ? 'bestN' : 'normalise', ...(best !== undefined ? { best } : {}) };
  if (options !== undefined) marker.options = options;
  return { ok: true, marker };
}

/** Splits a bracketed 选做 marker off the end of a title: 「特色工作（选做，任选2项）」 → 特色工作 + 任选2项. */
export function splitElectiveTitle(title: string): { title: string; marker: string | null } {
  const match = TITLE_MARKER.exec(title);
  if (!match || match.index === 0) return { title, marker: null };
  return { title: title.slice(0, match.index).trim(), marker: match[1] };
}
