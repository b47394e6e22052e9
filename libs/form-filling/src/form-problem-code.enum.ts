import { registerEnumType } from '@nestjs/graphql';
import { VALUE_PROBLEM_CODES, type ValueProblemCode } from '@accredit/forms';

/** What @accredit/forms reports about a form's values: a closed set of that library, so an enum (names are the values). */
export const FormProblemCodeEnum = Object.fromEntries(VALUE_PROBLEM_CODES.map((code) => [code, code])) as { [K in ValueProblemCode]: K };

const descriptions: { [K in ValueProblemCode]: string } = {
  REQUIRED: '必填未填',
  WRONG_TYPE: '值的类型不对（或文件不是为这份表单上传的）',
  TOO_LONG: '字数超过上限',
  SECTION_TOO_LONG: '一节的合计字数超过上限',
  BAD_FORMAT: '格式不对',
  NOT_INTEGER: '应为整数',
  BELOW_MIN: '小于最小值',
  ABOVE_MAX: '大于最大值',
  INVALID_DATE: '日期无效',
  UNKNOWN_OPTION: '不是可选的选项',
  TOO_FEW_ROWS: '表格行数太少',
  TOO_MANY_ROWS: '表格行数太多',
  TOO_MANY_FILES: '文件太多',
  FILE_KIND_NOT_ACCEPTED: '文件类型不被接受',
  UNKNOWN_FIELD: '表单中没有这一栏',
  NOT_EDITABLE: '当前用户现在不能修改这一栏',
};

registerEnumType(FormProblemCodeEnum, {
  name: 'FormProblemCode',
  description: '表单内容问题的类别',
  valuesMap: Object.fromEntries(Object.entries(descriptions).map(([code, description]) => [code, { description }])),
});
