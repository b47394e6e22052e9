import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { type Actor, actorLabel, assertId, hasRole } from '@accredit/api-kit';
import { appendAudit, canonicalJson } from '@accredit/audit';
import { DEFAULT_VERDICT_SCALE, type RuleInput, type ScoreCheck, VERDICT_RULE_KIND, judgeRule, scoreRule as computeScore } from '@accredit/scoring';
import { CampaignsService } from '@accredit/campaigns';
import { IndicatorSystem, ScoringRule } from '@accredit/indicator-systems';
import { ScoresRefusal, scoresError } from '../scores.exception';
import { WorkflowLabelsService } from '@accredit/workflow-runtime';
import { Score } from './score.entity';
import { SCORE_SOURCES, type ScoreSource } from './score-source';
import { scoringWindow } from './scoring-window';
import { type RuleScoreValue, fromScoreValue } from './rule-score-value.model';

export interface ScoreRuleRequest {
  campaignId: string;
  ruleId: string;
  source: ScoreSource;
  /** The typed value: one field, named after the rule's kind. */
  value: RuleScoreValue;
  comment: string;
}

export const MAX_COMMENT_LENGTH = 2000;

/** Recording scores: the self-assessment by the office, expert scores at accreditation. */
@Injectable()
export class ScoreCommands {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly labels: WorkflowLabelsService,
  ) {}

  /**
   * Scores one rule. The points are computed from the input by the scoring library; a new score
   * supersedes the current one of the same rule and source (kept, with supersededAt). The same
   * input and comment again changes nothing. One transaction, serialised per rule and source.
   */
  async scoreRule(actor: Actor, request: ScoreRuleRequest): Promise<{ score: Score; changed: boolean }> {
    assertId(request.campaignId, 'campaignId');
    assertId(request.ruleId, 'ruleId');
    if (!SCORE_SOURCES.includes(request.source)) throw scoresError(ScoresRefusal.BadSource, `评分来源须为 self 或 expert，收到「${String(request.source)}」`);
    if (request.source === 'self' && !hasRole(actor, 'office_admin')) {
      throw scoresError(ScoresRefusal.WrongRoleForSource, '自评只能由办公室管理员填写；评审专家请选择专家评分（source: expert）', { source: request.source });
    }
    if (request.source === 'expert' && !hasRole(actor, 'expert')) {
      throw scoresError(ScoresRefusal.WrongRoleForSource, '专家评分只能由评审专家填写；办公室管理员请选择自评（source: self）', { source: request.source });
    }
    const comment = (request.comment ?? '').trim();
    const what = request.source === 'self' ? '自评理由' : '专家意见';
    if (!comment) throw scoresError(ScoresRefusal.CommentRequired, `请填写${what}：说明为什么给这个分数`);
    if (comment.length > MAX_COMMENT_LENGTH) throw scoresError(ScoresRefusal.CommentRequired, `${what}最多 ${MAX_COMMENT_LENGTH} 字，现有 ${comment.length} 字`);

    const campaign = await this.campaigns.get(request.campaignId, actor);
    const workflow = await this.labels.of(campaign.workflowDefinitionId);
    const open = scoringWindow(campaign.state, workflow.finals, workflow.expertScoring);
    const stateLabel = workflow.labels[campaign.state] ?? campaign.state;
    if (request.source === 'expert' && !open.expert) {
      throw scoresError(ScoresRefusal.ExpertScoringClosed, `专家评分只在认定阶段开放：本创建工作当前为「${stateLabel}」，申报认定后才能评分`, { campaignState: campaign.state });
    }
    if (request.source === 'self' && !open.self) {
      throw scoresError(ScoresRefusal.SelfScoringClosed, `创建工作当前为「${stateLabel}」，自评已随申报认定提交，不能再修改；如需修改，须先退回整改`, { campaignState: campaign.state });
    }
    const rule = await this.em.findOne(ScoringRule, { id: request.ruleId, indicator: { system: campaign.indicatorSystem.id } });
    if (!rule) throw scoresError(ScoresRefusal.RuleNotInCampaign, `找不到评分规则（${request.ruleId}）：它不属于这项创建工作的指标体系`, { ruleId: request.ruleId });
    const input = this.inputOf(request, rule);
    const computed = rule.kind === VERDICT_RULE_KIND ? await this.judge(campaign.indicatorSystem.id, input) : computeScore(rule.params, input);
    if (!computed.ok) {
      throw scoresError(ScoresRefusal.InvalidScoreInput, `评分规则 ${rule.code}「${rule.text}」的评分内容有误：${computed.problems.join('；')}`, { problems: computed.problems, ruleCode: rule.code });
    }

    try {
      return await this.record(campaign.id, rule.id, request.source, computed, comment, actor, { organisationId: campaign.organisation.id, ruleCode: rule.code });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw scoresError(ScoresRefusal.ScoredMeanwhile, '这条规则刚被他人评分，请刷新后重试', { ruleId: rule.id });
      throw error;
    }
  }

  /** The scorer's input as the scoring library reads it, from the typed value of the rule's own kind. */
  private inputOf(request: ScoreRuleRequest, rule: ScoringRule): unknown {
    const typed = fromScoreValue(request.value);
    if (!typed) throw scoresError(ScoresRefusal.InvalidScoreInput, `评分内容 value 须恰好给出一项（与规则类型同名：${rule.kind}）`, { ruleCode: rule.code });
    if (typed.kind !== rule.kind) {
      throw scoresError(ScoresRefusal.InvalidScoreInput, `评分规则 ${rule.code} 的类型为 ${rule.kind}，请在 value 中填写 ${rule.kind}，而不是 ${typed.kind}`, {
        ruleCode: rule.code,
        problems: [`类型不符：${typed.kind}`],
      });
    }
    return typed.input;
  }

  /** A checklist rule is judged with one of the system's verdicts: no points, the verdict is the input. */
  private async judge(systemId: string, input: unknown): Promise<ScoreCheck> {
    const system = await this.em.findOneOrFail(IndicatorSystem, { id: systemId });
    const judged = judgeRule(input, system.verdicts ?? DEFAULT_VERDICT_SCALE);
    if (!judged.ok) return judged;
    return { ok: true, input: judged.input as unknown as RuleInput, score: { points: 0, vetoed: false, capped: false, explanation: judged.explanation } };
  }

  private record(
    campaignId: string,
    ruleId: string,
    source: ScoreSource,
    computed: Extract<ScoreCheck, { ok: true }>,
    comment: string,
    actor: Actor,
    about: { organisationId: string; ruleCode: string },
  ): Promise<{ score: Score; changed: boolean }> {
    return this.em.transactional(async (em) => {
      // Serialise scoring of one rule and source (em.execute runs in this transaction, so the
      // lock lasts until it ends); the partial unique index is the last line of defence.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`score:${campaignId}:${ruleId}:${source}`]);
      const current = await em.findOne(Score, { campaign: campaignId, rule: ruleId, source, supersededAt: null });
      const input = computed.input as unknown as Record<string, unknown>;
      // The same input written differently (keys in another order, as jsonb keeps them) is no change.
      if (current && current.comment === comment && canonicalJson(current.input) === canonicalJson(input)) return { score: current, changed: false };
      if (current) {
        current.supersededAt = new Date();
        await em.flush();
      }
      const score = em.create(Score, {
        campaign: campaignId,
        rule: ruleId,
        source,
        input,
        points: String(computed.score.points),
        vetoed: computed.score.vetoed,
        explanation: computed.score.explanation,
        comment,
        scoredBy: actor.userId,
        scoredByName: actorLabel(actor),
        replaces: current?.id ?? null,
      });
      await appendAudit(em, {
        action: 'score',
        actor,
        organisationId: about.organisationId,
        entityType: 'score',
        entityId: score.id,
        details: { campaignId, ruleId, ruleCode: about.ruleCode, source, input, points: score.points, vetoed: score.vetoed, replaces: score.replaces ?? null, comment },
      });
      return { score, changed: true };
    });
  }
}
