import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKeys, groupByKeys, requestLoader, requireActor } from '@accredit/api-kit';
import { Campaign, CampaignModel, toCampaignModel } from '@accredit/campaigns';
import { Organisation, OrganisationModel, toOrganisationModel } from '@accredit/organisations';
import { CampaignFormsService } from './campaign-forms.service';
import { FilledFormCommands } from './filled-form-commands.service';
import { FilledFormQueries } from './filled-form-queries.service';
import { FormDefinitionsService } from './form-definitions.service';
import { FilledFormModel, FormDefinitionRecordModel, FormEditModel, ReopenFormInput, SaveFormDraftInput, SignOffFormInput, SubmitFormInput, UploadFormDefinitionInput } from './form-filling.model';
import { toFilledFormModel, toFormDefinitionModel, toFormEditModel } from './to-form-models';
import { SetCampaignFormsInput } from './selections/form-selections.model';
import { formDefinitionLoader } from './selections/form-selection-links.resolver';

const organisationLoader = (context: object, em: EntityManager) =>
  requestLoader(context, 'forms.organisation', async (ids: readonly string[]) => byKeys(ids, await em.find(Organisation, { id: { $in: [...ids] } }), (row) => row.id));

@Resolver(() => FilledFormModel)
export class FormFillingResolver {
  constructor(
    private readonly queries: FilledFormQueries,
    private readonly commands: FilledFormCommands,
    private readonly formLists: CampaignFormsService,
    private readonly definitions: FormDefinitionsService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [FilledFormModel], { description: '创建工作要求某单位填写的表单（默认本单位），按设置的顺序；未保存的为空表' })
  async campaignForms(
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @Context() context: object,
  ): Promise<FilledFormModel[]> {
    return (await this.queries.campaignForms(requireActor(context), campaignId, organisationId)).map(toFilledFormModel);
  }

  @Query(() => FilledFormModel, { nullable: true, description: '一份已保存的表单' })
  async filledForm(@Args('id', { type: () => ID }) id: string, @Context() context: object): Promise<FilledFormModel> {
    return toFilledFormModel(await this.queries.filledForm(requireActor(context), id));
  }

  @Query(() => [FormDefinitionRecordModel], { description: '某单位（默认本单位）可以使用的表单定义：本单位的、上级共享的和平台的' })
  async formDefinitions(@Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null, @Context() context: object): Promise<FormDefinitionRecordModel[]> {
    return (await this.definitions.list(requireActor(context), organisationId)).map(toFormDefinitionModel);
  }

  @Mutation(() => FilledFormModel, { description: '保存表单草稿：只能改动当前用户现在可以填写的栏目；版本号过期时为 CONFLICT，内容有误时为 VALIDATION（details.problems 列出每处问题）' })
  async saveFormDraft(@Args('input') input: SaveFormDraftInput, @Context() context: object): Promise<FilledFormModel> {
    return toFilledFormModel(await this.commands.saveDraft(requireActor(context), input));
  }

  @Mutation(() => FilledFormModel, { description: '提交表单：必填栏目未填时为 VALIDATION（details.problems 列出缺少的栏目）' })
  async submitForm(@Args('input') input: SubmitFormInput, @Context() context: object): Promise<FilledFormModel> {
    return toFilledFormModel(await this.commands.submit(requireActor(context), input.formId, input.expectedVersion));
  }

  @Mutation(() => FilledFormModel, { description: '退回已提交的表单，由填报单位修改后重新提交：现在可以签署其意见栏的审核方（如已申报环节的省级科协），且尚无审核方签署时' })
  async reopenForm(@Args('input') input: ReopenFormInput, @Context() context: object): Promise<FilledFormModel> {
    return toFilledFormModel(await this.commands.reopen(requireActor(context), input.formId, input.expectedVersion));
  }

  @Mutation(() => FilledFormModel, { description: '签署意见栏：只有该栏的角色在规定环节可以签署' })
  async signOffForm(@Args('input') input: SignOffFormInput, @Context() context: object): Promise<FilledFormModel> {
    return toFilledFormModel(await this.commands.signOff(requireActor(context), input));
  }

  @Mutation(() => [FormDefinitionRecordModel], { description: '设置创建工作要求填写的表单（按给出的顺序）；主办单位的办公室管理员' })
  async setCampaignForms(@Args('input') input: SetCampaignFormsInput, @Context() context: object): Promise<FormDefinitionRecordModel[]> {
    return (await this.formLists.set(requireActor(context), input.campaignId, input.definitionIds, input.selections ?? [])).map(toFormDefinitionModel);
  }

  @Mutation(() => FormDefinitionRecordModel, { description: '上传表单定义（YAML）：成为本单位的表单（平台系统管理员上传的为平台的）；有误时列出每处错误及位置' })
  async uploadFormDefinition(@Args('input') input: UploadFormDefinitionInput, @Context() context: object): Promise<FormDefinitionRecordModel> {
    return toFormDefinitionModel(await this.definitions.upload(requireActor(context), input.source, input.fileName, input.shareWithDescendants ?? false));
  }

  @ResolveField(() => CampaignModel, { description: '创建工作' })
  async campaign(@Parent() form: FilledFormModel, @Context() context: object): Promise<CampaignModel> {
    const loader = requestLoader(context, 'forms.campaign', async (ids: readonly string[]) => byKeys(ids, await this.em.find(Campaign, { id: { $in: [...ids] } }), (row) => row.id));
    return toCampaignModel(await loader.load(form.campaignId));
  }

  @ResolveField(() => OrganisationModel, { description: '填报单位' })
  async organisation(@Parent() form: FilledFormModel, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await organisationLoader(context, this.em).load(form.organisationId));
  }

  @ResolveField(() => FormDefinitionRecordModel, { description: '表单定义' })
  async definition(@Parent() form: FilledFormModel, @Context() context: object): Promise<FormDefinitionRecordModel> {
    return toFormDefinitionModel(await formDefinitionLoader(context, this.definitions).load(form.definitionId));
  }

  @ResolveField(() => [FormEditModel], { description: '修改记录，最新的在前' })
  async history(@Parent() form: FilledFormModel, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null, @Context() context: object): Promise<FormEditModel[]> {
    if (!form.id) return [];
    const n = first ?? 20;
    // One batch for all the forms of a request asking for the same number of edits.
    const loader = requestLoader(context, `forms.history.${n}`, async (ids: readonly string[]) => groupByKeys(ids, await this.queries.histories(ids, n), (edit) => edit.form.id));
    return (await loader.load(form.id)).map(toFormEditModel);
  }
}

@Resolver(() => FormDefinitionRecordModel)
export class FormDefinitionFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: '所属单位；为空表示平台的（随系统提供）' })
  async ownerOrganisation(@Parent() record: FormDefinitionRecordModel, @Context() context: object): Promise<OrganisationModel | null> {
    if (!record.ownerOrganisationId) return null;
    return toOrganisationModel(await organisationLoader(context, this.em).load(record.ownerOrganisationId));
  }
}
