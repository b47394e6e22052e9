export * from './rule-kind';
export * from './rule-params';
