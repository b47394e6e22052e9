import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { OrganisationsModule } from '@accredit/organisations';
import { EvidenceRequirement } from './evidence-requirement.entity';
import { Indicator } from './indicator.entity';
import { IndicatorSystem } from './indicator-system.entity';
import { IndicatorResolver } from './indicator.resolver';
import { IndicatorSystemWriter } from './indicator-system-writer.service';
import { IndicatorSystemsService } from './indicator-systems.service';
import { ResponsibleUnit } from './responsible-unit.entity';
import { ResponsibleUnitResolver } from './responsible-unit.resolver';
import { ScoringRule } from './scoring-rule.entity';
import { ScoringRuleResolver } from './scoring-rule.resolver';
import { IndicatorTemplatesResolver } from './templates/indicator-templates.resolver';
import { IndicatorTemplatesService } from './templates/indicator-templates.service';

@Module({
  imports: [MikroOrmModule.forFeature([IndicatorSystem, Indicator, EvidenceRequirement, ScoringRule, ResponsibleUnit]), OrganisationsModule],
  providers: [IndicatorSystemsService, IndicatorSystemWriter, IndicatorResolver, ScoringRuleResolver, ResponsibleUnitResolver, IndicatorTemplatesService, IndicatorTemplatesResolver],
  exports: [IndicatorSystemsService, IndicatorSystemWriter, IndicatorTemplatesService],
})
export class IndicatorSystemsModule {}
