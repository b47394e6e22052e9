import type { TableRequirement } from '../indicator-table';

/**
 * "1.党委和政府重视、制度健全" → { code: '1', title: '党委和政府重视、制度健全' }; a heading without
 * a leading number gets code null (the caller numbers it).
 */
export function parseIndicatorHeading(text: string): { code: string | null; title: string } {
  const flat = text.replace(/\s*\n\s*/g, '').trim();
  const match = /^([A-Za-z]?\d+(?:\.\d+)*)\s*[.、．)）]\s*(.+)$/s.exec(flat) ?? /^([A-Za-z]?\d+)\s+(.+)$/s.exec(flat);
  return match ? { code: match[1], title: match[2].trim() } : { code: null, title: flat };
}

/** "…（A1）" / "…(C38)" / "…（C40)" → { code: 'C40', title: '…' } for the A/B/C layout. */
export function parseLevelHeading(text: string): { code: string | null; title: string } {
  const flat = text.replace(/\s*\n\s*/g, '').trim();
  const match = /^(.*?)[（(]\s*([A-Za-z]\d+)\s*[）)]\s*[。.]?\s*$/s.exec(flat);
  return match ? { code: match[2].toUpperCase(), title: match[1].replace(/[。.]\s*$/, '').trim() } : { code: null, title: flat };
}

const REQUIREMENT_LINE = /^([A-Za-z]?\d{1,3}-\d{1,3})(?:\s*[.、．]\s*|\s+)(.*)$/s;

/**
 * The 相关指标考察内容 cell: one requirement per line that starts with its code ("1-1.…");
 * lines without a code continue the requirement above (a page break in the original). A
 * first line without a code becomes requirement `<indicator>-<n>`.
 */
export function parseRequirements(text: string, indicatorCode: string, already: number): TableRequirement[] {
  const requirements: TableRequirement[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
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

/** A points cell: a non-negative number with at most two decimals, "18" or "18分". */
export function parsePoints(text: string): number | null {
  const match = /^(\d+(?:\.\d{1,2})?)\s*分?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}
