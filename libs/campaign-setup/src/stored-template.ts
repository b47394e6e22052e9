import type { EntityManager } from '@mikro-orm/postgresql';
import { EvidenceRequirement, Indicator, type IndicatorSystem, ResponsibleUnit, ScoringRule } from '@accredit/indicator-systems';
import type { IndicatorTable, TableIndicator } from '@accredit/table-io';

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
  const requirements = await em.find(EvidenceRequirement, { indicator: { system } }, { orderBy: { sortOrder: 'asc' } });
  const rules = await em.find(ScoringRule, { indicator: { system } }, { orderBy: { sortOrder: 'asc' } });
  const units = await em.find(ResponsibleUnit, { rule: { indicator: { system } } }, { orderBy: { sortOrder: 'asc' } });
  const group = <T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> => {
    const map = new Map<K, T[]>();
    items.forEach((item) => map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]));
    return map;
  };
  const childrenOf = group(indicators, (indicator) => indicator.parent?.id ?? null);
  const requirementsOf = group(requirements, (requirement) => requirement.indicator.id);
  const rulesOf = group(rules, (rule) => rule.indicator.id);
  const unitsOf = group(units, (unit) => unit.rule.id);
  const planned: StoredRule[] = [];

  const toRow = (indicator: Indicator, ancestors: string[]): TableIndicator => {
    const codes = [indicator.code, ...ancestors];
    const ownRules = rulesOf.get(indicator.id) ?? [];
    ownRules.forEach((rule) =>
      planned.push({
        code: rule.code,
        text: rule.text,
        indicatorCodes: codes,
        indicatorId: indicator.id,
        units: (unitsOf.get(rule.id) ?? []).map((unit) => ({ name: unit.name, role: unit.role })),
      }),
    );
    const row: TableIndicator = {
      code: indicator.code,
      title: indicator.title,
      maxScore: indicator.maxScore === null || indicator.maxScore === undefined ? null : Number(indicator.maxScore),
      requirements: (requirementsOf.get(indicator.id) ?? []).map((requirement) => ({ code: requirement.code, text: requirement.text })),
      rules: ownRules.map((rule) => ({
        text: rule.text,
        points: Number(rule.points),
        scoring: rule.params as TableIndicator['rules'][number]['scoring'],
        units: (unitsOf.get(rule.id) ?? []).filter((unit) => !unit.inherited).map((unit) => unit.name),
        note: rule.note ?? '',
      })),
    };
    if (indicator.elective) row.elective = indicator.elective;
    const children = (childrenOf.get(indicator.id) ?? []).sort((a, b) => a.sortOrder - b.sortOrder);
    return children.length > 0 ? { ...row, children: children.map((child) => toRow(child, codes)) } : row;
  };

  const top = (childrenOf.get(null) ?? []).sort((a, b) => a.sortOrder - b.sortOrder);
  const table: IndicatorTable = {
    key: system.key,
    version: system.version,
    name: system.name,
    ...(system.source ? { source: system.source } : {}),
    totalScore: system.totalScore === null || system.totalScore === undefined ? null : Number(system.totalScore),
    indicators: top.map((indicator) => toRow(indicator, [])),
  };
  return {
    table,
    rules: planned,
    indicators: indicators.map((indicator) => ({ id: indicator.id, code: indicator.code, title: indicator.title, parentId: indicator.parent?.id ?? null, level: indicator.level })),
  };
}
