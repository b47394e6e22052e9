import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { Campaign } from '@accredit/campaigns';
import { type CarriedEvidence, Evidence, EvidenceVersion, copyEvidenceIntoCycle } from '@accredit/evidence';
import { EvidenceRequirement, IndicatorSystem } from '@accredit/indicator-systems';
import { Task } from '@accredit/tasks';
import { type CampaignDesign, CampaignDesignerService } from './campaign-designer.service';
import { CampaignFormsService } from '@accredit/form-filling';
import { SetupRefusal, setupError, setupNotFound } from './campaign-setup.exception';

/** Which evidence of the earlier cycle to carry over: all of it, or that of some requirement codes (1-1 …). */
export interface CarryOver {
  all?: boolean | null;
  requirementCodes?: string[] | null;
}

/** A new cycle: the earlier campaign, the design as for any set-up (template, phases, due dates …), the evidence to carry over. */
export interface NewCycle {
  fromCampaignId: string;
  /** Without a template, the earlier cycle's; without an office department, the earlier cycle's. By key it is not chosen: a new cycle names its version by id. */
  design: CampaignDesign;
  carryOver?: CarryOver | null;
  /** Form keys the new cycle asks for; null: the same forms as the earlier cycle. */
  forms?: string[] | null;
}

export interface NewCycleOutcome {
  campaign: Campaign;
  tasks: number;
  carried: number;
  /** Requirement codes asked for that had evidence but no task to take it in the new cycle. */
  notCarried: string[];
}

/**
 * A new cycle of a campaign (the next year, or a re-application): a new campaign on the same or
 * a newer version of its template, and, where the admin chooses, the earlier cycle's evidence
 * carried over by requirement code — linked to the same stored content by its hash (a new file
 * row, no bytes copied), remembering where it came from, replaceable like any evidence.
 */
@Injectable()
export class CampaignCycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly designer: CampaignDesignerService,
    private readonly campaignForms: CampaignFormsService,
  ) {}

  async startNewCycle(actor: Actor, request: NewCycle): Promise<NewCycleOutcome> {
    if (!actor.organisationId) throw setupError(SetupRefusal.NoOrganisation, '开始新一轮须以本单位办公室管理员身份进行');
    return this.em.transactional(async (em) => {
      const source = await em.findOne(Campaign, { id: assertId(request.fromCampaignId, 'fromCampaignId'), organisation: actor.organisationId }, { populate: ['indicatorSystem'] });
      if (!source) throw setupNotFound(SetupRefusal.CampaignNotFound, '创建工作', request.fromCampaignId);
      const sourceSystem = source.indicatorSystem.getEntity();
      const sourceTemplateId = sourceSystem.derivedFrom?.id ?? null;
      const templateId = request.design.templateId ?? sourceTemplateId;
      if (!templateId) throw setupError(SetupRefusal.BadPlan, '原创建工作没有记录所用模板，请选择新一轮的模板');
      const template = await em.findOne(IndicatorSystem, { id: assertId(templateId, 'templateId'), kind: 'template' });
      if (template && (template.key !== sourceSystem.key || template.version < sourceSystem.version)) {
        throw setupError(SetupRefusal.BadPlan, `新一轮须用同一模板「${sourceSystem.key}」的第 ${sourceSystem.version} 版或更新版本，所选为「${template.key}」第 ${template.version} 版`, {
          key: sourceSystem.key,
          version: sourceSystem.version,
        });
      }
      // The same planning path as any set-up; what the admin leaves out is taken from the earlier cycle.
      const design: CampaignDesign = {
        ...request.design,
        templateId,
        templateKey: null,
        templateVersion: null,
        officeDepartmentId: request.design.officeDepartmentId ?? source.officeDepartment?.id ?? null,
      };
      const { campaign, plan } = await this.designer.setUpIn(em, actor, design, { newCycleOf: source.id });
      await em.flush();
      // The yearly 工作总结 of the next year: the same forms unless the admin names others.
      if (request.forms) await this.campaignForms.setKeysIn(em, actor, campaign, request.forms);
      else await this.campaignForms.copyIn(em, source, campaign);
      const { carried, notCarried } = await this.carryOver(em, actor, source, campaign, request.carryOver ?? null);
      return { campaign, tasks: plan.tasks.length, carried, notCarried };
    });
  }

  private async carryOver(em: EntityManager, actor: Actor, source: Campaign, campaign: Campaign, choice: CarryOver | null): Promise<{ carried: number; notCarried: string[] }> {
    const codes = choice?.all ? null : [...new Set((choice?.requirementCodes ?? []).map((code) => code.trim()).filter(Boolean))];
    if (codes !== null && codes.length === 0) return { carried: 0, notCarried: [] };
    const earlier = await em.find(
      Evidence,
      { task: { campaign: source }, deletedAt: null, ...(codes ? { requirementCode: { $in: codes } } : {}) },
      { populate: ['task', 'task.scoringRule'], orderBy: { task: { position: 'asc' }, createdAt: 'asc' } },
    );
    if (earlier.length === 0) return { carried: 0, notCarried: [] };
    const versions = await em.find(EvidenceVersion, { evidence: { $in: earlier } }, { populate: ['file'] });
    const currentOf = new Map(versions.filter((version) => version.number === version.evidence.getEntity().currentVersion).map((version) => [version.evidence.id, version]));

    // Tasks of the new cycle that may take evidence of a requirement: same department, an indicator asking for that code.
    const tasks = await em.find(Task, { campaign }, { populate: ['scoringRule'], orderBy: { position: 'asc' } });
    const requirements = await em.find(EvidenceRequirement, { indicator: { system: campaign.indicatorSystem.id } });
    const codesOfIndicator = new Map<string, Set<string>>();
    requirements.forEach((requirement) => codesOfIndicator.set(requirement.indicator.id, (codesOfIndicator.get(requirement.indicator.id) ?? new Set()).add(requirement.code)));
    const target = (old: Evidence): Task | undefined => {
      const oldTask = old.task.getEntity();
      const candidates = tasks.filter((task) => task.department.id === oldTask.department.id && codesOfIndicator.get(task.scoringRule.getEntity().indicator.id)?.has(old.requirementCode));
      return candidates.find((task) => task.scoringRule.getEntity().code === oldTask.scoringRule.getEntity().code) ?? candidates[0];
    };

    const carried: CarriedEvidence[] = [];
    const notCarried = new Set<string>();
    for (const old of earlier) {
      const version = currentOf.get(old.id);
      const task = target(old);
      if (version && task) carried.push({ from: old, version, into: task });
      else notCarried.add(old.requirementCode);
    }
    copyEvidenceIntoCycle(em, carried, actor.userId);
    await em.flush();
    return { carried: carried.length, notCarried: [...notCarried].sort() };
  }
}
