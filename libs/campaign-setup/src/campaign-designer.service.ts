import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type DueDateOverride, type PhaseDuration, type PlannedPhase, backSchedule, checkDurations, checkOverrides, checkPhases, dueDateOf } from '@accredit/campaign-planning';
import { Campaign, addOwnerParticipant, createCampaign, createCampaignPhases } from '@accredit/campaigns';
import { IndicatorSystem, IndicatorSystemWriter, type UnitBinding } from '@accredit/indicator-systems';
import {
  Department,
  DepartmentGroup,
  ORGANISATION_LEVELS,
  ORGANISATION_LEVEL_LABELS,
  Organisation,
  type OrganisationLevel,
  canContain,
  isOrganisationLevel,
  isUsableBy,
  nearestOwned,
  ownershipChainOf,
} from '@accredit/organisations';
import { TaskWriter, expandResponsibilities } from '@accredit/tasks';
import { initialState } from '@accredit/workflow-engine';
import { WorkflowDefinitionRecord, WorkflowDefinitionsService } from '@accredit/workflow-runtime';
import { SetupRefusal, assertPlan, setupError } from './campaign-setup.exception';
import { type StoredTemplate, readStoredTemplate } from './stored-template';

/** What the 新建创建工作 wizard sends: a stored template, workflows, phases (dated or back-scheduled) and due dates. */
export interface CampaignDesign {
  /** The stored template by id, or by key (and version; the newest the organisation may use when absent). */
  templateId?: string | null;
  templateKey?: string | null;
  templateVersion?: number | null;
  name: string;
  /** Stable key within the organisation; made from the template key and start date when absent. */
  key?: string | null;
  /** Stored workflow definitions (ids) the organisation may use; the ones it uses by default when absent. */
  workflowDefinitionId?: string | null;
  taskWorkflowDefinitionId?: string | null;
  /** Phases with dates … */
  phases?: PlannedPhase[] | null;
  /** … or back-scheduled from the target accreditation date (倒排工期). */
  backSchedule?: { targetDate: string; phases: PhaseDuration[] } | null;
  /** Tasks fall due at the end of this phase; `creation` when there is one, else the first. */
  taskPhaseKey?: string | null;
  dueDates?: DueDateOverride[] | null;
  /** The department that does the organisation's own work: rules with no responsible unit (本单位) become its 牵头 tasks. */
  officeDepartmentId?: string | null;
  /**
   * Other organisations take part (a national batch): the owner gets no tasks of its own, each
   * participant works in its own campaign set up when it joins (campaign-participation.service).
   */
  participation?: { workflowDefinitionId?: string | null; applicantLevel?: string | null } | null;
  /**
   * Set by the participation service only: the participant's organisation, the campaign it takes
   * part in and that campaign's owner — whose template and workflows it works with, shared or not.
   */
  participantOf?: { organisationId: string; parentCampaignId: string; ownerOrganisationId: string } | null;
}

export interface PlannedTask {
  ruleCode: string;
  ruleText: string;
  indicatorCode: string;
  departmentId: string;
  departmentName: string;
  role: 'lead' | 'support';
  dueOn: string;
}

export interface CampaignPlan {
  organisation: Organisation;
  template: IndicatorSystem;
  stored: StoredTemplate;
  campaignRecord: WorkflowDefinitionRecord;
  taskRecord: WorkflowDefinitionRecord;
  phases: PlannedPhase[];
  taskPhaseKey: string;
  defaultDueOn: string;
  tasks: PlannedTask[];
  /** Rules whose units expand to no department (an empty group, or no unit at all). */
  rulesWithoutTasks: string[];
  bindings: Map<string, UnitBinding>;
  /** Where rules with no unit go (本单位); null: nowhere, they are listed in rulesWithoutTasks. */
  officeDepartmentId: string | null;
  /** With participants: their workflow and who may apply; null when the owner works alone. */
  participation: { record: WorkflowDefinitionRecord; applicantLevel: OrganisationLevel | null } | null;
}

/**
 * What a set-up will create, the same for a stored template (computed by `plan`) and a YAML
 * template (a dry run of CampaignSetupService): the preview the wizard shows.
 */
export interface SetupPreview {
  /** A YAML template whose campaign exists already: set-up changes nothing (and creates no task). */
  existingCampaignId: string | null;
  template: { id: string; key: string; version: number; name: string };
  workflowDefinitionId: string;
  taskWorkflowDefinitionId: string;
  phases: { key: string; name: string; startsOn: string; endsOn: string }[];
  taskPhaseKey: string;
  defaultDueOn: string;
  ruleCount: number;
  rulesWithoutTasks: string[];
  tasks: PlannedTask[];
}

/** The preview of a planned set-up from a stored template. */
export function previewOf(plan: CampaignPlan): SetupPreview {
  return {
    existingCampaignId: null,
    template: { id: plan.template.id, key: plan.template.key, version: plan.template.version, name: plan.template.name },
    workflowDefinitionId: plan.campaignRecord.id,
    taskWorkflowDefinitionId: plan.taskRecord.id,
    phases: plan.phases.map(({ key, name, startsOn, endsOn }) => ({ key, name, startsOn, endsOn })),
    taskPhaseKey: plan.taskPhaseKey,
    defaultDueOn: plan.defaultDueOn,
    ruleCount: plan.stored.rules.length,
    rulesWithoutTasks: plan.rulesWithoutTasks,
    tasks: plan.tasks,
  };
}

const MAX_NAME = 200;
const SUBJECT_NAMES = { campaign: '创建工作', task: '任务', participant: '参与单位' } as const;
const KEY = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

/**
 * The campaign designer's set-up: a stored template (imported or edited) becomes a running
 * campaign of the caller's organisation, with phases given or back-scheduled, and due dates per
 * task. `plan` computes everything without writing (the preview); `setUp` writes it in one
 * transaction — whole or not at all.
 */
@Injectable()
export class CampaignDesignerService {
  constructor(
    private readonly em: EntityManager,
    private readonly indicatorSystems: IndicatorSystemWriter,
    private readonly tasks: TaskWriter,
    private readonly workflows: WorkflowDefinitionsService,
  ) {}

  /** Templates the actor's organisation may set a campaign up from (its own, shared by ancestors, the platform's), by key, newest version first. */
  async templateChoices(actor: Actor): Promise<IndicatorSystem[]> {
    if (!actor.organisationId) throw setupError(SetupRefusal.NoOrganisation, '设置创建工作须以某个单位的办公室管理员身份进行');
    const organisation = await this.em.findOneOrFail(Organisation, { id: actor.organisationId });
    const chain = ownershipChainOf(organisation.path);
    const systems = await this.em.find(IndicatorSystem, { kind: 'template', $or: [{ owner: null }, { owner: { $in: chain } }] }, { orderBy: { key: 'asc', version: 'desc', createdAt: 'asc' } });
    return systems.filter((system) => isUsableBy({ ownerId: system.owner?.id ?? null, shareWithDescendants: system.shareWithDescendants }, chain));
  }

  preview(actor: Actor, design: CampaignDesign): Promise<CampaignPlan> {
    return this.plan(this.em, actor, design);
  }

  async setUp(actor: Actor, design: CampaignDesign): Promise<{ campaign: Campaign; plan: CampaignPlan }> {
    return this.em.transactional((em) => this.setUpIn(em, actor, design));
  }

  /** The set-up inside the caller's transaction (a new cycle adds its carried evidence to the same one). */
  async setUpIn(em: EntityManager, actor: Actor, design: CampaignDesign, extraAudit: Record<string, unknown> = {}): Promise<{ campaign: Campaign; plan: CampaignPlan }> {
    const plan = await this.plan(em, actor, design);
    const key = await this.campaignKey(em, plan, design.key);
    const campaignWorkflow = this.workflows.parse(plan.campaignRecord);
    const taskWorkflow = this.workflows.parse(plan.taskRecord);
    const campaignId = randomUUID();
    const snapshot = await this.indicatorSystems.snapshot(em, plan.template, plan.stored.table, campaignId, (name) => plan.bindings.get(name) as UnitBinding);
    const campaign = createCampaign(em, {
      id: campaignId,
      organisation: plan.organisation,
      key,
      name: design.name.trim(),
      indicatorSystem: snapshot.system,
      state: initialState(campaignWorkflow),
      workflowKey: campaignWorkflow.key,
      workflowVersion: campaignWorkflow.version,
      taskWorkflowKey: taskWorkflow.key,
      taskWorkflowVersion: taskWorkflow.version,
      workflowDefinitionId: plan.campaignRecord.id,
      taskWorkflowDefinitionId: plan.taskRecord.id,
      taskPhaseKey: plan.taskPhaseKey,
      parentCampaign: design.participantOf?.parentCampaignId ?? null,
      participantWorkflowDefinitionId: plan.participation?.record.id ?? null,
      applicantLevel: plan.participation?.applicantLevel ?? null,
      // Kept, so that tasks created later (an elective option chosen) go where the set-up's went.
      officeDepartment: plan.officeDepartmentId,
    });
    // A campaign run by its owner alone has one participant: the owner, working in it.
    if (!plan.participation && !design.participantOf) addOwnerParticipant(em, campaign, actor.userId);
    createCampaignPhases(em, campaign, plan.phases);
    const members = await this.groupMembers(em, plan.organisation);
    const dueOf = new Map(plan.tasks.map((task) => [`${task.ruleCode}|${task.departmentId}`, task.dueOn]));
    const tasks = this.tasks.createForCampaign(
      em,
      campaign,
      snapshot.rules,
      (id) => members.get(id) ?? [],
      (rule, departmentId) => dueOf.get(`${rule.code}|${departmentId}`) ?? plan.defaultDueOn,
      initialState(taskWorkflow),
      plan.officeDepartmentId,
    );
    await appendAudit(em, {
      action: 'campaign_setup',
      actor,
      organisationId: plan.organisation.id,
      entityType: 'campaign',
      entityId: campaign.id,
      details: {
        key,
        name: campaign.name,
        created: true,
        template: `${plan.template.key}@${plan.template.version}`,
        templateId: plan.template.id,
        tasks: tasks.length,
        phases: plan.phases.map(({ key: phaseKey, startsOn, endsOn }) => ({ key: phaseKey, startsOn, endsOn })),
        backScheduledTo: design.backSchedule?.targetDate ?? null,
        dueDateOverrides: design.dueDates?.length ?? 0,
        workflow: `${campaignWorkflow.key}@${campaignWorkflow.version}`,
        taskWorkflow: `${taskWorkflow.key}@${taskWorkflow.version}`,
        ...(plan.participation ? { participantWorkflow: `${plan.participation.record.key}@${plan.participation.record.version}`, applicantLevel: plan.participation.applicantLevel } : {}),
        ...extraAudit,
      },
    });
    return { campaign, plan };
  }

  /** Everything the set-up would create, checked, without writing anything. */
  async plan(em: EntityManager, actor: Actor, design: CampaignDesign): Promise<CampaignPlan> {
    const organisationId = design.participantOf?.organisationId ?? actor.organisationId;
    if (!organisationId) throw setupError(SetupRefusal.NoOrganisation, '设置创建工作须以某个单位的办公室管理员身份进行');
    const organisation = await em.findOneOrFail(Organisation, { id: organisationId });
    const owner = design.participantOf ? await em.findOneOrFail(Organisation, { id: design.participantOf.ownerOrganisationId }) : organisation;
    const chain = ownershipChainOf(owner.path);
    const name = (design.name ?? '').trim();
    if (!name || name.length > MAX_NAME) throw setupError(SetupRefusal.BadPlan, `请填写创建工作名称（1 到 ${MAX_NAME} 个字符）`);
    if (design.key && !KEY.test(design.key)) throw setupError(SetupRefusal.BadPlan, '创建工作的键只能用字母、数字、汉字、点、短横线和下划线（最多 100 个字符）', { key: design.key });

    const template = await this.template(em, design, chain);
    const campaignRecord = await this.workflow(em, design.workflowDefinitionId, 'campaign', chain);
    const taskRecord = await this.workflow(em, design.taskWorkflowDefinitionId, 'task', chain);
    const participation = design.participation && !design.participantOf ? await this.participation(em, organisation, design.participation, chain) : null;

    const phases = this.phases(design);
    const taskPhaseKey = design.taskPhaseKey ?? (phases.some((phase) => phase.key === 'creation') ? 'creation' : phases[0].key);
    assertPlan(checkPhases(phases, taskPhaseKey));
    const defaultDueOn = phases.find((phase) => phase.key === taskPhaseKey)!.endsOn;

    const stored = await readStoredTemplate(em, template);
    const departments = await em.find(Department, { organisation }, { orderBy: { sortOrder: 'asc' } });
    const groups = await em.find(DepartmentGroup, { organisation }, { orderBy: { sortOrder: 'asc' } });
    const bindings = new Map<string, UnitBinding>();
    departments.forEach((department) => bindings.set(department.name, { departmentId: department.id }));
    groups.forEach((group) => bindings.has(group.name) || bindings.set(group.name, { groupId: group.id }));
    // With participants, units are the participants' departments: each is bound when it joins.
    const unknown = participation ? [] : [...new Set(stored.rules.flatMap((rule) => rule.units.map((unit) => unit.name)).filter((unitName) => !bindings.has(unitName)))];
    if (unknown.length > 0) {
      throw setupError(
        SetupRefusal.UnitNotInOrganisation,
        `指标体系中的责任单位 ${unknown.map((unitName) => `「${unitName}」`).join('')} 不是${organisation.shortName}的部门或部门组：请先在「系统设置 → 部门」中添加，或导入时对应到已有部门`,
        { units: unknown },
      );
    }

    const officeDepartmentId = design.officeDepartmentId ?? null;
    if (officeDepartmentId && !departments.some((department) => department.id === officeDepartmentId)) {
      throw setupError(SetupRefusal.UnitNotInOrganisation, `承担本单位工作的部门不是${organisation.shortName}的部门：请从本单位的部门中选择`, { officeDepartmentId });
    }
    const overrides = design.dueDates ?? [];
    const indicatorCodes = new Set(stored.indicators.map((indicator) => indicator.code));
    const ruleCodes = new Set(stored.rules.map((rule) => rule.code));
    const departmentIds = new Set(departments.map((department) => department.id));
    assertPlan(checkOverrides(overrides, (scope, target) => (scope === 'indicator' ? indicatorCodes.has(target) : scope === 'rule' ? ruleCodes.has(target) : departmentIds.has(target))));

    const members = await this.groupMembers(em, organisation);
    const nameOf = new Map(departments.map((department) => [department.id, department.name]));
    const tasks: PlannedTask[] = [];
    const rulesWithoutTasks: string[] = [];
    for (const rule of participation ? [] : stored.rules) {
      const assignments = expandResponsibilities(
        rule.units.map((unit) => {
          const binding = bindings.get(unit.name) as UnitBinding;
          return { role: unit.role, departmentId: 'departmentId' in binding ? binding.departmentId : null, groupId: 'groupId' in binding ? binding.groupId : null };
        }),
        (id) => members.get(id) ?? [],
        officeDepartmentId,
      );
      if (assignments.length === 0) rulesWithoutTasks.push(rule.code);
      for (const assignment of assignments) {
        tasks.push({
          ruleCode: rule.code,
          ruleText: rule.text,
          indicatorCode: rule.indicatorCodes[0],
          departmentId: assignment.departmentId,
          departmentName: nameOf.get(assignment.departmentId) ?? assignment.departmentId,
          role: assignment.role,
          dueOn: dueDateOf({ indicatorCodes: rule.indicatorCodes, ruleCode: rule.code, departmentId: assignment.departmentId }, defaultDueOn, overrides),
        });
      }
    }
    return { organisation, template, stored, campaignRecord, taskRecord, phases, taskPhaseKey, defaultDueOn, tasks, rulesWithoutTasks, bindings, officeDepartmentId, participation };
  }

  private async participation(em: EntityManager, organisation: Organisation, wanted: NonNullable<CampaignDesign['participation']>, chain: readonly string[]): Promise<CampaignPlan['participation']> {
    const level = wanted.applicantLevel ?? null;
    if (level !== null && (!isOrganisationLevel(level) || !canContain(organisation.level, level))) {
      const below = ORGANISATION_LEVELS.filter((candidate) => canContain(organisation.level, candidate));
      throw setupError(
        SetupRefusal.BadPlan,
        `可申报的单位层级须是${organisation.shortName}以下的层级：${below.map((candidate) => ORGANISATION_LEVEL_LABELS[candidate]).join('、') || '（没有下级层级）'}`,
        { applicantLevel: level },
      );
    }
    return { record: await this.workflow(em, wanted.workflowDefinitionId, 'participant', chain), applicantLevel: level };
  }

  private async template(em: EntityManager, design: CampaignDesign, chain: readonly string[]): Promise<IndicatorSystem> {
    const usable = (system: IndicatorSystem) => isUsableBy({ ownerId: system.owner?.id ?? null, shareWithDescendants: system.shareWithDescendants }, chain);
    if (design.templateId) {
      const system = await em.findOne(IndicatorSystem, { id: assertId(design.templateId, 'templateId'), kind: 'template' });
      if (!system || !usable(system))
        throw setupError(SetupRefusal.TemplateNotUsable, `找不到本单位可用的指标体系模板（${design.templateId}）：请从「指标体系」中选择一个模板`, { templateId: design.templateId });
      return system;
    }
    if (!design.templateKey) throw setupError(SetupRefusal.BadPlan, '请选择指标体系模板（templateId，或 templateKey 和版本）');
    const candidates = (
      await em.find(
        IndicatorSystem,
        { key: design.templateKey, kind: 'template', ...(design.templateVersion ? { version: design.templateVersion } : {}) },
        { orderBy: { version: 'desc', createdAt: 'asc' } },
      )
    ).filter(usable);
    const newest = candidates.filter((system) => system.version === candidates[0]?.version);
    const picked = nearestOwned(
      newest.map((system) => ({ system, ownerId: system.owner?.id ?? null, shareWithDescendants: system.shareWithDescendants })),
      chain,
    );
    if (!picked) {
      const which = design.templateVersion ? `「${design.templateKey}」第 ${design.templateVersion} 版` : `「${design.templateKey}」`;
      throw setupError(SetupRefusal.TemplateNotUsable, `找不到本单位可用的指标体系模板${which}：请从「指标体系」中选择一个模板`, { key: design.templateKey, version: design.templateVersion ?? null });
    }
    return picked.system;
  }

  private async workflow(em: EntityManager, id: string | null | undefined, entityType: 'campaign' | 'task' | 'participant', chain: readonly string[]): Promise<WorkflowDefinitionRecord> {
    if (!id) return this.workflows.resolveInChain(entityType, chain);
    const record = await em.findOne(WorkflowDefinitionRecord, {
      id: assertId(id, { campaign: 'workflowDefinitionId', task: 'taskWorkflowDefinitionId', participant: 'participation.workflowDefinitionId' }[entityType]),
    });
    if (!record || !isUsableBy({ ownerId: record.owner?.id ?? null, shareWithDescendants: record.shareWithDescendants }, chain)) {
      throw setupError(SetupRefusal.WorkflowNotUsable, `找不到本单位可用的${SUBJECT_NAMES[entityType]}流程（${id}）：请从「系统设置 → 流程」中选择`, { id });
    }
    if (record.entityType !== entityType) {
      throw setupError(
        SetupRefusal.WrongWorkflowType,
        `流程「${record.name}」驱动的是${SUBJECT_NAMES[record.entityType as keyof typeof SUBJECT_NAMES] ?? record.entityType}，不能用作${SUBJECT_NAMES[entityType]}流程`,
        { id },
      );
    }
    return record;
  }

  private phases(design: CampaignDesign): PlannedPhase[] {
    const dated = design.phases?.length ? design.phases : null;
    if (dated && design.backSchedule) throw setupError(SetupRefusal.BadPlan, '阶段日期和倒排工期只能二选一：要么给出每个阶段的起止日期，要么给出目标认定日期和各阶段天数');
    if (design.backSchedule) {
      assertPlan(checkDurations(design.backSchedule.targetDate, design.backSchedule.phases));
      return backSchedule(design.backSchedule.targetDate, design.backSchedule.phases);
    }
    if (!dated) throw setupError(SetupRefusal.BadPlan, '请给出阶段：每个阶段的起止日期，或目标认定日期和各阶段天数（倒排工期）');
    return dated.map((phase) => ({ key: phase.key, name: phase.name, startsOn: phase.startsOn, endsOn: phase.endsOn, description: phase.description ?? null }));
  }

  private async groupMembers(em: EntityManager, organisation: Organisation): Promise<Map<string, string[]>> {
    const groups = await em.find(DepartmentGroup, { organisation }, { populate: ['members'] });
    return new Map(groups.map((group) => [group.id, group.members.getItems().map((member) => member.id)]));
  }

  private async campaignKey(em: EntityManager, plan: CampaignPlan, wanted: string | null | undefined): Promise<string> {
    if (wanted) {
      if (await em.count(Campaign, { organisation: plan.organisation, key: wanted })) {
        throw setupError(SetupRefusal.CampaignKeyTaken, `本单位已有键为「${wanted}」的创建工作，请换一个键`, { key: wanted });
      }
      return wanted;
    }
    const base = `${plan.template.key}-${plan.phases[0].startsOn}`;
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (!(await em.count(Campaign, { organisation: plan.organisation, key }))) return key;
    }
  }
}
