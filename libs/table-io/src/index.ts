export * from './indicator-table';
export * from './inherit-units';
export * from './campaign-template';
export * from './read-campaign-template';
