import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId, departmentScope, hasCampaignGrant, isCampaignRoleOnly } from '@accredit/api-kit';
import { Campaign, readableCampaigns } from '@accredit/campaigns';
import { EvidenceRequirement } from '@accredit/indicator-systems';
import { Task } from '@accredit/tasks';
import { FilledForm } from '../entities/filled-form.entity';
import { FormDefinitionsService } from '../form-definitions.service';
import { type EvidenceTarget, type TiedFigure, mayTie, tiedFigures } from './tied-figures';
import { FormFillingRefusal, formFillingError, formFillingNotFound } from '../form-filling.exception';

/** A tied figure with the form it was entered in. */
export interface FormFigure extends TiedFigure {
  form: FilledForm;
  formName: string;
  campaign: Campaign;
}

/** How many of an organisation's filled forms are looked through (a county fills a handful a year). */
const MAX_FORMS = 200;

/**
 * The figures an organisation entered in its forms that are evidence for one task (issue 12:
 * "a figure entered once shows up where it is evidence"): fields tied to the task's scoring rule
 * or to a requirement (考察内容) of its indicator, from the forms of the organisation the task's
 * campaign belongs to — in any campaign (a county's 申报表 is filled in the national batch, its
 * tasks are in its own work campaign). Read by whoever may read the task.
 */
@Injectable()
export class FormFiguresService {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: FormDefinitionsService,
  ) {}

  async forTask(actor: Actor, taskId: string): Promise<FormFigure[]> {
    const task = await this.readableTask(actor, taskId);
    const rule = task.scoringRule.getEntity();
    const requirements = await this.em.find(EvidenceRequirement, { indicator: rule.indicator.id }, { fields: ['code'] });
    const target: EvidenceTarget = { ruleCode: rule.code, requirementCodes: requirements.map((requirement) => requirement.code) };
    const organisationId = task.campaign.getEntity().organisation.id;
    const forms = await this.em.find(FilledForm, { organisation: organisationId }, { populate: ['definition', 'campaign'], orderBy: { updatedAt: 'desc' }, limit: MAX_FORMS });
    const figures: FormFigure[] = [];
    for (const form of forms) {
      const definition = this.definitions.compiled(form.definition.getEntity());
      if (!mayTie(definition, target)) continue;
      for (const figure of tiedFigures(definition, form.values, target)) figures.push({ ...figure, form, formName: definition.name, campaign: form.campaign.getEntity() });
    }
    return figures;
  }

  /** The task if the actor may read it: the task table's rule (campaigns readable, a liaison's own department). */
  private async readableTask(actor: Actor, taskId: string): Promise<Task> {
    const id = assertId(taskId, 'taskId');
    const task = await this.em.findOne(Task, { id }, { populate: ['campaign', 'scoringRule'] });
    if (!task) throw formFillingNotFound(FormFillingRefusal.TaskNotFound, '任务', taskId);
    const campaignId = task.campaign.id;
    const roleOnly = isCampaignRoleOnly(actor);
    const readable = roleOnly ? hasCampaignGrant(actor, campaignId, 'tasks') : (await this.em.count(Campaign, { $and: [{ id: campaignId }, await readableCampaigns(this.em, actor)] })) > 0;
    if (!readable) throw formFillingNotFound(FormFillingRefusal.TaskNotFound, '任务', taskId);
    const ownDepartment = departmentScope(actor);
    if (ownDepartment && task.department.id !== ownDepartment) throw formFillingError(FormFillingRefusal.OtherDepartment, '只能查看本部门任务的表单数据');
    return task;
  }
}
