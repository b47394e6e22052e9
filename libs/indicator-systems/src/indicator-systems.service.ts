import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ImmutableCache } from '@accredit/api-kit';
import type { ScoringMode } from '@accredit/scoring';
import { EvidenceRequirement } from './evidence-requirement.entity';
import { Indicator } from './indicator.entity';
import { IndicatorSystem } from './indicator-system.entity';
import type { EvidenceRequirementModel, IndicatorModel, ResponsibleUnitModel, ScoringRuleModel } from './indicator.model';
import { ResponsibleUnit } from './responsible-unit.entity';
import { ScoringRule } from './scoring-rule.entity';
import { toIndicatorModel, toRequirementModel, toResponsibleUnitModel, toScoringRuleModel } from './to-indicator-models';

/** Entries kept per kind of lookup: about 20 campaigns' snapshots in full, the active ones first. */
const CACHE_SIZE = 20_000;

function groupBy<T, V>(rows: readonly T[], keyOf: (row: T) => string, valueOf: (row: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return groups;
}

/**
 * Batched reads of the indicator tree: one statement per level of the query, whatever its size,
 * and none once cached. An indicator system never changes once stored — templates are versioned
 * (a change is a new version) and a campaign works on its own snapshot, written once at set-up —
 * so its indicators, requirements, rules and responsible units are kept for the process as plain
 * models (never entities), by id, least recently used first out.
 */
@Injectable()
export class IndicatorSystemsService {
  private readonly topLevel = new ImmutableCache<string, IndicatorModel[]>(CACHE_SIZE);
  private readonly indicators = new ImmutableCache<string, IndicatorModel>(CACHE_SIZE);
  private readonly children = new ImmutableCache<string, IndicatorModel[]>(CACHE_SIZE);
  private readonly requirementsOf = new ImmutableCache<string, EvidenceRequirementModel[]>(CACHE_SIZE);
  private readonly rulesOf = new ImmutableCache<string, ScoringRuleModel[]>(CACHE_SIZE);
  private readonly rules = new ImmutableCache<string, ScoringRuleModel>(CACHE_SIZE);
  private readonly unitsOf = new ImmutableCache<string, ResponsibleUnitModel[]>(CACHE_SIZE);
  /** System id → indicator id → how it is scored (one entry per system). */
  private readonly modes = new ImmutableCache<string, ReadonlyMap<string, ScoringMode>>(500);

  constructor(private readonly em: EntityManager) {}

  /**
   * Forgets every cached row. Nothing calls it today, since stored systems never change; a writer
   * that ever changes indicators, requirements, rules or units in place must call it after its
   * commit (and other API processes must be told, or restarted).
   */
  forgetAll(): void {
    for (const cache of [this.topLevel, this.indicators, this.children, this.requirementsOf, this.rulesOf, this.rules, this.unitsOf, this.modes]) cache.clear();
  }

  // Synchronous reads of what is cached already, for field resolvers: a page of tasks names the
  // same few dozen rules, indicators and units on every row, and once its snapshot is cached each
  // row's fields resolve without a promise or a loader round (undefined: ask the loader).

  cachedRule(id: string): ScoringRuleModel | undefined {
    return this.rules.peek(id);
  }

  cachedIndicator(id: string): IndicatorModel | undefined {
    return this.indicators.peek(id);
  }

  cachedUnitsOfRule(ruleId: string): ResponsibleUnitModel[] | undefined {
    return this.unitsOf.peek(ruleId);
  }

  cachedRequirements(indicatorId: string): EvidenceRequirementModel[] | undefined {
    return this.requirementsOf.peek(indicatorId);
  }

  cachedChildren(indicatorId: string): IndicatorModel[] | undefined {
    return this.children.peek(indicatorId);
  }

  cachedRulesOfIndicator(indicatorId: string): ScoringRuleModel[] | undefined {
    return this.rulesOf.peek(indicatorId);
  }

  cachedModes(systemId: string): ReadonlyMap<string, ScoringMode> | undefined {
    return this.modes.peek(systemId);
  }

  topLevelIndicators(systemIds: readonly string[]): Promise<Map<string, IndicatorModel[]>> {
    return this.topLevel.getMany(
      systemIds,
      async (missing) => groupBy(await this.em.find(Indicator, { system: { $in: missing }, parent: null }, { orderBy: { sortOrder: 'asc' } }), (indicator) => indicator.system.id, toIndicatorModel),
      () => [],
    );
  }

  indicatorsByIds(ids: readonly string[]): Promise<Map<string, IndicatorModel>> {
    return this.indicators.getMany(ids, async (missing) => new Map((await this.em.find(Indicator, { id: { $in: missing } })).map((indicator) => [indicator.id, toIndicatorModel(indicator)])));
  }

  childIndicators(parentIds: readonly string[]): Promise<Map<string, IndicatorModel[]>> {
    return this.children.getMany(
      parentIds,
      async (missing) => groupBy(await this.em.find(Indicator, { parent: { $in: missing } }, { orderBy: { sortOrder: 'asc' } }), (indicator) => indicator.parent?.id ?? '', toIndicatorModel),
      () => [],
    );
  }

  requirements(indicatorIds: readonly string[]): Promise<Map<string, EvidenceRequirementModel[]>> {
    return this.requirementsOf.getMany(
      indicatorIds,
      async (missing) =>
        groupBy(await this.em.find(EvidenceRequirement, { indicator: { $in: missing } }, { orderBy: { sortOrder: 'asc' } }), (requirement) => requirement.indicator.id, toRequirementModel),
      () => [],
    );
  }

  rulesOfIndicators(indicatorIds: readonly string[]): Promise<Map<string, ScoringRuleModel[]>> {
    return this.rulesOf.getMany(
      indicatorIds,
      async (missing) => groupBy(await this.em.find(ScoringRule, { indicator: { $in: missing } }, { orderBy: { sortOrder: 'asc' } }), (rule) => rule.indicator.id, toScoringRuleModel),
      () => [],
    );
  }

  rulesByIds(ids: readonly string[]): Promise<Map<string, ScoringRuleModel>> {
    return this.rules.getMany(ids, async (missing) => new Map((await this.em.find(ScoringRule, { id: { $in: missing } })).map((rule) => [rule.id, toScoringRuleModel(rule)])));
  }

  unitsOfRules(ruleIds: readonly string[]): Promise<Map<string, ResponsibleUnitModel[]>> {
    return this.unitsOf.getMany(
      ruleIds,
      async (missing) => groupBy(await this.em.find(ResponsibleUnit, { rule: { $in: missing } }, { orderBy: { sortOrder: 'asc' } }), (unit) => unit.rule.id, toResponsibleUnitModel),
      () => [],
    );
  }

  /**
   * How each indicator of the given systems is scored, inheritance applied (a checklist subtree
   * makes everything below it `verdicts`): system id → indicator id → mode. Two statements for
   * the systems not cached yet, none otherwise.
   */
  effectiveModes(systemIds: readonly string[]): Promise<Map<string, ReadonlyMap<string, ScoringMode>>> {
    return this.modes.getMany(systemIds, async (missing) => {
      const systems = await this.em.find(IndicatorSystem, { id: { $in: missing } });
      const indicators = await this.em.find(Indicator, { system: { $in: missing } }, { orderBy: { level: 'asc' } });
      const result = new Map<string, Map<string, ScoringMode>>(systems.map((system) => [system.id, new Map()]));
      const systemMode = new Map(systems.map((system) => [system.id, system.scoringMode ?? 'points']));
      for (const indicator of indicators) {
        const modes = result.get(indicator.system.id) as Map<string, ScoringMode>;
        const above = indicator.parent ? modes.get(indicator.parent.id) : systemMode.get(indicator.system.id);
        modes.set(indicator.id, above === 'verdicts' ? 'verdicts' : (indicator.scoringMode ?? 'points'));
      }
      return result;
    });
  }
}
