import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { AttachmentKind, DateField, FieldType, FlatDefinition, FlatField, FlatFieldTie, FlatSection, Presence, TextFormat } from '@accredit/forms';
import { FormAttachmentKindEnum, FormDatePrecisionEnum, FormFieldTypeEnum, FormPresenceEnum, FormTextFormatEnum } from './form-definition-enums';

// A compiled form definition as a typed graph: @accredit/forms' FlatDefinition field for field
// (flat-definition.ts). Every field is one FormField with its `type`; the properties of the other
// types are null. The classes with a Flat* counterpart `implement` it: a property the library
// adds fails the type check here until the schema has it.

/** Says which field type a per-type property belongs to: null for every other type. */
const only = (types: string, what: string): string => `${what}（仅${types}；其他类型为空）`;

@ObjectType('FormRole', { description: '表单中声明的一个角色（如申报单位、省级科协）' })
export class FormRoleModel {
  @Field({ description: '角色标识，如 applicant、province（表单定义中声明，故为文字）' })
  key!: string;

  @Field({ description: '角色名称' })
  label!: string;
}

@ObjectType('FormFilledBy', { description: '谁在什么环节填写普通栏目' })
export class FormFilledByModel {
  @Field({ description: '填写普通栏目的角色（表单定义 roles 中声明，故为文字）' })
  role!: string;

  @Field(() => [String], {
    description: '可以填写的环节（流程定义中的状态，故为文字）；为空表示任何环节',
  })
  stages!: string[];
}

@ObjectType('FormFieldTie', {
  description: '栏目对应的指标体系内容：某项佐证材料要求或某条评分规则（二者之一）',
})
export class FormFieldTieModel implements FlatFieldTie {
  @Field(() => String, {
    nullable: true,
    description: '佐证材料要求的标识（指标体系中声明，故为文字）',
  })
  requirement!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '评分规则的标识（指标体系中声明，故为文字）',
  })
  rule!: string | null;
}

@ObjectType('FormChoiceOption', { description: '选择栏的一个选项' })
export class FormChoiceOptionModel {
  @Field({ description: '选项标识，保存在填写的值中（表单定义中声明，故为文字）' })
  key!: string;

  @Field({ description: '选项文字' })
  label!: string;
}

@ObjectType('FormSignOffOpinion', { description: '签署栏中的意见部分' })
export class FormSignOffOpinionModel {
  @Field({ description: '意见的标题，如「省级科协意见」' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: '栏内印的提示，如（评价申报单位的示范性及综合科普能力…）',
  })
  hint!: string | null;

  @Field(() => Int, { nullable: true, description: '意见最多字数（按 Word 的字数计）' })
  maxChars!: number | null;
}

@ObjectType('FormField', {
  description: '表单中的一个栏目（表格的一列亦然）：类型与各类型的属性，不属于其类型的属性为空',
})
export class FormFieldModel implements FlatField {
  @Field({ description: '栏目标识，保存值时用（表单定义中声明，故为文字）；表格中为列的标识' })
  key!: string;

  @Field(() => FormFieldTypeEnum, { description: '栏目类型' })
  type!: FieldType;

  @Field({ description: '栏目名称，照印发的表' })
  label!: string;

  @Field(() => String, { nullable: true, description: '填写说明' })
  help!: string | null;

  @Field({ description: '是否必填（提交时检查）' })
  required!: boolean;

  @Field(() => FormFieldTieModel, {
    nullable: true,
    description: '对应的指标体系内容；不对应时为空',
  })
  ties!: FormFieldTieModel | null;

  @Field(() => Int, {
    nullable: true,
    description: only('文字栏', '最多字数（按 Word 的字数计）；不限时为空'),
  })
  maxChars!: number | null;

  @Field(() => Boolean, { nullable: true, description: only('文字栏', '是否多行') })
  multiline!: boolean | null;

  @Field(() => FormTextFormatEnum, {
    nullable: true,
    description: only('文字栏', '须符合的格式；不限时为空'),
  })
  format!: TextFormat | null;

  @Field(() => String, { nullable: true, description: only('数字栏', '单位，如「人」「万元」') })
  unit!: string | null;

  @Field(() => Float, { nullable: true, description: only('数字栏', '最小值；不限时为空') })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: only('数字栏', '最大值；不限时为空') })
  max!: number | null;

  @Field(() => Boolean, { nullable: true, description: only('数字栏', '是否须为整数') })
  integer!: boolean | null;

  @Field(() => FormDatePrecisionEnum, {
    nullable: true,
    description: only('日期栏', '填到日还是到月'),
  })
  precision!: DateField['precision'] | null;

  @Field(() => [FormChoiceOptionModel], {
    nullable: true,
    description: only('选择栏', '选项，按表中的顺序'),
  })
  options!: FormChoiceOptionModel[] | null;

  @Field(() => Boolean, { nullable: true, description: only('选择栏', '是否可多选') })
  multiple!: boolean | null;

  @Field(() => [FormAttachmentKindEnum], {
    nullable: true,
    description: only('附件栏', '接受的文件种类；为空列表时接受存储允许的任何种类'),
  })
  accept!: AttachmentKind[] | null;

  @Field(() => Int, { nullable: true, description: only('附件栏', '最多文件数；不限时为空') })
  maxCount!: number | null;

  @Field(() => [FormFieldModel], {
    nullable: true,
    description: only('表格栏', '各列（列本身不是表格或签署栏，故列的 columns 为空）'),
  })
  columns!: FormFieldModel[] | null;

  @Field(() => Int, { nullable: true, description: only('表格栏', '最少行数；不限时为空') })
  minRows!: number | null;

  @Field(() => Int, { nullable: true, description: only('表格栏', '最多行数；不限时为空') })
  maxRows!: number | null;

  @Field(() => String, {
    nullable: true,
    description: only('签署栏', '签署的角色（表单定义 roles 中声明，故为文字）'),
  })
  role!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: only('签署栏', '可以签署的环节（流程定义中的状态，故为文字）'),
  })
  stages!: string[] | null;

  @Field(() => FormSignOffOpinionModel, {
    nullable: true,
    description: only('签署栏', '意见部分；只签字盖章的栏为空'),
  })
  opinion!: FormSignOffOpinionModel | null;

  @Field(() => FormPresenceEnum, { nullable: true, description: only('签署栏', '是否要求签字人') })
  signer!: Presence | null;

  @Field(() => FormPresenceEnum, {
    nullable: true,
    description: only('签署栏', '是否要求签章图片'),
  })
  seal!: Presence | null;

  @Field(() => String, {
    nullable: true,
    description: only('签署栏', '栏内印的签署字样，如「签字（盖章）」'),
  })
  signatureLabel!: string | null;
}

@ObjectType('FormSection', { description: '表单中的一节' })
export class FormSectionModel implements FlatSection {
  @Field({ description: '节的标识（表单定义中声明，故为文字）' })
  key!: string;

  @Field({ description: '节的标题' })
  label!: string;

  @Field(() => String, { nullable: true, description: '填写说明' })
  help!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '本节文字栏合计最多字数（如「全文不超过3000字」）；不限时为空',
  })
  maxChars!: number | null;

  @Field(() => [FormFieldModel], { description: '栏目，按表中的顺序' })
  fields!: FormFieldModel[];
}

/** What names a definition, on the stored record and on the definition it holds alike. */
@ObjectType({ isAbstract: true })
export abstract class FormDefinitionHeading {
  @Field({ description: '表单标识，与版本一起唯一（表单定义 forms/*.yaml 中声明，故为文字）' })
  key!: string;

  @Field(() => Int, { description: '版本' })
  version!: number;

  @Field({ description: '表单名称，照印发的标题' })
  name!: string;

  @Field(() => String, { nullable: true, description: '填写说明' })
  description!: string | null;
}

@ObjectType('FormDefinition', {
  description: '编译后的表单定义：各节、各栏目及谁在何时填写（@accredit/forms 的 FlatDefinition，fromFlatDefinition 可还原）',
})
export class FormDefinitionModel extends FormDefinitionHeading implements FlatDefinition {
  @Field(() => String, {
    nullable: true,
    description: '签署栏的环节所属的流程标识（流程定义 workflows/*.yaml 中声明，故为文字）；无签署栏时可为空',
  })
  workflow!: string | null;

  @Field(() => [FormRoleModel], { description: '表中的角色' })
  roles!: FormRoleModel[];

  @Field(() => FormFilledByModel, {
    nullable: true,
    description: '谁在什么环节填写普通栏目；为空表示能打开表单的人都可填写',
  })
  filledBy!: FormFilledByModel | null;

  @Field(() => [FormSectionModel], { description: '各节，按表中的顺序' })
  sections!: FormSectionModel[];

  @Field({ description: '表单定义的文件名，报错时指明位置' })
  file!: string;
}
