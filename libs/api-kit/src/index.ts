export * from './error-code';
export * from './app-error';
export * from './format-graphql-error';
export * from './scalars';
export * from './pagination';
export * from './request-loaders';
export * from './ids';
export * from './actor';
