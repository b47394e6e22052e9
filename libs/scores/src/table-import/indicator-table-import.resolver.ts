import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import type { CellProblem, IndicatorTable, TableIndicator } from '@accredit/table-io';
import {
  ImportIndicatorTableInput,
  ImportIndicatorTableResultModel,
  IndicatorSummaryModel,
  IndicatorTableFileInput,
  IndicatorTablePreviewModel,
  TableProblemModel,
  UnknownUnitModel,
} from './indicator-table-import.model';
import { IndicatorTableImportService, countIndicators } from './indicator-table-import.service';

const toProblem = (problem: CellProblem) => Object.assign(new TableProblemModel(), problem);

function summaries(indicators: TableIndicator[], level = 1): IndicatorSummaryModel[] {
  return indicators.flatMap((indicator) => [
    Object.assign(new IndicatorSummaryModel(), { code: indicator.code, title: indicator.title, level, maxScore: indicator.maxScore, rules: indicator.rules.length, requirements: indicator.requirements.length }),
    ...summaries(indicator.children ?? [], level + 1),
  ]);
}

const counts = (table: IndicatorTable | null) => {
  const { indicators, rules, requirements } = countIndicators(table?.indicators ?? []);
  return { indicatorCount: indicators, ruleCount: rules, requirementCount: requirements };
};

@Resolver()
export class IndicatorTableImportResolver {
  constructor(private readonly service: IndicatorTableImportService) {}

  @Mutation(() => IndicatorTablePreviewModel, { description: '预览要导入的指标体系表（.xlsx/.csv）：读出的指标、按工作表/行/列列出的问题、未知责任单位及建议对应；不保存' })
  async previewIndicatorTable(@Args('input') input: IndicatorTableFileInput, @Context() context: object): Promise<IndicatorTablePreviewModel> {
    const { read, unknownUnits } = await this.service.preview(requireActor(context), input);
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

  @Mutation(() => ImportIndicatorTableResultModel, { description: '导入指标体系表，存为指标体系模板（整体保存或不保存）；有问题时返回 VALIDATION 及全部问题的位置' })
  async importIndicatorTable(@Args('input') input: ImportIndicatorTableInput, @Context() context: object): Promise<ImportIndicatorTableResultModel> {
    const outcome = await this.service.import(requireActor(context), input);
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
}
