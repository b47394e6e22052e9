import type { EvidenceRequirement } from './evidence-requirement.entity';
import type { Indicator } from './indicator.entity';
import { EvidenceRequirementModel, IndicatorModel, ResponsibleUnitModel, ScoringRuleModel } from './indicator.model';
import type { ResponsibleUnit } from './responsible-unit.entity';
import type { ScoringRule } from './scoring-rule.entity';

const toNumber = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

export function toIndicatorModel(indicator: Indicator): IndicatorModel {
  return Object.assign(new IndicatorModel(), {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    maxScore: toNumber(indicator.maxScore),
    level: indicator.level,
    parentId: indicator.parent?.id ?? null,
  });
}

export function toRequirementModel(requirement: EvidenceRequirement): EvidenceRequirementModel {
  return Object.assign(new EvidenceRequirementModel(), {
    id: requirement.id,
    code: requirement.code,
    text: requirement.text,
    indicatorId: requirement.indicator.id,
  });
}

export function toScoringRuleModel(rule: ScoringRule): ScoringRuleModel {
  return Object.assign(new ScoringRuleModel(), {
    id: rule.id,
    code: rule.code,
    text: rule.text,
    points: Number(rule.points),
    kind: rule.kind,
    params: rule.params,
    note: rule.note ?? null,
    indicatorId: rule.indicator.id,
  });
}

export function toResponsibleUnitModel(unit: ResponsibleUnit): ResponsibleUnitModel {
  return Object.assign(new ResponsibleUnitModel(), {
    id: unit.id,
    name: unit.name,
    isGroup: unit.isGroup,
    role: unit.role,
    inherited: unit.inherited,
    departmentId: unit.department?.id ?? null,
    groupId: unit.group?.id ?? null,
  });
}
