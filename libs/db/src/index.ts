export * from './embedded-postgres';
export * from './orm-options';
export * from './run-migrations';
export * from './prepared-statement';
export * from './read-relation';
