import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@accredit/api-kit';

// A form's values as a typed list (see @accredit/forms field-values.ts): one entry per filled
// field, with its key and the one member of the field's type. Read as FormFieldValue, written as
// FormFieldValueInput; exactly one member is set, the API refuses none or two with VALIDATION.

@ObjectType('FormFileRef', { description: '表单中上传的文件' })
export class FormFileRefModel {
  @Field(() => ID, { description: '文件（上传接口返回的 fileId）' })
  fileId!: string;

  @Field({ description: '文件名' })
  name!: string;

  @Field({ description: '按内容识别的媒体类型（MIME），如 image/png：互联网媒体类型的标准写法，下载和预览原样使用，故为文字' })
  mediaType!: string;
}

@InputType({ description: '表单中上传的文件：上传接口返回的 fileId、name、mediaType' })
export class FormFileRefInput {
  @Field(() => ID, { description: '文件（上传接口返回的 fileId）' })
  fileId!: string;

  @Field({ description: '文件名' })
  name!: string;

  @Field({ description: '按内容识别的媒体类型（MIME），如 image/png：互联网媒体类型的标准写法，下载和预览原样使用，故为文字' })
  mediaType!: string;
}

@ObjectType('FormSignOffValue', { description: '签署栏的内容：意见、签字人、日期、签章图片' })
export class FormSignOffValueModel {
  @Field(() => String, { nullable: true, description: '意见' })
  opinion?: string | null;

  @Field(() => String, { nullable: true, description: '签字人' })
  signer?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '日期' })
  date?: string | null;

  @Field(() => FormFileRefModel, { nullable: true, description: '签章图片' })
  seal?: FormFileRefModel | null;
}

@InputType('FormSignOffValueInput', { description: '签署栏的内容：意见、签字人、日期、签章图片' })
export class FormSignOffValueInput {
  @Field(() => String, { nullable: true, description: '意见' })
  opinion?: string | null;

  @Field(() => String, { nullable: true, description: '签字人' })
  signer?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '日期' })
  date?: string | null;

  @Field(() => FormFileRefInput, { nullable: true, description: '签章图片' })
  seal?: FormFileRefInput | null;
}

const KEY = '栏目标识（表单定义中声明，故为文字）；表格行中为列的标识';
const ONE = '，与栏目类型对应的一项有值';

/** The members every field value has, answer and input alike (the nested ones differ by kind). */
@ObjectType({ isAbstract: true })
@InputType({ isAbstract: true })
abstract class FormFieldValueBase {
  @Field({ description: KEY })
  key!: string;

  @Field(() => String, { nullable: true, description: '文字栏' })
  text?: string | null;

  @Field(() => Float, { nullable: true, description: '数字栏' })
  number?: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否栏' })
  flag?: boolean | null;

  @Field(() => [String], { nullable: true, description: '选择栏：选中的选项标识（单选时一项）' })
  choices?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '日期栏（到日）' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: '日期栏（到月，如出生年月）：YYYY-MM' })
  month?: string | null;
}

@ObjectType('FormFieldValue', {
  description: `表单中一个栏目填写的值：栏目标识${ONE}；未填的栏目不列出`,
})
export class FormFieldValueModel extends FormFieldValueBase {
  @Field(() => [FormFileRefModel], { nullable: true, description: '附件栏：上传的文件' })
  files?: FormFileRefModel[] | null;

  @Field(() => [[FormFieldValueModel]], {
    nullable: true,
    description: '表格栏：每行为该行已填的单元格',
  })
  rows?: FormFieldValueModel[][] | null;

  @Field(() => FormSignOffValueModel, { nullable: true, description: '签署栏' })
  signOff?: FormSignOffValueModel | null;
}

@InputType('FormFieldValueInput', {
  description: `表单中一个栏目的值：栏目标识${ONE}（恰好一项）；不填的栏目不要列出`,
})
export class FormFieldValueInput extends FormFieldValueBase {
  @Field(() => [FormFileRefInput], { nullable: true, description: '附件栏：上传的文件' })
  files?: FormFileRefInput[] | null;

  @Field(() => [[FormFieldValueInput]], {
    nullable: true,
    description: '表格栏：每行为该行要填的单元格',
  })
  rows?: FormFieldValueInput[][] | null;

  @Field(() => FormSignOffValueInput, { nullable: true, description: '签署栏' })
  signOff?: FormSignOffValueInput | null;
}
