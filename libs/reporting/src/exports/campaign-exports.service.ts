import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, type DownloadFile, builtDownload, compactDate } from '@accredit/api-kit';
import { type Campaign, CampaignsService } from '@accredit/campaigns';
import { readStoredTable } from '@accredit/indicator-systems';
import { Organisation } from '@accredit/organisations';
import {
  type CampaignScoreTotals,
  type DepartmentProgress,
  type ExportIndicatorScores,
  type ExportRule,
  type ExportScore,
  type IndicatorTable,
  type ReportEvidence,
  evidenceKey,
  writeSelfAssessmentReport,
  writeTaskTableWorkbook,
} from '@accredit/table-io';
import { EvidenceQueries } from '@accredit/evidence';
import {
  type CampaignScoringData,
  type CampaignScoringDataWithTasks,
  CampaignScoringReader,
  type ElectiveMark,
  type CurrentScore,
  type Scoreboard,
  buildScoreboard,
  electiveMarkOf,
  electiveMarks,
  isLate,
} from '@accredit/scores';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';

const verdictOf = (score: CurrentScore): string | null => (typeof score.input['verdict'] === 'string' ? score.input['verdict'] : null);

const exportScore = (score: CurrentScore | undefined): ExportScore | null =>
  score ? { points: Number(score.points), verdict: verdictOf(score), comment: score.comment, explanation: score.explanation, scoredBy: score.scoredByName, scoredAt: score.scoredAt } : null;

/** An indicator's elective mark as the exports take it. */
const exportElective = (mark: ElectiveMark): Pick<ExportIndicatorScores, 'chosen' | 'electiveChoice' | 'unchosen'> => ({
  chosen: mark.chosen,
  electiveChoice: mark.choice ? { text: mark.choice.text, chosenBy: mark.choice.chosenBy, chosenAt: mark.choice.chosenAt } : null,
  unchosen: mark.unchosen,
});

/**
 * The campaign's documents for delivery: the task table (.xlsx, original layout plus state,
 * progress and scores) and the self-assessment report (.docx). Every number comes from the
 * same scoreboard as the API's campaignScores, so they agree.
 */
@Injectable()
export class CampaignExportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly reader: CampaignScoringReader,
    private readonly definitions: WorkflowDefinitionsService,
    private readonly evidence: EvidenceQueries,
  ) {}

  async taskTable(actor: Actor, campaignId: string, now = new Date()): Promise<DownloadFile> {
    const { campaign, board, table, organisation } = await this.load(actor, campaignId, now);
    const stateLabels = this.definitions.summaryOf(await this.definitions.definitionById(campaign.taskWorkflowDefinitionId)).labels;
    const rules = new Map<string, ExportRule>();
    for (const { rule } of board.data.rules) {
      rules.set(rule.code, { tasks: [], self: exportScore(board.data.current.self.get(rule.id)), expert: exportScore(board.data.current.expert.get(rule.id)) });
    }
    const codeOfRule = new Map(board.data.rules.map(({ rule }) => [rule.id, rule.code]));
    for (const task of board.data.tasks) {
      rules.get(codeOfRule.get(task.scoringRule.id) ?? '')?.tasks.push({
        department: task.department.getEntity().name,
        role: task.role,
        state: task.state,
        stateLabel: stateLabels[task.state] ?? task.state,
        approved: board.data.taskStates.done.has(task.state),
        returned: board.data.taskStates.returned.has(task.state),
        late: isLate(task, board.data.today, board.data.taskStates),
      });
    }
    const marks = electiveMarks(board);
    const indicators = new Map<string, ExportIndicatorScores>(
      board.data.indicators.map(({ indicator }) => {
        const totals = board.indicatorTotals.get(indicator.id);
        return [
          indicator.code,
          {
            self: totals?.self.points ?? 0,
            expert: board.totals.expert.scoredRules > 0 ? (totals?.expert.points ?? 0) : null,
            projected: totals?.projected.points ?? 0,
            selfVerdict: totals?.self.verdict ?? null,
            expertVerdict: totals?.expert.verdict ?? null,
            ...exportElective(electiveMarkOf(marks, indicator.id)),
          },
        ];
      }),
    );
    const body = await writeTaskTableWorkbook({
      title: table.name,
      organisation,
      generatedAt: now,
      table,
      rules,
      indicators,
      totals: this.totals(board),
      departments: this.departments(board.data),
    });
    return builtDownload(body, `${campaign.name}-任务分解表-${compactDate(now)}.xlsx`, `task-table-${compactDate(now)}.xlsx`);
  }

  async selfAssessmentReport(actor: Actor, campaignId: string, now = new Date()): Promise<DownloadFile> {
    const { campaign, board, table, organisation } = await this.load(actor, campaignId, now);
    const scores = new Map<string, ExportScore>();
    for (const { rule } of board.data.rules) {
      const score = exportScore(board.data.current.self.get(rule.id));
      if (score) scores.set(rule.code, score);
    }
    const indicatorScores = new Map(board.data.indicators.map(({ indicator }) => [indicator.code, board.indicatorTotals.get(indicator.id)?.self.points ?? 0]));
    const indicatorVerdicts = new Map(board.data.indicators.map(({ indicator }) => [indicator.code, board.indicatorTotals.get(indicator.id)?.self.verdict ?? null]));
    const marks = electiveMarks(board);
    const electives = new Map(board.data.indicators.map(({ indicator }) => [indicator.code, exportElective(electiveMarkOf(marks, indicator.id))]));
    const taskById = new Map(board.data.tasks.map((task) => [task.id, task]));
    const indicatorOfRule = new Map(board.data.rules.map(({ rule, indicator }) => [rule.id, indicator.code]));
    const evidence = new Map<string, ReportEvidence[]>();
    for (const entry of await this.evidence.currentFilesOfCampaign(campaign.id)) {
      const task = taskById.get(entry.taskId);
      if (!task) continue;
      const key = evidenceKey(indicatorOfRule.get(task.scoringRule.id) ?? '', entry.requirementCode);
      evidence.set(key, [...(evidence.get(key) ?? []), { name: entry.fileName, department: task.department.getEntity().name, uploadedAt: entry.uploadedAt }]);
    }
    const body = await writeSelfAssessmentReport({
      title: `${campaign.name}自评报告`,
      organisation,
      generatedAt: now,
      table,
      scores,
      indicatorScores,
      indicatorVerdicts,
      electives,
      totals: this.totals(board),
      evidence,
    });
    return builtDownload(body, `${campaign.name}-自评报告-${compactDate(now)}.docx`, `self-assessment-${compactDate(now)}.docx`);
  }

  private async load(actor: Actor, campaignId: string, now: Date): Promise<{ campaign: Campaign; board: Scoreboard<CampaignScoringDataWithTasks>; table: IndicatorTable; organisation: string }> {
    const campaign = await this.campaigns.get(campaignId, actor);
    const board = buildScoreboard(await this.reader.readWithTasks(this.em, campaign, now));
    const organisation = (await this.em.findOneOrFail(Organisation, { id: campaign.organisation.id })).name;
    return { campaign, board, table: await this.table(board.data), organisation };
  }

  /** The campaign's indicator system as a table: every level, weights, electives, verdicts; units as written (blank where inherited). */
  private table(data: CampaignScoringData): Promise<IndicatorTable> {
    return readStoredTable(this.em, data.campaign.indicatorSystem.id);
  }

  private totals(board: Scoreboard): CampaignScoreTotals {
    const { self, expert, projected } = board.totals;
    const conditionOf = new Map(board.data.rules.map(({ rule }) => [rule.id, ('condition' in rule.params ? rule.params.condition : undefined) ?? rule.text]));
    return {
      max: self.maxTotal,
      self: self.points,
      expert: expert.scoredRules > 0 ? expert.points : null,
      projected: projected.points,
      vetoed: self.vetoed || expert.vetoed,
      vetoReasons: [...new Set([...self.vetoedBy, ...expert.vetoedBy])].map((id) => conditionOf.get(id) ?? id),
      selfScoredRules: self.scoredRules,
      rules: self.rules,
      selfVerdict: self.verdicts?.verdict ?? null,
      expertVerdict: expert.verdicts?.verdict ?? null,
    };
  }

  private departments(data: CampaignScoringDataWithTasks): DepartmentProgress[] {
    const rows = new Map<string, DepartmentProgress & { order: number }>();
    for (const task of data.tasks) {
      const department = task.department.getEntity();
      const row = rows.get(department.id) ?? { department: department.name, tasks: 0, approved: 0, submitted: 0, returned: 0, open: 0, late: 0, order: department.sortOrder };
      row.tasks += 1;
      if (data.taskStates.done.has(task.state)) row.approved += 1;
      else if (data.taskStates.submitted.has(task.state)) row.submitted += 1;
      else if (data.taskStates.returned.has(task.state)) row.returned += 1;
      else row.open += 1;
      if (isLate(task, data.today, data.taskStates)) row.late += 1;
      rows.set(department.id, row);
    }
    return [...rows.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...row }) => row);
  }
}
