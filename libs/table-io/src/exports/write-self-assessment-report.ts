import type { Paragraph, Table, TableCell } from 'docx';
import { VERDICT_RULE_KIND } from '@accredit/scoring';
import type { TableIndicator } from '../indicator-table';
import { tableHasPoints } from '../indicator-table/system-params';
import { ruleCodeOf } from '../indicator-table/write-indicator-sheet';
import { type CampaignScoreTotals, type ExportIndicatorScores, type ExportScore, chineseDate, electiveChoiceText } from './task-table-export';
import type { IndicatorTable } from '../indicator-table';

// docx is loaded with the first report, not with the API: only this download needs it, and it
// was a tenth of a second of every start (cold start ≤ 3 s). Set before any helper below runs.
let docx: typeof import('docx');

/** One evidence file listed under its requirement. */
export interface ReportEvidence {
  name: string;
  department: string;
  uploadedAt: Date;
}

export interface SelfAssessmentReport {
  title: string;
  organisation: string;
  generatedAt: Date;
  table: IndicatorTable;
  /** Self scores by rule code (1.3). */
  scores: ReadonlyMap<string, ExportScore>;
  /** Self score per indicator code, after caps. */
  indicatorScores: ReadonlyMap<string, number>;
  /** For a checklist: the rolled-up self verdict per indicator code (null while not known). */
  indicatorVerdicts?: ReadonlyMap<string, string | null>;
  totals: CampaignScoreTotals;
  /** Elective groups and options by indicator code: how the group was chosen, whether the option was. */
  electives?: ReadonlyMap<string, Pick<ExportIndicatorScores, 'chosen' | 'electiveChoice' | 'unchosen'>>;
  /** Evidence by `<indicator code>/<requirement code>`. */
  evidence: ReadonlyMap<string, ReportEvidence[]>;
}

export const evidenceKey = (indicatorCode: string, requirementCode: string): string => `${indicatorCode}/${requirementCode}`;

const points = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100));
const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
/** Thin grey borders on every side (a function: docx is loaded with the first report). */
function borders() {
  const border = { style: docx.BorderStyle.SINGLE, size: 4, color: '999999' };
  return { top: border, bottom: border, left: border, right: border };
}

function cell(text: string, width: number, options: { bold?: boolean; center?: boolean } = {}): TableCell {
  const lines = text.split('\n');
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.PERCENTAGE },
    borders: borders(),
    children: lines.map(
      (line) => new docx.Paragraph({ alignment: options.center ? docx.AlignmentType.CENTER : docx.AlignmentType.LEFT, children: [new docx.TextRun({ text: line, bold: options.bold, size: 21 })] }),
    ),
  });
}

function table(headers: [string, number][], rows: string[][]): Table {
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: [
      new docx.TableRow({ tableHeader: true, children: headers.map(([text, width]) => cell(text, width, { bold: true, center: true })) }),
      ...rows.map((row) => new docx.TableRow({ children: row.map((text, index) => cell(text, headers[index][1], { center: index > 0 && headers[index][1] <= 10 })) })),
    ],
  });
}

const paragraph = (text: string, options: { bold?: boolean; color?: string } = {}) =>
  new docx.Paragraph({ spacing: { after: 120 }, children: [new docx.TextRun({ text, bold: options.bold, color: options.color })] });

/** （选做：已选 2 项…） after a group, （未选，不计入得分） after an option not chosen. */
function electiveNote(report: SelfAssessmentReport, code: string): string {
  const elective = report.electives?.get(code);
  if (elective?.electiveChoice) return `（${electiveChoiceText(elective.electiveChoice)}）`;
  return elective?.chosen === false ? '（未选，不计入得分）' : '';
}

function indicatorSection(report: SelfAssessmentReport, indicator: TableIndicator, depth: number, scored: boolean): (Paragraph | Table)[] {
  const score = report.indicatorScores.get(indicator.code);
  const heading = `${indicator.code}. ${indicator.title}${indicator.maxScore !== null ? `（分值 ${points(indicator.maxScore)} 分，自评 ${points(score)} 分）` : ''}${electiveNote(report, indicator.code)}`;
  const out: (Paragraph | Table)[] = [
    new docx.Paragraph({
      heading: depth === 0 ? docx.HeadingLevel.HEADING_2 : docx.HeadingLevel.HEADING_3,
      spacing: { before: 240, after: 120 },
      children: [new docx.TextRun({ text: heading, bold: true })],
    }),
  ];
  if (indicator.rules.length > 0) {
    const reasonOf = (self: ExportScore | undefined) =>
      self ? [self.comment, self.explanation && self.explanation !== self.comment ? `（${self.explanation}）` : ''].filter(Boolean).join('\n') : scored ? '尚未自评' : '尚未判定';
    out.push(
      scored
        ? table(
            [
              ['评分规则', 38],
              ['分值', 8],
              ['自评得分', 9],
              ['理由', 45],
            ],
            indicator.rules.map((rule, index) => {
              const self = report.scores.get(ruleCodeOf(indicator.code, index));
              const judged = rule.scoring.kind === VERDICT_RULE_KIND;
              return [`${ruleCodeOf(indicator.code, index)} ${rule.text}`, judged ? '—' : points(rule.points), judged ? (self?.verdict ?? '—') : points(self?.points), reasonOf(self)];
            }),
          )
        : table(
            [
              ['评分规则', 46],
              ['自评判定', 10],
              ['理由', 44],
            ],
            indicator.rules.map((rule, index) => {
              const self = report.scores.get(ruleCodeOf(indicator.code, index));
              return [`${ruleCodeOf(indicator.code, index)} ${rule.text}`, self?.verdict ?? '—', reasonOf(self)];
            }),
          ),
    );
  }
  if (indicator.requirements.length > 0) {
    out.push(paragraph('佐证材料：', { bold: true }));
    for (const requirement of indicator.requirements) {
      const files = report.evidence.get(evidenceKey(indicator.code, requirement.code)) ?? [];
      out.push(new docx.Paragraph({ spacing: { after: 60 }, children: [new docx.TextRun({ text: `${requirement.code} ${requirement.text}`, size: 21 })] }));
      if (files.length === 0) out.push(new docx.Paragraph({ indent: { left: 480 }, children: [new docx.TextRun({ text: '（暂无佐证材料）', italics: true, size: 21, color: '888888' })] }));
      files.forEach((file, index) =>
        out.push(
          new docx.Paragraph({ indent: { left: 480 }, children: [new docx.TextRun({ text: `${index + 1}. ${file.name}（${file.department}，${chineseDate(file.uploadedAt)}上传）`, size: 21 })] }),
        ),
      );
    }
  }
  (indicator.children ?? []).forEach((child) => out.push(...indicatorSection(report, child, depth + 1, scored)));
  return out;
}

/**
 * The self-assessment report (自评报告) as .docx: the total and a summary per indicator, then per
 * indicator and rule the self score with its reason, and the evidence listed under each
 * requirement (1-1 …).
 */
export async function writeSelfAssessmentReport(report: SelfAssessmentReport): Promise<Buffer> {
  docx ??= await import('docx');
  const { totals } = report;
  // A checklist has no points: its verdicts are shown instead, never "0 分（满分 0 分）".
  const scored = tableHasPoints(report.table);
  const summary: (Paragraph | Table)[] = [
    new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, alignment: docx.AlignmentType.CENTER, spacing: { after: 240 }, children: [new docx.TextRun({ text: report.title, bold: true, size: 36 })] }),
    new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, spacing: { after: 240 }, children: [new docx.TextRun({ text: `${report.organisation}\u3000${chineseDate(report.generatedAt)}` })] }),
    paragraph(
      scored
        ? `自评总分：${points(totals.self)} 分（满分 ${points(totals.max)} 分）；已自评 ${totals.selfScoredRules}/${totals.rules} 条评分规则。`
        : `自评判定：${totals.selfVerdict ?? '尚未完成'}；已判定 ${totals.selfScoredRules}/${totals.rules} 条。`,
      { bold: true },
    ),
  ];
  if (totals.vetoed) summary.push(paragraph(`一票否决：${totals.vetoReasons.join('；')}。按标准取消创建资格，以上得分仅供参考。`, { bold: true, color: 'C00000' }));
  summary.push(
    new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new docx.TextRun({ text: scored ? '一、得分汇总' : '一、判定汇总', bold: true })] }),
  );
  const rows: string[][] = [];
  const visit = (indicator: TableIndicator, depth: number) => {
    const name = `${'\u3000'.repeat(depth)}${indicator.code}. ${indicator.title}${electiveNote(report, indicator.code)}`;
    rows.push(scored ? [name, points(indicator.maxScore), points(report.indicatorScores.get(indicator.code))] : [name, report.indicatorVerdicts?.get(indicator.code) ?? '—']);
    (indicator.children ?? []).forEach((child) => visit(child, depth + 1));
  };
  report.table.indicators.forEach((indicator) => visit(indicator, 0));
  rows.push(scored ? ['合计', points(totals.max), points(totals.self)] : ['合计', totals.selfVerdict ?? '—']);
  summary.push(
    table(
      scored
        ? [
            ['指标', 70],
            ['分值', 15],
            ['自评得分', 15],
          ]
        : [
            ['指标', 80],
            ['自评判定', 20],
          ],
      rows,
    ),
  );
  summary.push(new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, spacing: { before: 360, after: 120 }, children: [new docx.TextRun({ text: '二、逐项自评情况', bold: true })] }));

  const document = new docx.Document({
    creator: '创建工作平台',
    title: report.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ children: [...summary, ...report.table.indicators.flatMap((indicator) => indicatorSection(report, indicator, 0, scored))] }],
  });
  return docx.Packer.toBuffer(document);
}
