import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { type FormFigure, FormFiguresService } from './form-figures.service';
import { FormFigureModel } from './form-figure.model';
import type { FormFieldValueModel } from '../form-field-value.model';

const toFigureModel = (figure: FormFigure): FormFigureModel => ({
  formId: figure.form.id,
  formName: figure.formName,
  campaignId: figure.campaign.id,
  campaignName: figure.campaign.name,
  field: figure.path,
  label: figure.label,
  requirementCode: 'requirement' in figure.tie ? figure.tie.requirement : null,
  ruleCode: 'rule' in figure.tie ? figure.tie.rule : null,
  value: figure.value as FormFieldValueModel,
  text: figure.text,
  status: figure.form.status,
  updatedByName: figure.form.updatedByName ?? null,
  updatedAt: figure.form.updatedAt,
});

@Resolver(() => FormFigureModel)
export class FormFiguresResolver {
  constructor(private readonly figures: FormFiguresService) {}

  @Query(() => [FormFigureModel], { description: '任务的佐证数据中来自表单的部分：本单位各表单中与该任务的评分规则或考察内容关联的栏目（值、表单、修改人、时间），最近修改的在前' })
  async formFiguresFor(@Args('taskId', { type: () => ID }) taskId: string, @Context() context: object): Promise<FormFigureModel[]> {
    return (await this.figures.forTask(requireActor(context), taskId)).map(toFigureModel);
  }
}
