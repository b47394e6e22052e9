import type { EntityManager } from '@mikro-orm/postgresql';
import { Indicator, type IndicatorSystem, ResponsibleUnit, ScoringRule, readStoredTable } from '@accredit/indicator-systems';
import type { IndicatorTable } from '@accredit/table-io';

/** A rule of a stored template with what the planning needs: its indicator path and its units (inherited ones included). */
export interface StoredRule {
  code: string;
  text: string;
  /** Its indicator's code and every ancestor's, nearest first. */
  indicatorCodes: string[];
  /** Its indicator's id in the template. */
  indicatorId: string;
  units: { name: string; role: 'lead' | 'support' }[];
}

export interface StoredTemplate {
  table: IndicatorTable;
  rules: StoredRule[];
  indicators: { id: string; code: string; title: string; parentId: string | null; level: number }[];
}

/**
 * Reads a stored template back into the table it was stored from (units as written, blank where
 * inherited), plus its rules in table order with their full units for planning tasks.
 */
export async function readStoredTemplate(em: EntityManager, system: IndicatorSystem): Promise<StoredTemplate> {
  const indicators = await em.find(Indicator, { system }, { orderBy: { level: 'asc', sortOrder: 'asc' } });
  const rules = await em.find(ScoringRule, { indicator: { system } }, { orderBy: { sortOrder: 'asc' } });
  const units = await em.find(ResponsibleUnit, { rule: { indicator: { system } } }, { orderBy: { sortOrder: 'asc' } });
  const group = <T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> => {
    const map = new Map<K, T[]>();
    items.forEach((item) => map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]));
    return map;
  };
  const childrenOf = group(indicators, (indicator) => indicator.parent?.id ?? null);
  const rulesOf = group(rules, (rule) => rule.indicator.id);
  const unitsOf = group(units, (unit) => unit.rule.id);
  const planned: StoredRule[] = [];

  const plan = (indicator: Indicator, ancestors: string[]): void => {
    const codes = [indicator.code, ...ancestors];
    (rulesOf.get(indicator.id) ?? []).forEach((rule) =>
      planned.push({
        code: rule.code,
        text: rule.text,
        indicatorCodes: codes,
        indicatorId: indicator.id,
        units: (unitsOf.get(rule.id) ?? []).map((unit) => ({ name: unit.name, role: unit.role })),
      }),
    );
    (childrenOf.get(indicator.id) ?? []).sort((a, b) => a.sortOrder - b.sortOrder).forEach((child) => plan(child, codes));
  };

  const top = (childrenOf.get(null) ?? []).sort((a, b) => a.sortOrder - b.sortOrder);
  top.forEach((indicator) => plan(indicator, []));
  // The whole general model (weights, scoring modes, electives, verdicts, 本单位 rules) as the
  // templates API reads it, so that a campaign's snapshot keeps all of it.
  const table: IndicatorTable = await readStoredTable(em, system.id);
  return {
    table,
    rules: planned,
    indicators: indicators.map((indicator) => ({ id: indicator.id, code: indicator.code, title: indicator.title, parentId: indicator.parent?.id ?? null, level: indicator.level })),
  };
}
