import type { TableRequirement } from '../indicator-table';

/**
 * "1.党委和政府重视、制度健全" → { code: '1', title: '党委和政府重视、制度健全' }; also "1.1 组织",
 * "1.1.1、方案", "A1 贯彻落实", "1.2党建" (a dotted or lettered code needs no separator). A heading
 * without a leading code gets code null (the caller numbers it).
 */
export function parseIndicatorHeading(text: string): { code: string | null; title: string } {
  const flat = text.replace(/\s*\n\s*/g, '').trim();
  const match = /^([A-Za-z]?\d+(?:\.\d+)*)(?:\s*[、．)）]\s*|\.\s*(?!\d)|\s+)(.+)$/su.exec(flat) ?? /^([A-Za-z]\d+|\d+(?:\.\d+)+)(?=[\u4e00-\u9fff（(“《])(.+)$/su.exec(flat);
  return match ? { code: match[1], title: match[2].trim() } : { code: null, title: flat };
}

/** The level a code gives: 1.2.3 → its number of parts; A1 / B2 / C14 → its letter (A = 1). */
export function codeDepth(code: string): { kind: 'dotted'; depth: number } | { kind: 'lettered'; letter: string } {
  const lettered = /^([A-Za-z])\d+$/.exec(code);
  return lettered ? { kind: 'lettered', letter: lettered[1].toUpperCase() } : { kind: 'dotted', depth: code.split('.').length };
}

/** "…（A1）" / "…(C38)" / "…（C40)" → { code: 'C40', title: '…' } for the A/B/C layout. */
export function parseLevelHeading(text: string): { code: string | null; title: string } {
  const flat = text.replace(/\s*\n\s*/g, '').trim();
  const match = /^(.*?)[（(]\s*([A-Za-z]\d+)\s*[）)]\s*[。.]?\s*$/s.exec(flat);
  return match ? { code: match[2].toUpperCase(), title: match[1].replace(/[。.]\s*$/, '').trim() } : { code: null, title: flat };
}

/** A requirement line starting with its code: 1-2 / C4-1 / 1.2.1-3, then a separator. */
const REQUIREMENT_LINE = /^([A-Za-z]?\d{1,3}(?:\.\d{1,3})*-\d{1,3})(?:\s*[.、．]\s*|\s+)(.*)$/s;

/**
 * The 相关指标考察内容 cell: one requirement per line that starts with its code ("1-1.…");
 * lines without a code continue the requirement above (a page break in the original). A
 * first line without a code becomes requirement `<indicator>-<n>`. A cell with no coded line at
 * all is one requirement, line breaks kept (a 考察要素 cell of the national table).
 */
export function parseRequirements(text: string, indicatorCode: string, already: number): TableRequirement[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [];
  if (!lines.some((line) => REQUIREMENT_LINE.exec(line)?.[2])) return [{ code: `${indicatorCode}-${already + 1}`, text: lines.join('\n') }];
  const requirements: TableRequirement[] = [];
  for (const line of lines) {
    const match = REQUIREMENT_LINE.exec(line);
    if (match && match[2]) requirements.push({ code: match[1], text: match[2].trim() });
    else if (requirements.length > 0) requirements[requirements.length - 1].text += line;
    else requirements.push({ code: `${indicatorCode}-${already + 1}`, text: line });
  }
  return requirements;
}

/**
 * The 责任单位 cell split into unit names, in cell order (the first is 牵头): on 、，,；; and line
 * breaks; a trailing 等 ("etc.") is dropped from a name.
 */
export function splitUnits(text: string): string[] {
  return text
    .split(/[、，,；;\n/／]+/)
    .map((name) => name.trim().replace(/等$/, '').trim())
    .filter(Boolean);
}

/** True when a requirement's text would read back as coded (it starts like "1-2."). */
export function looksCoded(text: string): boolean {
  return !!REQUIREMENT_LINE.exec(text.split('\n')[0].trim())?.[2];
}

/**
 * A 责任单位 cell saying the rule is the organisation's own work (no department): 本单位, or a
 * dash, slash or 无 standing for "nobody else".
 */
export const ORGANISATION_OWNED = /^(?:本单位|本单位自行完成|[—－-]+|[/／]|无)$/;
export const ORGANISATION_OWNED_TEXT = '本单位';

/** A weight cell: 0.3, 30%, 30 (siblings are compared by their share, so any scale works). */
export function parseWeight(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([%％])?$/.exec(text.trim());
  if (!match) return null;
  const value = match[2] ? Number(match[1]) / 100 : Number(match[1]);
  return value > 0 ? Math.round(value * 1e6) / 1e6 : null;
}

/** A points cell: a non-negative number with at most two decimals, "18" or "18分". */
export function parsePoints(text: string): number | null {
  const match = /^(\d+(?:\.\d{1,2})?)\s*分?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}
