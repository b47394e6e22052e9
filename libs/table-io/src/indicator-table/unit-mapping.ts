import type { IndicatorTable, TableIndicator } from '../indicator-table';

export interface UnitCandidate {
  name: string;
  kind: 'department' | 'group';
  /** The official full name, when known (中共重庆市沙坪坝区委组织部): matched too. */
  fullName?: string | null;
}

export interface UnitSuggestion extends UnitCandidate {
  /** 0–1; 1 is the same name. */
  score: number;
}

/** Characters that say little about which unit is meant. */
const NOISE = /[区县市委员会办公室局中心街道镇政府人民部门各级（）()、，,\s]/g;

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i += 1) grams.add(text.slice(i, i + 2));
  if (text.length === 1) grams.add(text);
  return grams;
}

function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  x.forEach((gram) => (shared += y.has(gram) ? 1 : 0));
  return (2 * shared) / (x.size + y.size);
}

/** True when the characters of `short` appear in `long` in the same order (发改委 in 发展和改革委员会). */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/**
 * How alike two unit names are (0–1): one contains the other; the shorter is an abbreviation of
 * the longer (its characters in order); bigram overlap of the whole names and of their
 * distinctive parts (without 区, 委, 局, 办公室 …).
 */
export function unitSimilarity(written: string, candidate: string): number {
  if (written === candidate) return 1;
  const core = (text: string) => text.replace(NOISE, '');
  const [short, long] = written.length <= candidate.length ? [written, candidate] : [candidate, written];
  const contained = long.includes(short) ? 0.85 : 0;
  const abbreviation = short.length >= 2 && isSubsequence(short, long) ? 0.85 * Math.sqrt(short.length / long.length) : 0;
  return Math.max(contained, abbreviation, dice(written, candidate), 0.95 * dice(core(written), core(candidate)));
}

/**
 * The organisation's departments and groups most like an unknown unit name, best first
 * (区委组织部门 → 区委组织部). Candidates below `threshold` are left out.
 */
export function suggestUnitMatches(written: string, candidates: readonly UnitCandidate[], limit = 3, threshold = 0.4): UnitSuggestion[] {
  return candidates
    .map((candidate) => ({
      ...candidate,
      score: Math.round(Math.max(unitSimilarity(written, candidate.name), candidate.fullName ? 0.9 * unitSimilarity(written, candidate.fullName) : 0) * 100) / 100,
    }))
    .filter((suggestion) => suggestion.score >= threshold)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, limit);
}

/** Renames units as mapped (written name → existing department or group name); others stay. */
export function applyUnitMapping(table: IndicatorTable, mapping: ReadonlyMap<string, string>): IndicatorTable {
  const rename = (indicator: TableIndicator): TableIndicator => ({
    ...indicator,
    rules: indicator.rules.map((rule) => ({ ...rule, units: [...new Set(rule.units.map((unit) => mapping.get(unit) ?? unit))] })),
    ...(indicator.children ? { children: indicator.children.map(rename) } : {}),
  });
  return { ...table, indicators: table.indicators.map(rename) };
}
