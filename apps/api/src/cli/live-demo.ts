import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@accredit/api-kit';
import { addDays, todayInChina } from '@accredit/calendar-date';
import { backSchedule } from '@accredit/campaign-planning';
import { CampaignDesignerService, CampaignReplanService } from '@accredit/campaign-setup';
import { Campaign } from '@accredit/campaigns';
import { EvidenceCommands, StagingArea } from '@accredit/evidence';
import { User } from '@accredit/identity';
import { ScoringRule, requirementCodesOfRule } from '@accredit/indicator-systems';
import { Organisation } from '@accredit/organisations';
import { ScoreCommands } from '@accredit/scores';
import { Task } from '@accredit/tasks';
import { WorkflowService } from '@accredit/workflow-runtime';

export const LIVE_DEMO_KEY = 'shapingba-live-demo';

/** What each demo liaison's first tasks end up as, in task-table order. */
const PROGRESS: Record<string, readonly ('approved' | 'submitted' | 'returned' | 'in_progress')[]> = {
  kexie: ['approved', 'approved', 'approved', 'approved', 'submitted', 'submitted', 'returned', 'in_progress'],
  xiaolongkan: ['approved', 'approved', 'submitted', 'returned', 'in_progress'],
  fagaiwei: ['approved', 'submitted', 'in_progress'],
};

/** A small, valid PDF standing for a scanned document. */
function demoPdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'utf8');
}

/**
 * The live demo: a second campaign on the Shapingba template, back-scheduled so that today falls
 * in 创建阶段, with work in motion — tasks approved, submitted, returned and overdue, evidence
 * uploaded and some self scores — all through the product's own services, as the people would.
 * Idempotent: when the campaign exists nothing is changed.
 */
export async function seedLiveDemo(app: INestApplicationContext, now = new Date()): Promise<{ created: boolean; campaignId: string }> {
  const em = app.get(EntityManager).fork();
  const organisation = await em.findOneOrFail(Organisation, { code: '500106' });
  const existing = await em.findOne(Campaign, { organisation, key: LIVE_DEMO_KEY });
  if (existing) return { created: false, campaignId: existing.id };

  const users = new Map((await em.find(User, { username: { $in: ['office', ...Object.keys(PROGRESS)] } })).map((user) => [user.username, user]));
  const actorOf = (username: string): Actor => {
    const user = users.get(username);
    if (!user) throw new Error(`演示账号 ${username} 不存在：请先创建演示账号`);
    return {
      userId: user.id,
      username,
      displayName: user.displayName,
      roles: user.roles,
      organisationId: organisation.id,
      organisationPath: organisation.path,
      departmentId: user.department?.id ?? null,
      sessionId: 'seed-demo',
    };
  };
  const office = actorOf('office');

  // 倒排工期: 创建阶段 began 100 days ago; 认定 follows it; the target is the end of 认定.
  const today = todayInChina(now);
  const durations = [
    { key: 'preparation', name: '筹备阶段', days: 90, description: '制定实施方案，动员部署。' },
    { key: 'creation', name: '创建阶段', days: 240, description: '宣传动员，完善指标体系与佐证材料，接受市科协评估检查。' },
    { key: 'accreditation', name: '认定阶段', days: 60, description: '中国科协抽查、评审、公示和认定。' },
  ];
  const targetDate = addDays(today, 139 + 60);
  const phases = backSchedule(targetDate, durations);
  const designer = app.get(CampaignDesignerService);
  const { campaign } = await designer.setUp(office, {
    templateKey: 'shapingba-2021-2025',
    name: '沙坪坝区创建全国科普示范区（演示：进行中）',
    key: LIVE_DEMO_KEY,
    backSchedule: { targetDate, phases: durations },
    // 党委和政府重视 comes first: its tasks fall due two months before the rest.
    dueDates: [{ scope: 'indicator', target: '1', dueOn: addDays(phases[1].endsOn, -60) }],
  });

  const workflow = app.get(WorkflowService);
  // The campaign itself is under way, as its phases say: 启动创建 fired, which (as the campaign
  // workflow declares) gives every task the end of 创建阶段 as its due date; 党委和政府重视 then
  // falls due two months earlier again, by a logged re-plan.
  const started = await em.fork().findOneOrFail(Campaign, { id: campaign.id });
  await workflow.transition(office, { entityType: 'campaign', id: campaign.id, event: 'start-creation', comment: null, expectedVersion: started.version });
  await app.get(CampaignReplanService).replan(office, {
    campaignId: campaign.id,
    reason: '演示：党委和政府重视的工作须在创建阶段结束前两个月完成',
    dueDates: [{ scope: 'indicator', target: '1', dueOn: addDays(phases[1].endsOn, -60) }],
  });
  const evidence = app.get(EvidenceCommands);
  const staging = app.get(StagingArea, { strict: false });
  await staging.init();
  const step = async (actor: Actor, task: Task, event: string, comment: string | null = null) => {
    const fresh = await em.fork().findOneOrFail(Task, { id: task.id });
    await workflow.transition(actor, { entityType: 'task', id: task.id, event, comment, expectedVersion: fresh.version });
  };
  const upload = async (actor: Actor, task: Task, title: string) => {
    // The rule's first evidence requirement, as indicator-systems reads it (nearest indicator first).
    const [requirementCode] = await requirementCodesOfRule(em, task.scoringRule.id);
    const content = demoPdf(title);
    const path = staging.newPath();
    await writeFile(path, content);
    const prepared = await evidence.prepareUpload(actor, { taskId: task.id, requirementCode: requirementCode ?? '', refersTo: addDays(today, -30), description: title });
    await evidence.commitUpload(
      actor,
      prepared,
      [{ path, sha256: createHash('sha256').update(content).digest('hex'), size: content.length, mediaType: 'application/pdf', originalName: `${title}.pdf`, name: `${title}.pdf` }],
      staging,
    );
  };

  const approvedRules = new Set<string>();
  for (const [username, outcomes] of Object.entries(PROGRESS)) {
    const liaison = actorOf(username);
    const tasks = await em.find(Task, { campaign, department: liaison.departmentId as string }, { orderBy: { position: 'asc' }, limit: outcomes.length, populate: ['scoringRule'] });
    for (const [index, task] of tasks.entries()) {
      const outcome = outcomes[index];
      await step(liaison, task, 'start');
      if (outcome === 'in_progress') continue;
      await upload(liaison, task, `${task.scoringRule.getEntity().code} 佐证材料`);
      await step(liaison, task, 'submit');
      if (outcome === 'approved') {
        await step(office, task, 'approve');
        approvedRules.add(task.scoringRule.id);
      } else if (outcome === 'returned') {
        await step(office, task, 'return', '材料缺少盖章页，请补充后重新提交');
      }
    }
  }

  // Overdue work: a few tasks not yet finished were due last week (moved there by a re-plan, with its reason).
  const late = await em.find(Task, { campaign, state: { $in: ['pending', 'in_progress'] } }, { orderBy: { position: 'asc' }, limit: 6 });
  await app.get(CampaignReplanService).replan(office, {
    campaignId: campaign.id,
    reason: '演示：市科协提前抽查，部分任务提前截止',
    tasks: late.map((task, index) => ({ taskId: task.id, dueOn: addDays(today, -3 - index) })),
  });

  // Self scores for the approved fixed-points rules (达到要求).
  const scores = app.get(ScoreCommands);
  for (const rule of await em.find(ScoringRule, { id: { $in: [...approvedRules] }, kind: 'fixed' })) {
    await scores.scoreRule(office, { campaignId: campaign.id, ruleId: rule.id, source: 'self', value: { fixed: { achieved: true } }, comment: '材料齐全，达到要求（演示）' });
  }
  return { created: true, campaignId: campaign.id };
}
