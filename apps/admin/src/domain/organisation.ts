// Organisation levels and how a unit's place in the tree is written (组织机构, 用户 pages).

import { tr } from '../plugins/i18n';

export const LEVELS = ['national', 'province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  get national() {
    return tr('domain.level.national');
  },
  get province() {
    return tr('domain.level.province');
  },
  get city() {
    return tr('domain.level.city');
  },
  get county() {
    return tr('domain.level.county');
  },
};

/** The levels a new child of `parent` may have: any lower level (a 直辖市's districts sit directly under it). */
export function childLevels(parent: Level): Level[] {
  return LEVELS.slice(LEVELS.indexOf(parent) + 1);
}

/** The level a child usually has: the next one down (a county under a province is allowed, but not the default). */
export function defaultChildLevel(parent: Level): Level | null {
  return childLevels(parent)[0] ?? null;
}

/** 全国 / 重庆 / 沙坪坝区 — a unit with its ancestors, root first. */
export function pathLabel(unit: { shortName: string; ancestors: ReadonlyArray<{ shortName: string }> }): string {
  return [...unit.ancestors.map((a) => a.shortName), unit.shortName].join(' / ');
}

/** A six-digit 行政区划代码, checked before the API is asked. */
export const isAreaCode = (code: string): boolean => /^\d{6}$/.test(code.trim());
