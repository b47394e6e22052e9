// What the cross-app suites in tests/ start: the API itself, as main.ts does.
export { startApi, type RunningApi } from './bootstrap';
export { loadConfig, type AppConfig } from './config/app-config';
export { queryLimits, LIST_SIZES } from './config/query-limits';
export { STORED_FILES, FILE_KEEPERS } from './stored-files';
