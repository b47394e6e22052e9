import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { toOrganisationModel } from '@accredit/organisations';
import { type SelectionBoard, type SelectionEntry, FormSelectionsService } from './form-selections.service';
import { FormSelectionBoardModel, FormSelectionEntryModel, SelectFormInput, UnselectFormInput } from './form-selections.model';

const toEntry = (entry: SelectionEntry): FormSelectionEntryModel => ({
  formId: entry.form.id,
  organisation: toOrganisationModel(entry.organisation),
  status: entry.form.status,
  submittedAt: entry.form.submittedAt ?? null,
  selected: entry.selection !== null,
  selectedAt: entry.selection?.selectedAt ?? null,
  selectedByName: entry.selection?.selectedByName ?? null,
});

const toBoard = (board: SelectionBoard): FormSelectionBoardModel => ({
  ...board,
  groups: board.groups.map((group) => ({ group: toOrganisationModel(group.group), selectedCount: group.selectedCount, entries: group.entries.map(toEntry) })),
});

@Resolver(() => FormSelectionBoardModel)
export class FormSelectionsResolver {
  constructor(private readonly selections: FormSelectionsService) {}

  @Query(() => [FormSelectionBoardModel], { description: '创建工作中需要遴选的表单及遴选情况：主办单位看各单位（如各省）的，遴选单位看本单位的' })
  async formSelections(
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('onlySelected', { nullable: true, defaultValue: false, description: '只列已遴选的' }) onlySelected: boolean,
    @Context() context: object,
  ): Promise<FormSelectionBoardModel[]> {
    return (await this.selections.boards(requireActor(context), campaignId, onlySelected)).map(toBoard);
  }

  @Mutation(() => FormSelectionBoardModel, {
    description: '遴选一份已提交的表单报送上级（如省级科协遴选典型案例）；超过上限时为 CONFLICT。已遴选的再遴选不变。答复该表单所在的遴选情况（同 formSelections 中的这一项）',
  })
  async selectForm(@Args('input') input: SelectFormInput, @Context() context: object): Promise<FormSelectionBoardModel> {
    const actor = requireActor(context);
    return toBoard(await this.selections.boardAt(actor, await this.selections.select(actor, input.formId)));
  }

  @Mutation(() => FormSelectionBoardModel, { description: '取消遴选一份表单；未遴选的不变。答复该表单所在的遴选情况（同 formSelections 中的这一项）' })
  async unselectForm(@Args('input') input: UnselectFormInput, @Context() context: object): Promise<FormSelectionBoardModel> {
    const actor = requireActor(context);
    return toBoard(await this.selections.boardAt(actor, await this.selections.unselect(actor, input.formId)));
  }
}
