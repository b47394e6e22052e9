import type { EntityManager } from '@mikro-orm/postgresql';
import type { ElectiveGroup } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator, TableRule } from '@accredit/table-io';
import { EvidenceRequirement } from './evidence-requirement.entity';
import { Indicator } from './indicator.entity';
import { IndicatorSystem } from './indicator-system.entity';
import { ResponsibleUnit } from './responsible-unit.entity';
import { ScoringRule } from './scoring-rule.entity';

const toNumber = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

/** The electives as stored, without keys that say nothing (so a tree reads back to the same checksum). */
function electiveOf(group: ElectiveGroup | null | undefined): ElectiveGroup | undefined {
  if (!group) return undefined;
  return { min: group.min, max: group.max, counting: group.counting, ...(group.best === undefined || group.best === null ? {} : { best: group.best }) };
}

/**
 * A stored indicator system (template or snapshot) read back as a table — every level, weights,
 * electives, checklist subtrees and verdicts; units as written (blank where they were inherited,
 * 「本单位」 rules marked) — in five statements whatever its size. What was imported reads back
 * to the same tree, so export, editing and set-up all start from this one shape.
 */
export async function readStoredTable(em: EntityManager, systemId: string): Promise<IndicatorTable> {
  const system = await em.findOneOrFail(IndicatorSystem, { id: systemId });
  const indicators = await em.find(Indicator, { system: systemId }, { orderBy: { level: 'asc', sortOrder: 'asc' } });
  const requirements = await em.find(EvidenceRequirement, { indicator: { system: systemId } }, { orderBy: { sortOrder: 'asc' } });
  const rules = await em.find(ScoringRule, { indicator: { system: systemId } }, { orderBy: { sortOrder: 'asc' } });
  const units = await em.find(ResponsibleUnit, { rule: { indicator: { system: systemId } } }, { orderBy: { sortOrder: 'asc' } });

  const group = <T>(items: T[], key: (item: T) => string | null) => {
    const map = new Map<string | null, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  const childrenOf = group(indicators, (indicator) => indicator.parent?.id ?? null);
  const requirementsOf = group(requirements, (requirement) => requirement.indicator.id);
  const rulesOf = group(rules, (rule) => rule.indicator.id);
  const unitsOf = group(units, (unit) => unit.rule.id);

  const toRule = (rule: ScoringRule): TableRule => {
    const row: TableRule = {
      text: rule.text,
      points: Number(rule.points),
      scoring: rule.params,
      units: (unitsOf.get(rule.id) ?? []).filter((unit) => !unit.inherited).map((unit) => unit.name),
      note: rule.note ?? '',
    };
    return rule.organisationOwned ? { ...row, organisationOwned: true } : row;
  };
  const toIndicator = (indicator: Indicator): TableIndicator => {
    const children = childrenOf.get(indicator.id) ?? [];
    const elective = electiveOf(indicator.elective);
    return {
      code: indicator.code,
      title: indicator.title,
      maxScore: toNumber(indicator.maxScore),
      requirements: (requirementsOf.get(indicator.id) ?? []).map((requirement) => ({ code: requirement.code, text: requirement.text })),
      rules: (rulesOf.get(indicator.id) ?? []).map(toRule),
      ...(children.length > 0 ? { children: children.map(toIndicator) } : {}),
      ...(indicator.weight === null || indicator.weight === undefined ? {} : { weight: Number(indicator.weight) }),
      ...(indicator.scoringMode ? { scoringMode: indicator.scoringMode } : {}),
      ...(elective ? { elective } : {}),
    };
  };
  return {
    key: system.key,
    version: system.version,
    name: system.name,
    ...(system.source ? { source: system.source } : {}),
    totalScore: toNumber(system.totalScore),
    indicators: (childrenOf.get(null) ?? []).map(toIndicator),
    ...(system.scoringMode ? { scoringMode: system.scoringMode } : {}),
    ...(system.verdicts ? { verdicts: system.verdicts } : {}),
  };
}
