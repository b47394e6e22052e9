import type DataLoader from 'dataloader';
import type { ScoringMode } from '@accredit/scoring';
import { byKeys, groupByKeys, requestLoader } from '@accredit/api-kit';
import type { EvidenceRequirement } from './evidence-requirement.entity';
import type { Indicator } from './indicator.entity';
import type { IndicatorSystemsService } from './indicator-systems.service';
import type { ResponsibleUnit } from './responsible-unit.entity';
import type { ScoringRule } from './scoring-rule.entity';

export function topLevelIndicatorsLoader(context: object, service: IndicatorSystemsService): DataLoader<string, Indicator[]> {
  return requestLoader(context, 'indicator.topLevel', async (systemIds: readonly string[]) =>
    groupByKeys(systemIds, await service.topLevelIndicators(systemIds), (indicator) => indicator.system.id),
  );
}

export function indicatorLoader(context: object, service: IndicatorSystemsService): DataLoader<string, Indicator> {
  return requestLoader(context, 'indicator.byId', async (ids: readonly string[]) => byKeys(ids, await service.indicatorsByIds(ids), (indicator) => indicator.id));
}

export function childIndicatorsLoader(context: object, service: IndicatorSystemsService): DataLoader<string, Indicator[]> {
  return requestLoader(context, 'indicator.children', async (parentIds: readonly string[]) =>
    groupByKeys(parentIds, await service.childIndicators(parentIds), (indicator) => indicator.parent?.id ?? ''),
  );
}

export function requirementsLoader(context: object, service: IndicatorSystemsService): DataLoader<string, EvidenceRequirement[]> {
  return requestLoader(context, 'indicator.requirements', async (ids: readonly string[]) =>
    groupByKeys(ids, await service.requirements(ids), (requirement) => requirement.indicator.id),
  );
}

export function rulesOfIndicatorLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ScoringRule[]> {
  return requestLoader(context, 'indicator.rules', async (ids: readonly string[]) =>
    groupByKeys(ids, await service.rulesOfIndicators(ids), (rule) => rule.indicator.id),
  );
}

export function scoringRuleLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ScoringRule> {
  return requestLoader(context, 'scoringRule.byId', async (ids: readonly string[]) =>
    byKeys(ids, await service.rulesByIds(ids), (rule) => rule.id),
  );
}

export function unitsOfRuleLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ResponsibleUnit[]> {
  return requestLoader(context, 'scoringRule.units', async (ids: readonly string[]) =>
    groupByKeys(ids, await service.unitsOfRules(ids), (unit) => unit.rule.id),
  );
}

/** System id → indicator id → how it is scored, inheritance applied. */
export function effectiveModesLoader(context: object, service: IndicatorSystemsService): DataLoader<string, Map<string, ScoringMode>> {
  return requestLoader(context, 'indicator.effectiveModes', async (ids: readonly string[]) => {
    const modes = await service.effectiveModes(ids);
    return ids.map((id) => modes.get(id) ?? new Map<string, ScoringMode>());
  });
}
