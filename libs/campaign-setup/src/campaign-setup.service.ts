import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { initialState } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { Campaign, CampaignPhase, addOwnerParticipant, createCampaign, createCampaignPhases } from '@accredit/campaigns';
import { IndicatorSystem, IndicatorSystemWriter, type UnitBinding } from '@accredit/indicator-systems';
import { type Organisation, findOrCreateDirectory, findOrPlaceOrganisation, ownershipChainOf } from '@accredit/organisations';
import { type CampaignTemplate, readCampaignTemplate } from '@accredit/table-io';
import { Task, TaskWriter } from '@accredit/tasks';
import type { SetupPreview } from './campaign-designer.service';
import { readStoredTemplate } from './stored-template';
import { SetupRefusal, setupError } from './campaign-setup.exception';

export interface SetupOptions {
  /** The campaign workflow (latest version); default `campaign`. */
  workflowKey?: string;
  /** The task workflow (latest version); default `task`. */
  taskWorkflowKey?: string;
  /** When set, the template must be for this organisation (an office admin sets up their own). */
  organisationId?: string | null;
  /** Who sets it up, for the audit log; absent for the system itself (seeding at start). */
  actor?: Actor | null;
}

/** Thrown to roll a dry run back, carrying what it found. */
class DryRun extends Error {
  constructor(readonly preview: SetupPreview) {
    super('dry run');
  }
}

export interface SetupResult {
  campaignId: string;
  created: boolean;
  departments: number;
  groups: number;
  tasks: number;
}

/**
 * Journey 1 (set up) from a template file: the organisation, its departments and groups, the
 * indicator system, the campaign with its phases, and one task per rule × department.
 * Idempotent: what exists is left as it is (an office admin may have edited it), so running
 * it twice changes nothing. All in one transaction: a failure leaves nothing behind.
 */
@Injectable()
export class CampaignSetupService {
  private readonly logger = new Logger(CampaignSetupService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly indicatorSystems: IndicatorSystemWriter,
    private readonly tasks: TaskWriter,
    private readonly workflows: WorkflowDefinitionsService,
  ) {}

  async setUpFromFile(path: string, options: SetupOptions = {}): Promise<SetupResult> {
    return this.setUp(await readFile(path, 'utf8'), options);
  }

  async setUp(source: string, options: SetupOptions = {}): Promise<SetupResult> {
    const { template, checksum } = this.read(source);
    return this.em.transactional((em) => this.write(em, template, checksum, options));
  }

  /**
   * What `setUp` would create from this template, without keeping any of it: the set-up itself
   * runs in a transaction that is rolled back, so the preview is exactly what a set-up stores
   * (phases, tasks per department after group expansion, due dates, 本单位 tasks).
   */
  async preview(source: string, options: SetupOptions = {}): Promise<SetupPreview> {
    const { template, checksum } = this.read(source);
    try {
      await this.em.transactional(async (em) => {
        const result = await this.write(em, template, checksum, options);
        await em.flush();
        throw new DryRun(await this.describe(em, result));
      });
    } catch (error) {
      if (error instanceof DryRun) return error.preview;
      throw error;
    }
    throw new Error('a dry run always rolls back');
  }

  private read(source: string): { template: CampaignTemplate; checksum: string } {
    const read = readCampaignTemplate(source);
    if (!read.ok) {
      const lines = read.problems.map((problem) => `${problem.path}：${problem.message}`);
      throw setupError(SetupRefusal.BadTemplate, `模板有 ${lines.length} 处问题，请修改后重试：\n${lines.join('\n')}`, { problems: read.problems });
    }
    read.warnings.forEach((warning) => this.logger.warn(`${warning.path}：${warning.message}`));
    return { template: read.template, checksum: read.checksum };
  }

  /** The set-up inside the caller's transaction. */
  private async write(em: EntityManager, template: CampaignTemplate, checksum: string, options: SetupOptions): Promise<SetupResult> {
    const organisation = await this.upsertOrganisation(em, template);
    if (options.organisationId !== undefined && options.organisationId !== null && organisation.id !== options.organisationId) {
      throw setupError(SetupRefusal.ForeignTemplate, `模板属于「${template.organisation.name}」，只能为本单位设置创建工作`);
    }
    // New campaigns take the version their organisation uses (its own, an ancestor's shared one,
    // else the platform's); running ones keep the record they pinned.
    const chain = ownershipChainOf(organisation.path);
    const campaignRecord = await this.workflows.resolveInChain(options.workflowKey ?? 'campaign', chain);
    const taskRecord = await this.workflows.resolveInChain(options.taskWorkflowKey ?? 'task', chain);
    const campaignWorkflow = this.workflows.parse(campaignRecord);
    const taskWorkflow = this.workflows.parse(taskRecord);
    if (campaignWorkflow.entityType !== 'campaign') throw setupError(SetupRefusal.WrongWorkflowType, `流程「${campaignWorkflow.key}」驱动的是 ${campaignWorkflow.entityType}，不能用于创建工作`);
    if (taskWorkflow.entityType !== 'task') throw setupError(SetupRefusal.WrongWorkflowType, `流程「${taskWorkflow.key}」驱动的是 ${taskWorkflow.entityType}，不能用于任务`);
    const { departments, groups } = await findOrCreateDirectory(em, organisation, template);
    const groupNames = new Set(template.groups.map((group) => group.name));
    // The template belongs to whoever provides it: the office admin's organisation, else the platform.
    const system = await this.indicatorSystems.importTemplate(em, template.indicatorSystem, checksum, groupNames, { ownerId: options.organisationId ?? null, chain });

    const existing = await em.findOne(Campaign, { organisation, key: template.key });
    if (existing) {
      // The campaign is there; departments, groups or a template version the file adds are still new.
      const added = em.getUnitOfWork().getPersistStack().size;
      if (added) await this.audit(em, options, organisation.id, existing.id, { key: template.key, created: false, addedRecords: added, checksum });
      return { campaignId: existing.id, created: false, departments: departments.size, groups: groups.size, tasks: 0 };
    }

    const bind = (name: string): UnitBinding => {
      const department = departments.get(name);
      if (department) return { departmentId: department.id };
      const group = groups.get(name);
      if (group) return { groupId: group.id };
      throw setupError(SetupRefusal.UnitNotInOrganisation, `责任单位「${name}」在${organisation.shortName}没有对应的部门或部门组`);
    };
    const campaignId = randomUUID();
    const snapshot = await this.indicatorSystems.snapshot(em, system, template.indicatorSystem, campaignId, bind);
    const campaign = createCampaign(em, {
      id: campaignId,
      organisation,
      key: template.key,
      name: template.campaign.name,
      indicatorSystem: snapshot.system,
      state: template.campaign.state ?? initialState(campaignWorkflow),
      workflowKey: campaignWorkflow.key,
      workflowVersion: campaignWorkflow.version,
      taskWorkflowKey: taskWorkflow.key,
      taskWorkflowVersion: taskWorkflow.version,
      workflowDefinitionId: campaignRecord.id,
      taskWorkflowDefinitionId: taskRecord.id,
      taskPhaseKey: template.campaign.taskPhase,
      // Rules with no units are the organisation's own work: tasks for its office (the lead office's department).
      officeDepartment: departments.get(template.organisation.leadOffice) ?? null,
    });
    // Run by the organisation alone: it is the campaign's one participant.
    addOwnerParticipant(em, campaign);
    createCampaignPhases(em, campaign, template.campaign.phases);
    // Tasks fall due at the end of the task phase.
    const taskPhase = template.campaign.phases.find((phase) => phase.key === template.campaign.taskPhase)?.endsOn as string;

    const members = new Map<string, string[]>();
    for (const group of groups.values()) {
      members.set(
        group.id,
        (await group.members.loadItems()).map((member) => member.id),
      );
    }
    const office = departments.get(template.organisation.leadOffice)?.id ?? null;
    const tasks = this.tasks.createForCampaign(em, campaign, snapshot.rules, (id) => members.get(id) ?? [], taskPhase, initialState(taskWorkflow), office);
    await this.audit(em, options, organisation.id, campaign.id, {
      key: template.key,
      name: campaign.name,
      created: true,
      tasks: tasks.length,
      workflow: `${campaignWorkflow.key}@${campaignWorkflow.version}`,
      taskWorkflow: `${taskWorkflow.key}@${taskWorkflow.version}`,
      checksum,
    });
    return { campaignId: campaign.id, created: true, departments: departments.size, groups: groups.size, tasks: tasks.length };
  }

  /** The preview of a set-up just written (inside the dry run's transaction). */
  private async describe(em: EntityManager, result: SetupResult): Promise<SetupPreview> {
    const campaign = await em.findOneOrFail(Campaign, { id: result.campaignId }, { populate: ['indicatorSystem'] });
    const snapshot = campaign.indicatorSystem.getEntity();
    const template = snapshot.derivedFrom ? await em.findOneOrFail(IndicatorSystem, { id: snapshot.derivedFrom.id }) : snapshot;
    const phases = await em.find(CampaignPhase, { campaign, parent: null }, { orderBy: { sortOrder: 'asc' } });
    const tasks = await em.find(Task, { campaign }, { populate: ['scoringRule', 'department'], orderBy: { position: 'asc' } });
    const stored = await readStoredTemplate(em, snapshot);
    const indicatorOf = new Map(stored.rules.map((rule) => [rule.code, rule.indicatorCodes[0]]));
    const withTasks = new Set(tasks.map((task) => task.scoringRule.getEntity().code));
    const taskPhase = phases.find((phase) => phase.key === campaign.taskPhaseKey);
    return {
      existingCampaignId: result.created ? null : campaign.id,
      template: { id: template.id, key: template.key, version: template.version, name: template.name },
      workflowDefinitionId: campaign.workflowDefinitionId,
      taskWorkflowDefinitionId: campaign.taskWorkflowDefinitionId,
      phases: phases.map((phase) => ({ key: phase.key, name: phase.name, startsOn: phase.startsOn ?? '', endsOn: phase.endsOn ?? '' })),
      taskPhaseKey: campaign.taskPhaseKey,
      defaultDueOn: taskPhase?.endsOn ?? '',
      ruleCount: stored.rules.length,
      // A campaign that exists already is left as it is: nothing is created, nothing is missing.
      rulesWithoutTasks: result.created ? stored.rules.filter((rule) => !withTasks.has(rule.code)).map((rule) => rule.code) : [],
      tasks: result.created
        ? tasks.map((task) => {
            const rule = task.scoringRule.getEntity();
            const department = task.department.getEntity();
            return {
              ruleCode: rule.code,
              ruleText: rule.text,
              indicatorCode: indicatorOf.get(rule.code) ?? '',
              departmentId: department.id,
              departmentName: department.name,
              role: task.role,
              dueOn: task.dueOn,
            };
          })
        : [],
    };
  }

  private audit(em: EntityManager, options: SetupOptions, organisationId: string, campaignId: string, details: Record<string, unknown>): Promise<void> {
    return appendAudit(em, { action: 'campaign_setup', actor: options.actor ?? null, organisationId, entityType: 'campaign', entityId: campaignId, details });
  }

  private async upsertOrganisation(em: EntityManager, template: CampaignTemplate): Promise<Organisation> {
    const { code, name, shortName } = template.organisation;
    return findOrPlaceOrganisation(em, { code, name, shortName });
  }
}
