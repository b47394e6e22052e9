export * from './indicator-import.module';
export * from './indicator-table-import.service';
export * from './import.exception';
