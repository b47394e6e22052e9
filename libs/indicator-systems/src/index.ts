export * from './indicator-system.entity';
export * from './indicator.entity';
export * from './evidence-requirement.entity';
export * from './scoring-rule.entity';
export * from './responsible-unit.entity';
export * from './indicator.model';
export * from './to-indicator-models';
export * from './indicator-loaders';
export * from './indicator-systems.service';
export * from './indicator-system-writer.service';
export * from './indicator-systems.module';

import { EvidenceRequirement } from './evidence-requirement.entity';
import { Indicator } from './indicator.entity';
import { IndicatorSystem } from './indicator-system.entity';
import { ResponsibleUnit } from './responsible-unit.entity';
import { ScoringRule } from './scoring-rule.entity';
export const INDICATOR_SYSTEM_ENTITIES = [IndicatorSystem, Indicator, EvidenceRequirement, ScoringRule, ResponsibleUnit];
export * from './usable-templates';
