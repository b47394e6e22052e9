import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationModel } from '@accredit/organisations';
import type { SelectionLevel } from '../entities/campaign-form.entity';
import { FilledFormStatusEnum } from '../form-filling.model';
import type { FilledFormStatus } from '../entities/filled-form.entity';

export const SelectionLevelEnum: { PROVINCE: SelectionLevel; CITY: SelectionLevel } = { PROVINCE: 'province', CITY: 'city' };
registerEnumType(SelectionLevelEnum, {
  name: 'SelectionLevel',
  description: '遴选上限按哪一级单位计算（由填报单位在该级的上级单位遴选）',
  valuesMap: { PROVINCE: { description: '每个省级单位' }, CITY: { description: '每个市级单位' } },
});

@InputType({ description: '创建工作中一种表单的遴选上限：每个某级单位最多遴选几份报送' })
export class CampaignFormSelectionInput {
  @Field(() => ID, { description: '表单定义（须在 definitionIds 中）' })
  definitionId!: string;

  @Field(() => SelectionLevelEnum, { description: '按哪一级单位计算' })
  per!: SelectionLevel;

  @Field(() => Int, { description: '每个单位最多遴选几份（1–100）' })
  max!: number;
}

@InputType({ description: '设置创建工作要求填写的表单及其遴选上限' })
export class SetCampaignFormsInput {
  @Field(() => ID, { description: '主办单位的创建工作' })
  campaignId!: string;

  @Field(() => [ID], { description: '要求填写的表单定义，按填写顺序；空表示不要求填写表单' })
  definitionIds!: string[];

  @Field(() => [CampaignFormSelectionInput], { nullable: true, description: '遴选上限（如每省最多 5 份典型案例）；不给时没有表单需要遴选' })
  selections?: CampaignFormSelectionInput[] | null;
}

@InputType({ description: '遴选一份已提交的表单' })
export class SelectFormInput {
  @Field(() => ID, { description: '表单（须已提交，且由本单位遴选）' })
  formId!: string;
}

@InputType({ description: '取消遴选一份表单' })
export class UnselectFormInput {
  @Field(() => ID, { description: '表单' })
  formId!: string;
}

@ObjectType('FormSelectionEntry', { description: '一份已提交、可遴选的表单' })
export class FormSelectionEntryModel {
  @Field(() => ID, { description: '表单；读 form' })
  formId!: string;

  @Field(() => OrganisationModel, { description: '填报单位' })
  organisation!: OrganisationModel;

  @Field(() => FilledFormStatusEnum, { description: '表单状态（遴选后被退回的为草稿）' })
  status!: FilledFormStatus;

  @Field(() => Date, { nullable: true, description: '提交时间' })
  submittedAt!: Date | null;

  @Field({ description: '是否已遴选' })
  selected!: boolean;

  @Field(() => Date, { nullable: true, description: '遴选时间' })
  selectedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '遴选人' })
  selectedByName!: string | null;
}

@ObjectType('FormSelectionGroup', { description: '一个遴选单位（如一个省）的遴选情况' })
export class FormSelectionGroupModel {
  @Field(() => OrganisationModel, { description: '遴选单位' })
  group!: OrganisationModel;

  @Field(() => Int, { description: '已遴选的份数' })
  selectedCount!: number;

  @Field(() => [FormSelectionEntryModel], { description: '可遴选的表单（onlySelected 时只列已遴选的），按行政区划代码排列' })
  entries!: FormSelectionEntryModel[];
}

@ObjectType('FormSelectionBoard', { description: '创建工作中一种需要遴选的表单' })
export class FormSelectionBoardModel {
  @Field(() => ID, { description: '创建工作；读 campaign' })
  campaignId!: string;

  @Field(() => ID, { description: '表单定义；读 definition' })
  definitionId!: string;

  @Field({ description: '表单标识（表单定义中声明，故为文字）' })
  definitionKey!: string;

  @Field({ description: '表单名称' })
  definitionName!: string;

  @Field(() => SelectionLevelEnum, { description: '按哪一级单位计算上限' })
  per!: SelectionLevel;

  @Field(() => Int, { description: '每个单位最多遴选几份' })
  max!: number;

  @Field({ description: '当前用户能否遴选（遴选单位的办公室管理员）' })
  canSelect!: boolean;

  @Field(() => [FormSelectionGroupModel], { description: '当前用户可见的遴选单位：主办单位看全部，遴选单位看自己' })
  groups!: FormSelectionGroupModel[];
}
