// Public types of the workflow engine, one file per concept; this file gathers them so that
// `./types` (and the package index) export them all.

/** A step in a location inside a definition: a map key or a list index. */
export type { PathSegment } from '@accredit/yaml-definitions';
export type * from './guard-params';
export type * from './effect-params';
export type * from './compiled-definition';
export type * from './definition-errors';
export type * from './facts';
export type * from './evaluation-types';
export type * from './workflow-graph';
