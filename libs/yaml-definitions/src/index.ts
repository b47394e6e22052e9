// What every YAML definition of the platform (a workflow, a form) shares: reading the source,
// placing each problem at file:line:column, and turning JSON Schema errors into Chinese issues.
// Pure; the definitions' own rules stay in their libraries.
export * from './lib/locator';
export * from './lib/yaml-source';
export * from './lib/schema-issues';
export * from './lib/definition-files';
