import { Module } from '@nestjs/common';
import { IndicatorSystemsModule, templateVersionLinkResolver } from '@accredit/indicator-systems';
import { IndicatorTableFilesController } from './indicator-table-files.controller';
import { ImportIndicatorTableResultModel } from './indicator-table-import.model';
import { IndicatorTableImportResolver } from './indicator-table-import.resolver';
import { IndicatorTableImportService } from './indicator-table-import.service';

/**
 * Importing an indicator table (.xlsx / .csv) into an indicator-system template: the file is
 * read by @accredit/table-io, the problems are shown cell by cell, and a clean table is stored
 * through the indicator systems' writer. Its own module because it serves the office admin's
 * set-up, not scoring.
 */
// The version stored (or the same content the importer already may use, created: false): the
// importer's to read, as on the 指标体系 screen.
const ImportResultSystem = templateVersionLinkResolver(ImportIndicatorTableResultModel, (result) => result.systemId, {
  description: '导入的指标体系模板版本（新保存的，或导入者已可使用的同样内容的版本）',
});

@Module({
  imports: [IndicatorSystemsModule],
  controllers: [IndicatorTableFilesController],
  providers: [IndicatorTableImportService, IndicatorTableImportResolver, ImportResultSystem],
  exports: [IndicatorTableImportService],
})
export class IndicatorImportModule {}
