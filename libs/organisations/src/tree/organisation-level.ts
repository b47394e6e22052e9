/**
 * The levels of the administrative tree, top down. A closed list: an organisation's level
 * decides where it may sit (a child is always of a lower level than its parent) and how the
 * levels above see it.
 */
export const ORGANISATION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];

export const ORGANISATION_LEVEL_LABELS: Readonly<Record<OrganisationLevel, string>> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
};

export const isOrganisationLevel = (value: string): value is OrganisationLevel => (ORGANISATION_LEVELS as readonly string[]).includes(value);

/** 0 for the nation, 3 for a county or district. */
export const levelRank = (level: OrganisationLevel): number => ORGANISATION_LEVELS.indexOf(level);

/**
 * Whether a parent of one level may hold a child of another. Any lower level will do: a
 * district of a municipality (重庆市沙坪坝区) sits directly under its province-level unit, with
 * no city in between, as in the administrative division itself.
 */
export const canContain = (parent: OrganisationLevel, child: OrganisationLevel): boolean => levelRank(child) > levelRank(parent);

/** The code of the national root (not a 行政区划代码: GB/T 2260 has none for the nation). */
export const NATIONAL_CODE = '000000';

/**
 * The level a six-digit 行政区划代码 names: 500000 a province-level unit, 510100 a city,
 * 500106 a county or district. Null for anything else.
 */
export function levelOfCode(code: string): OrganisationLevel | null {
  if (!/^\d{6}$/.test(code)) return null;
  if (code === NATIONAL_CODE) return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/**
 * Codes of the units a code may sit under, nearest first (510104 → 510100, 510000): where a
 * unit known only by its code is placed when it first appears (a template naming a district).
 */
export function parentCodesOf(code: string): string[] {
  const level = levelOfCode(code);
  if (level === 'county') return [`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];
  if (level === 'city') return [`${code.slice(0, 2)}0000`];
  return [];
}
