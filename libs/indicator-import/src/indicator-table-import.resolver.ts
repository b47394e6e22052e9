import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { ImportIndicatorTableInput, ImportIndicatorTableResultModel, IndicatorTableFileInput, IndicatorTablePreviewModel } from './indicator-table-import.model';
import { IndicatorTableImportService } from './indicator-table-import.service';
import { toImportResultModel, toPreviewModel } from './to-import-models';

@Resolver()
export class IndicatorTableImportResolver {
  constructor(private readonly service: IndicatorTableImportService) {}

  @Mutation(() => IndicatorTablePreviewModel, {
    description: '预览要导入的指标体系表（.xlsx/.csv）：读出的指标、按工作表/行/列列出的问题、未知责任单位及建议对应；不保存。超过约 70 KB 的文件请用 POST /api/indicator-tables/preview',
  })
  async previewIndicatorTable(@Args('input') input: IndicatorTableFileInput, @Context() context: object): Promise<IndicatorTablePreviewModel> {
    return toPreviewModel(await this.service.preview(requireActor(context), input));
  }

  @Mutation(() => ImportIndicatorTableResultModel, { description: '导入指标体系表，存为指标体系模板（整体保存或不保存）；有问题时返回 VALIDATION 及全部问题的位置' })
  async importIndicatorTable(@Args('input') input: ImportIndicatorTableInput, @Context() context: object): Promise<ImportIndicatorTableResultModel> {
    return toImportResultModel(await this.service.import(requireActor(context), input));
  }
}
