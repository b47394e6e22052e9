import type { EvidenceRequirement } from './evidence-requirement.entity';
import type { Indicator } from './indicator.entity';
import type { ElectiveGroup, VerdictScale } from '@accredit/scoring';
import { ElectiveGroupModel, EvidenceRequirementModel, IndicatorModel, ResponsibleUnitModel, ScoringRuleModel, VerdictOptionModel, VerdictScaleModel } from './indicator.model';
import type { ResponsibleUnit } from './responsible-unit.entity';
import type { ScoringRule } from './scoring-rule.entity';
import { toRuleScoringModel } from './templates/to-rule-scoring-model';

const toNumber = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

export function toIndicatorModel(indicator: Indicator): IndicatorModel {
  return Object.assign(new IndicatorModel(), {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    maxScore: toNumber(indicator.maxScore),
    level: indicator.level,
    weight: toNumber(indicator.weight),
    scoringMode: indicator.scoringMode ?? null,
    elective: toElectiveModel(indicator.elective),
    parentId: indicator.parent?.id ?? null,
    systemId: indicator.system.id,
  });
}

export function toElectiveModel(group: ElectiveGroup | null | undefined): ElectiveGroupModel | null {
  return group ? Object.assign(new ElectiveGroupModel(), { min: group.min, max: group.max, counting: group.counting, best: group.best ?? null }) : null;
}

export function toVerdictScaleModel(scale: VerdictScale): VerdictScaleModel {
  return Object.assign(new VerdictScaleModel(), {
    options: scale.options.map((option) => Object.assign(new VerdictOptionModel(), { label: option.label, value: option.value ?? null })),
    rollUp: scale.rollUp ?? 'worst',
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
    scoring: toRuleScoringModel(rule.params),
    note: rule.note ?? null,
    organisationOwned: rule.organisationOwned,
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
