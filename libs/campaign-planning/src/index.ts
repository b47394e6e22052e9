export * from './calendar-date';
export * from './phase-plan';
export * from './due-dates';
