import type { CellProblem, IndicatorTable, TableIndicator } from '@accredit/table-io';
import { ImportIndicatorTableResultModel, IndicatorSummaryModel, IndicatorTablePreviewModel, TableProblemModel, UnknownUnitModel } from './indicator-table-import.model';
import { type ImportOutcome, type TablePreview, countIndicators } from './indicator-table-import.service';

const toProblem = (problem: CellProblem) => Object.assign(new TableProblemModel(), problem);

function summaries(indicators: TableIndicator[], level = 1): IndicatorSummaryModel[] {
  return indicators.flatMap((indicator) => [
    Object.assign(new IndicatorSummaryModel(), {
      code: indicator.code,
      title: indicator.title,
      level,
      maxScore: indicator.maxScore,
      rules: indicator.rules.length,
      requirements: indicator.requirements.length,
    }),
    ...summaries(indicator.children ?? [], level + 1),
  ]);
}

const counts = (table: IndicatorTable | null) => {
  const { indicators, rules, requirements } = countIndicators(table?.indicators ?? []);
  return { indicatorCount: indicators, ruleCount: rules, requirementCount: requirements };
};

/** The preview as the API shows it (GraphQL and the HTTP route alike). */
export function toPreviewModel({ read, unknownUnits }: TablePreview): IndicatorTablePreviewModel {
  return Object.assign(new IndicatorTablePreviewModel(), {
    ok: read.ok,
    layout: read.layout,
    sheet: read.sheet,
    name: read.table?.name ?? null,
    key: read.table?.key ?? null,
    totalScore: read.table?.totalScore ?? null,
    ...counts(read.table),
    indicators: summaries(read.table?.indicators ?? []),
    problems: read.problems.map(toProblem),
    unknownUnits: unknownUnits.map((unit) => Object.assign(new UnknownUnitModel(), unit)),
  });
}

export function toImportResultModel(outcome: ImportOutcome): ImportIndicatorTableResultModel {
  return Object.assign(new ImportIndicatorTableResultModel(), {
    systemId: outcome.system.id,
    key: outcome.system.key,
    version: outcome.system.version,
    name: outcome.system.name,
    created: outcome.created,
    ...counts(outcome.table),
    warnings: outcome.warnings.map(toProblem),
  });
}
