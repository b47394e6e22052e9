import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, requestLoader, requireActor } from '@accredit/api-kit';
import { campaignLinkResolver } from '@accredit/campaigns';
import { FilledFormQueries } from '../filled-form-queries.service';
import { FormDefinitionsService } from '../form-definitions.service';
import { FilledFormModel, FormDefinitionRecordModel } from '../form-filling.model';
import { toFilledFormModel, toFormDefinitionModel } from '../to-form-models';
import { FormSelectionBoardModel, FormSelectionEntryModel } from './form-selections.model';

// A board is read by the campaign's owner or a selecting unit under it (formSelections checks
// that): the campaign asks that unit to select among its forms, so — as with
// CampaignParticipant.campaign — the campaign's summary is its to read; the definition is the
// form the board already names (key and name), whose fields every filler and reviewer sees.

const FormSelectionBoardCampaign = campaignLinkResolver(FormSelectionBoardModel, (board) => board.campaignId, { description: '创建工作（能看到遴选情况的主办单位和遴选单位都能读到）' });

@Resolver(() => FormSelectionBoardModel)
export class FormSelectionBoardDefinition {
  constructor(private readonly definitions: FormDefinitionsService) {}

  @ResolveField(() => FormDefinitionRecordModel, { description: '表单定义（与 FilledForm.definition 同一批读取）' })
  async definition(@Parent() board: FormSelectionBoardModel, @Context() context: object): Promise<FormDefinitionRecordModel> {
    return toFormDefinitionModel(await formDefinitionLoader(context, this.definitions).load(board.definitionId));
  }
}

// An entry's form is read as filledForm(id) reads it: by the visibility of participants (the
// owner, the filler, the offices above it) or a role in the form. A board reader is not always one
// of them (a selecting unit's liaison, not its office), so for such a reader the link is null.
@Resolver(() => FormSelectionEntryModel)
export class FormSelectionEntryForm {
  constructor(private readonly queries: FilledFormQueries) {}

  @ResolveField(() => FilledFormModel, { nullable: true, description: '表单（与 filledForm 同样的读取权限：看不到它的人读到空）' })
  async form(@Parent() entry: FormSelectionEntryModel, @Context() context: object): Promise<FilledFormModel | null> {
    const loader = requestLoader(context, 'forms.readable', async (ids: readonly string[]) => this.queries.readableForms(requireActor(context), ids));
    const view = await loader.load(entry.formId);
    return view ? toFilledFormModel(view) : null;
  }
}

/** Stored form definitions by id, one statement per request level (shared with FilledForm.definition). */
export function formDefinitionLoader(context: object, definitions: FormDefinitionsService) {
  return requestLoader(context, 'forms.definition', async (ids: readonly string[]) => byKeys(ids, await definitions.records(ids), (row) => row.id));
}

export const FORM_SELECTION_LINKS = [FormSelectionBoardCampaign, FormSelectionBoardDefinition, FormSelectionEntryForm];
