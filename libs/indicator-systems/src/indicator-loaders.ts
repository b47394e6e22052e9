import type DataLoader from 'dataloader';
import type { ScoringMode } from '@accredit/scoring';
import { requestLoader } from '@accredit/api-kit';
import type { EvidenceRequirementModel, IndicatorModel, ResponsibleUnitModel, ScoringRuleModel } from './indicator.model';
import type { IndicatorSystemsService } from './indicator-systems.service';

// Per-request batching in front of the service's process-wide cache of immutable snapshots:
// a request sends at most one statement per kind, and none once its campaign's snapshot is cached.
// The answers are shared cached models: read them, never change them.

const inOrder = <V>(keys: readonly string[], found: Map<string, V>): (V | Error)[] => keys.map((key) => found.get(key) ?? new Error(`missing row ${key}`));

export function topLevelIndicatorsLoader(context: object, service: IndicatorSystemsService): DataLoader<string, IndicatorModel[]> {
  return requestLoader(context, 'indicator.topLevel', async (systemIds: readonly string[]) => inOrder(systemIds, await service.topLevelIndicators(systemIds)));
}

export function indicatorLoader(context: object, service: IndicatorSystemsService): DataLoader<string, IndicatorModel> {
  return requestLoader(context, 'indicator.byId', async (ids: readonly string[]) => inOrder(ids, await service.indicatorsByIds(ids)));
}

export function childIndicatorsLoader(context: object, service: IndicatorSystemsService): DataLoader<string, IndicatorModel[]> {
  return requestLoader(context, 'indicator.children', async (parentIds: readonly string[]) => inOrder(parentIds, await service.childIndicators(parentIds)));
}

export function requirementsLoader(context: object, service: IndicatorSystemsService): DataLoader<string, EvidenceRequirementModel[]> {
  return requestLoader(context, 'indicator.requirements', async (ids: readonly string[]) => inOrder(ids, await service.requirements(ids)));
}

export function rulesOfIndicatorLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ScoringRuleModel[]> {
  return requestLoader(context, 'indicator.rules', async (ids: readonly string[]) => inOrder(ids, await service.rulesOfIndicators(ids)));
}

export function scoringRuleLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ScoringRuleModel> {
  return requestLoader(context, 'scoringRule.byId', async (ids: readonly string[]) => inOrder(ids, await service.rulesByIds(ids)));
}

export function unitsOfRuleLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ResponsibleUnitModel[]> {
  return requestLoader(context, 'scoringRule.units', async (ids: readonly string[]) => inOrder(ids, await service.unitsOfRules(ids)));
}

/** System id → indicator id → how it is scored, inheritance applied. */
export function effectiveModesLoader(context: object, service: IndicatorSystemsService): DataLoader<string, ReadonlyMap<string, ScoringMode>> {
  return requestLoader(context, 'indicator.effectiveModes', async (ids: readonly string[]) => {
    const modes = await service.effectiveModes(ids);
    return ids.map((id) => modes.get(id) ?? new Map<string, ScoringMode>());
  });
}
