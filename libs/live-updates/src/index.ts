export * from './live-updates.module';
export * from './change-listener.service';
export * from './live-change';
export * from './live-audience';
export * from './live-updates.exception';
