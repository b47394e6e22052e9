import type { Anchor } from './locator';
import type { DefinitionErrorCode, PathSegment } from './types';

/** A definition problem before it is given a file, line and column. */
export interface Issue {
  readonly path: readonly PathSegment[];
  readonly code: DefinitionErrorCode;
  readonly message: string;
  readonly anchor?: Anchor;
}
