import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CampaignsModule } from '@accredit/campaigns';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { TasksModule } from '@accredit/tasks';
import { NotificationsModule } from '@accredit/notifications';
import { CampaignSetupResolver } from './campaign-setup.resolver';
import { CampaignSetupService } from './campaign-setup.service';
import { CampaignDesignerService } from './campaign-designer.service';
import { CampaignPlanChange } from './campaign-plan-change.entity';
import { CampaignReplanResolver } from './campaign-replan.resolver';
import { CampaignReplanService } from './campaign-replan.service';
import { CampaignCycleResolver } from './campaign-cycle.resolver';
import { CampaignCycleService } from './campaign-cycle.service';
import { CampaignElectivesResolver } from './campaign-electives.resolver';
import { CampaignElectivesService } from './campaign-electives.service';
import { CampaignParticipationResolver } from './campaign-participation.resolver';
import { CampaignParticipationService } from './campaign-participation.service';
import { IndicatorElectiveChoiceResolver } from './indicator-elective-choice.resolver';
import { ParticipantObjection } from './participant-objection.entity';
import { ParticipantObjectionLinks } from './participant-objection-links.resolver';
import { ParticipantObjectionWindowResolver } from './participant-objection-window.resolver';
import { ParticipantObjectionsResolver } from './participant-objections.resolver';
import { ParticipantObjectionsService } from './participant-objections.service';
import { PublicNamedListController } from './public-named-list.controller';
import { PublicNamedListService } from './public-named-list.service';
import { NotFiledExportController } from './not-filed-export.controller';
import { NotFiledExportService } from './not-filed-export.service';
import { PublicPublicityController } from './public-publicity.controller';
import { PublicityListService } from './publicity-list.service';
import { PublicityListResolver } from './publicity-list.resolver';
import { SET_UP_LINKS } from './set-up-links.resolver';

export interface CampaignSetupImports {
  /** The app's FormFillingModule instance (the forms a campaign asks for). */
  forms: DynamicModule;
  /** The app's WorkflowRuntimeModule instance (participation transitions, stored definitions). */
  workflows: DynamicModule;
}

@Module({})
export class CampaignSetupModule {
  static forRoot(modules: CampaignSetupImports): DynamicModule {
    return {
      module: CampaignSetupModule,
      imports: [
        MikroOrmModule.forFeature([CampaignPlanChange, ParticipantObjection]),
        CampaignsModule,
        IndicatorSystemsModule,
        OrganisationsModule,
        TasksModule,
        NotificationsModule,
        modules.forms,
        modules.workflows,
      ],
      providers: [
        CampaignSetupService,
        CampaignDesignerService,
        CampaignSetupResolver,
        CampaignReplanService,
        CampaignReplanResolver,
        CampaignCycleService,
        CampaignCycleResolver,
        ...SET_UP_LINKS,
        CampaignElectivesService,
        CampaignElectivesResolver,
        IndicatorElectiveChoiceResolver,
        CampaignParticipationService,
        CampaignParticipationResolver,
        ParticipantObjectionsService,
        ParticipantObjectionsResolver,
        ParticipantObjectionLinks,
        ParticipantObjectionWindowResolver,
        PublicNamedListService,
        PublicityListService,
        PublicityListResolver,
        NotFiledExportService,
      ],
      controllers: [PublicNamedListController, PublicPublicityController, NotFiledExportController],
      exports: [CampaignSetupService, CampaignDesignerService, CampaignReplanService],
    };
  }
}
