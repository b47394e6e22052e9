export * from './rule-kind';
export * from './rule-params';
export * from './rule-input';
export * from './points';
export * from './tiers';
export * from './score-rule';
export * from './totals';
export * from './projection';
