export * from './progress';
export * from './dashboard.service';
export * from './reporting.module';
export * from './reporting-settings';
