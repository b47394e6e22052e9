import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { FilledFormStatus } from '../entities/filled-form.entity';
import { FilledFormStatusEnum } from '../form-filling.model';
import { FormFieldValueModel } from '../form-field-value.model';

@ObjectType('FormFigure', { description: '表单中与指标体系关联的一项数据（如注册科技志愿者人数），显示在它作为佐证的任务旁' })
export class FormFigureModel {
  @Field(() => ID, { description: '表单' })
  formId!: string;

  @Field({ description: '表单名称' })
  formName!: string;

  @Field(() => ID, { description: '表单所在的创建工作' })
  campaignId!: string;

  @Field({ description: '表单所在的创建工作名称' })
  campaignName!: string;

  @Field({ description: '栏目标识；表格中的列为“表格.列”' })
  field!: string;

  @Field({ description: '栏目名称' })
  label!: string;

  @Field(() => String, { nullable: true, description: '关联的考察内容编号，ties.requirement（指标体系中的编号，故为文字）' })
  requirementCode!: string | null;

  @Field(() => String, { nullable: true, description: '关联的评分规则编号，ties.rule（指标体系中的编号，故为文字）' })
  ruleCode!: string | null;

  @Field(() => FormFieldValueModel, { description: '填写的值；表格中的列为表格各行，每行只有这一列的单元格' })
  value!: FormFieldValueModel;

  @Field({ description: '值的文字（含单位，如“1500 人”）' })
  text!: string;

  @Field(() => FilledFormStatusEnum, { description: '表单状态' })
  status!: FilledFormStatus;

  @Field(() => String, { nullable: true, description: '最后修改人' })
  updatedByName!: string | null;

  @Field({ description: '最后修改时间' })
  updatedAt!: Date;
}
