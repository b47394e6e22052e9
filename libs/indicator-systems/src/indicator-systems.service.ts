import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ScoringMode } from '@accredit/scoring';
import { EvidenceRequirement } from './evidence-requirement.entity';
import { Indicator } from './indicator.entity';
import { IndicatorSystem } from './indicator-system.entity';
import { ResponsibleUnit } from './responsible-unit.entity';
import { ScoringRule } from './scoring-rule.entity';

/** Batched reads of the indicator tree: one statement per level of the query, whatever its size. */
@Injectable()
export class IndicatorSystemsService {
  constructor(private readonly em: EntityManager) {}

  topLevelIndicators(systemIds: readonly string[]): Promise<Indicator[]> {
    return this.em.find(Indicator, { system: { $in: [...systemIds] }, parent: null }, { orderBy: { sortOrder: 'asc' } });
  }

  indicatorsByIds(ids: readonly string[]): Promise<Indicator[]> {
    return this.em.find(Indicator, { id: { $in: [...ids] } });
  }

  childIndicators(parentIds: readonly string[]): Promise<Indicator[]> {
    return this.em.find(Indicator, { parent: { $in: [...parentIds] } }, { orderBy: { sortOrder: 'asc' } });
  }

  requirements(indicatorIds: readonly string[]): Promise<EvidenceRequirement[]> {
    return this.em.find(EvidenceRequirement, { indicator: { $in: [...indicatorIds] } }, { orderBy: { sortOrder: 'asc' } });
  }

  rulesOfIndicators(indicatorIds: readonly string[]): Promise<ScoringRule[]> {
    return this.em.find(ScoringRule, { indicator: { $in: [...indicatorIds] } }, { orderBy: { sortOrder: 'asc' } });
  }

  rulesByIds(ids: readonly string[]): Promise<ScoringRule[]> {
    return this.em.find(ScoringRule, { id: { $in: [...ids] } });
  }

  unitsOfRules(ruleIds: readonly string[]): Promise<ResponsibleUnit[]> {
    return this.em.find(ResponsibleUnit, { rule: { $in: [...ruleIds] } }, { orderBy: { sortOrder: 'asc' } });
  }

  /**
   * How each indicator of the given systems is scored, inheritance applied (a checklist subtree
   * makes everything below it `verdicts`): system id → indicator id → mode. Two statements.
   */
  async effectiveModes(systemIds: readonly string[]): Promise<Map<string, Map<string, ScoringMode>>> {
    const systems = await this.em.find(IndicatorSystem, { id: { $in: [...systemIds] } });
    const indicators = await this.em.find(Indicator, { system: { $in: [...systemIds] } }, { orderBy: { level: 'asc' } });
    const result = new Map<string, Map<string, ScoringMode>>(systems.map((system) => [system.id, new Map()]));
    const systemMode = new Map(systems.map((system) => [system.id, system.scoringMode ?? 'points']));
    for (const indicator of indicators) {
      const modes = result.get(indicator.system.id) as Map<string, ScoringMode>;
      const above = indicator.parent ? modes.get(indicator.parent.id) : systemMode.get(indicator.system.id);
      modes.set(indicator.id, above === 'verdicts' ? 'verdicts' : (indicator.scoringMode ?? 'points'));
    }
    return result;
  }
}
