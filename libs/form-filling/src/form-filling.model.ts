import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@accredit/api-kit';
import type { FilledFormStatus } from './entities/filled-form.entity';
import type { FormEditAction } from './entities/filled-form-edit.entity';
import type { FlatDefinition, ValueProblemCode } from '@accredit/forms';
import { FormProblemCodeEnum } from './form-problem-code.enum';
import { FormDefinitionHeading, FormDefinitionModel } from './form-definition.model';
import { FormFieldValueInput, FormFieldValueModel, FormFileRefInput } from './form-field-value.model';

// The forms API the admin UI uses (forms/README.md for the definitions, libs/forms/README.md for
// how they travel). Values travel as a typed list (FormFieldValue), the definition as a typed
// graph (FormDefinition, form-definition.model.ts).

export const FilledFormStatusEnum: { DRAFT: FilledFormStatus; SUBMITTED: FilledFormStatus } = { DRAFT: 'draft', SUBMITTED: 'submitted' };
registerEnumType(FilledFormStatusEnum, {
  name: 'FilledFormStatus',
  description: '表单状态',
  valuesMap: { DRAFT: { description: '草稿：填报单位还在填写' }, SUBMITTED: { description: '已提交：填报单位的部分已定，待各方签署意见' } },
});

export const FormEditActionEnum: { SAVE: FormEditAction; SUBMIT: FormEditAction; SIGN_OFF: FormEditAction; REOPEN: FormEditAction } = {
  SAVE: 'save',
  SUBMIT: 'submit',
  SIGN_OFF: 'sign_off',
  REOPEN: 'reopen',
};
registerEnumType(FormEditActionEnum, {
  name: 'FormEditAction',
  description: '对表单的一次修改是什么',
  valuesMap: { SAVE: { description: '保存' }, SUBMIT: { description: '提交' }, SIGN_OFF: { description: '签署意见栏' }, REOPEN: { description: '退回重填' } },
});

@ObjectType('FormDefinitionRecord', { description: '已登记的表单定义（某一版本）' })
export class FormDefinitionRecordModel extends FormDefinitionHeading {
  @Field(() => ID)
  id!: string;

  @Field(() => FormDefinitionModel, { description: '编译后的表单定义' })
  definition!: FlatDefinition;

  /** For the ownerOrganisation field. */
  ownerOrganisationId!: string | null;

  @Field({ description: '是否允许下级单位使用（仅单位自己的定义有意义）' })
  shareWithDescendants!: boolean;

  @Field({ description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('FormProblem', { description: '表单内容的一个问题' })
export class FormProblemModel {
  @Field({ description: '位置：栏目标识，如 unit、facilities[1].name、province_opinion.signer' })
  path!: string;

  @Field(() => FormProblemCodeEnum, { description: '问题类别' })
  code!: ValueProblemCode;

  @Field({ description: '中文说明，指出怎样改' })
  message!: string;
}

@ObjectType('FormEdit', { description: '表单的一次修改' })
export class FormEditModel {
  @Field({ description: '时间' })
  at!: Date;

  @Field({ description: '修改人姓名' })
  byName!: string;

  @Field(() => FormEditActionEnum, { description: '修改类别' })
  action!: FormEditAction;

  @Field(() => [String], { description: '改动的栏目标识' })
  fields!: string[];
}

@ObjectType('FilledForm', { description: '一个单位在一项创建工作中填写的一份表单' })
export class FilledFormModel {
  @Field(() => ID, { nullable: true, description: '首次保存前为空' })
  id!: string | null;

  campaignId!: string;
  organisationId!: string;
  definitionId!: string;

  @Field(() => [FormFieldValueModel], { description: '填写的内容：已填的栏目，按表中的顺序；未保存时为空' })
  values!: FormFieldValueModel[];

  @Field(() => FilledFormStatusEnum, { description: '状态' })
  status!: FilledFormStatus;

  @Field(() => Int, { description: '版本号：保存时作为 expectedVersion 传回；首次保存前为 0' })
  version!: number;

  @Field(() => String, { nullable: true, description: '判断签署栏所依据的环节：填报单位在参与单位流程中的状态（流程定义中的状态，故为文字）；不在流程中时为空' })
  stage!: string | null;

  @Field(() => String, { nullable: true, description: '环节名称' })
  stageLabel!: string | null;

  @Field(() => String, { nullable: true, description: '当前用户在表中的角色，如 applicant、province（表单定义中声明，故为文字）；为空时只读' })
  viewerRole!: string | null;

  @Field(() => [String], { description: '当前用户现在可以填写的栏目（含签署栏）' })
  editableFields!: string[];

  @Field({ description: '当前用户现在能否提交（是否填完另见 problems）' })
  canSubmit!: boolean;

  @Field(() => [FormProblemModel], { description: '按提交要求检查已保存内容发现的问题' })
  problems!: FormProblemModel[];

  @Field(() => Date, { nullable: true, description: '最后修改时间' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '最后修改人' })
  updatedByName!: string | null;

  @Field(() => Date, { nullable: true, description: '提交时间' })
  submittedAt!: Date | null;
}

@InputType({ description: '保存表单草稿' })
export class SaveFormDraftInput {
  @Field(() => ID, { description: '创建工作' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: '填报单位；默认为当前用户的单位' })
  organisationId?: string | null;

  @Field(() => ID, { description: '表单定义' })
  definitionId!: string;

  @Field(() => [FormFieldValueInput], { description: '整份表单的内容（不填的栏目不列出）；只有当前用户可填写的栏目可以与已保存的不同' })
  values!: FormFieldValueInput[];

  @Field(() => Int, { description: '读取时的版本号；首次保存为 0' })
  expectedVersion!: number;
}

/** A saved form at the version its reader saw: what a command on the whole form names. */
@InputType({ isAbstract: true })
abstract class FormAtVersionInput {
  @Field(() => ID, { description: '表单' })
  formId!: string;

  @Field(() => Int, { description: '读取时的版本号；有人在此后保存过时为 CONFLICT' })
  expectedVersion!: number;
}

@InputType({ description: '提交表单' })
export class SubmitFormInput extends FormAtVersionInput {}

@InputType({ description: '退回已提交的表单' })
export class ReopenFormInput extends FormAtVersionInput {}

@InputType({ description: '签署表单中的一个意见栏' })
export class SignOffFormInput {
  @Field(() => ID, { description: '表单' })
  formId!: string;

  @Field({ description: '签署栏的栏目标识，如 province_opinion' })
  field!: string;

  @Field(() => String, { nullable: true, description: '意见' })
  opinion?: string | null;

  @Field(() => String, { nullable: true, description: '签字人' })
  signer?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '日期；不给时为今天' })
  date?: string | null;

  @Field(() => FormFileRefInput, { nullable: true, description: '签章图片' })
  seal?: FormFileRefInput | null;

  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}

@InputType({ description: '上传表单定义（YAML）' })
export class UploadFormDefinitionInput {
  @Field({ description: 'YAML 内容，格式见 forms/README.md' })
  source!: string;

  @Field({ description: '文件名，用于报错时指明位置' })
  fileName!: string;

  @Field({ nullable: true, description: '是否允许下级单位使用，默认否' })
  shareWithDescendants?: boolean;
}
