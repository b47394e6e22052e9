import { registerEnumType } from '@nestjs/graphql';
import { ATTACHMENT_KIND_LABELS, type AttachmentKind, type DateField, type FieldType, type Presence, type TextFormat } from '@accredit/forms';

// The closed sets of a form definition (@accredit/forms types.ts) as GraphQL enums. The names are
// the library's own values (text, yesNo, signOff …), so an answer is the library's FlatDefinition
// as it is and the admin rebuilds the definition with fromFlatDefinition, mapping nothing. Each
// set is written as a description per value, typed over the library's union: a value added
// there fails the type check here until it is described.

type Described<K extends string> = { readonly [V in K]: string };

function registerDescribed<K extends string>(name: string, description: string, values: Described<K>): { [V in K]: V } {
  const members = Object.fromEntries(Object.keys(values).map((value) => [value, value])) as {
    [V in K]: V;
  };
  registerEnumType(members, {
    name,
    description,
    valuesMap: Object.fromEntries(Object.entries<string>(values).map(([value, text]) => [value, { description: text }])) as { [V in K]: { description: string } },
  });
  return members;
}

export const FormFieldTypeEnum = registerDescribed<FieldType>('FormFieldType', '栏目类型', {
  text: '文字',
  number: '数字',
  date: '日期',
  yesNo: '是否',
  choice: '选择',
  attachment: '附件',
  table: '表格（各列为栏目）',
  signOff: '签署栏：某一角色在流程某些环节填写的意见、签字、日期和签章',
});

export const FormTextFormatEnum = registerDescribed<TextFormat>('FormTextFormat', '单行文字须符合的格式', {
  postcode: '邮政编码',
  phone: '电话号码',
  email: '电子邮箱',
});

export const FormDatePrecisionEnum = registerDescribed<DateField['precision']>('FormDatePrecision', '日期填到哪一级', {
  day: '到日：YYYY-MM-DD',
  month: '到月（如出生年月）：YYYY-MM',
});

export const FormAttachmentKindEnum = registerDescribed<AttachmentKind>('FormAttachmentKind', '附件栏接受的文件种类（实际类型由文件内容判断）', ATTACHMENT_KIND_LABELS);

export const FormPresenceEnum = registerDescribed<Presence>('FormPresence', '签署栏中某一部分（签字人、签章）是否要求', {
  required: '必须',
  optional: '可选',
  none: '没有这一部分',
});
