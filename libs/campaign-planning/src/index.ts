export * from './phase-plan';
export * from './due-dates';
