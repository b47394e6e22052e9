import { Module } from '@nestjs/common';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { IndicatorTableFilesController } from './indicator-table-files.controller';
import { IndicatorTableImportResolver } from './indicator-table-import.resolver';
import { IndicatorTableImportService } from './indicator-table-import.service';

/**
 * Importing an indicator table (.xlsx / .csv) into an indicator-system template: the file is
 * read by @accredit/table-io, the problems are shown cell by cell, and a clean table is stored
 * through the indicator systems' writer. Its own module because it serves the office admin's
 * set-up, not scoring.
 */
@Module({
  imports: [IndicatorSystemsModule],
  controllers: [IndicatorTableFilesController],
  providers: [IndicatorTableImportService, IndicatorTableImportResolver],
  exports: [IndicatorTableImportService],
})
export class IndicatorImportModule {}
