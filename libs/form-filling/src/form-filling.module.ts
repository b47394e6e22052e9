import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CampaignsModule } from '@accredit/campaigns';
import { WorkflowDefinitionsModule } from '@accredit/workflow-runtime';
import { CampaignForm } from './entities/campaign-form.entity';
import { FilledForm } from './entities/filled-form.entity';
import { FilledFormEdit } from './entities/filled-form-edit.entity';
import { StoredFormDefinition } from './entities/form-definition.entity';
import { FormFile } from './entities/form-file.entity';
import { FormSelection } from './entities/form-selection.entity';
import { FormFiguresResolver } from './figures/form-figures.resolver';
import { FormFiguresService } from './figures/form-figures.service';
import { FormSelectionsResolver } from './selections/form-selections.resolver';
import { FORM_SELECTION_LINKS } from './selections/form-selection-links.resolver';
import { FormSelectionsService } from './selections/form-selections.service';
import { CampaignFormsService } from './campaign-forms.service';
import { FilledFormCommands } from './filled-form-commands.service';
import { FilledFormQueries } from './filled-form-queries.service';
import { FormDefinitionsService } from './form-definitions.service';
import { FormPlaceService } from './form-place.service';
import { FormDefinitionFieldsResolver, FormFillingResolver } from './form-filling.resolver';
import { FormExportsController } from './http/form-exports.controller';
import { FormExportsService } from './http/form-exports.service';
import { FormFilesController } from './http/form-files.controller';
import { FormFilesService } from './http/form-files.service';

/**
 * Forms as stored, editable, signed and exported data (issue 12): form definitions (forms/ and
 * uploads), the forms a campaign asks for, each organisation's filled copy with its history,
 * files through the evidence storage, and .docx / .xlsx exports.
 */
@Module({})
export class FormFillingModule {
  /** `evidence`: the app's EvidenceModule instance (form files and exports are stored through its intake). */
  static forRoot(evidence: DynamicModule): DynamicModule {
    return {
      module: FormFillingModule,
      imports: [MikroOrmModule.forFeature([StoredFormDefinition, CampaignForm, FilledForm, FilledFormEdit, FormFile, FormSelection]), CampaignsModule, WorkflowDefinitionsModule, evidence],
      controllers: [FormFilesController, FormExportsController],
      providers: [
        FormFilesService,
        FormExportsService,
        FormDefinitionsService,
        FormPlaceService,
        FilledFormQueries,
        FilledFormCommands,
        CampaignFormsService,
        FormFillingResolver,
        FormDefinitionFieldsResolver,
        FormSelectionsService,
        FormSelectionsResolver,
        ...FORM_SELECTION_LINKS,
        FormFiguresService,
        FormFiguresResolver,
      ],
      exports: [FormDefinitionsService, CampaignFormsService],
    };
  }
}
