import type { DefinitionParseResult, DefinitionsLoadResult, LocatedError } from '@accredit/yaml-definitions';
import type { WorkflowDefinition } from './compiled-definition';

// What can be wrong with a definition, and what reading one or a directory of them gives.

export type DefinitionErrorCode =
  | 'FILE_UNREADABLE'
  | 'YAML_SYNTAX'
  | 'SCHEMA_VIOLATION'
  | 'NO_INITIAL_STATE'
  | 'MULTIPLE_INITIAL_STATES'
  | 'INVALID_FINAL_STATE'
  | 'UNKNOWN_STATE'
  | 'UNREACHABLE_STATE'
  | 'DUPLICATE_TRANSITION'
  | 'TRANSITION_FROM_FINAL'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_GUARD'
  | 'UNKNOWN_EFFECT'
  | 'INVALID_GUARD_PARAMS'
  | 'INVALID_EFFECT_PARAMS'
  | 'INVALID_STATE_FLAG'
  | 'CONFLICTING_COMMENT_RULE'
  | 'INVALID_SCHEDULE'
  | 'INVALID_FAMILY'
  | 'DUPLICATE_DEFINITION';

/**
 * A problem of a workflow definition at file:line:column (1-based), in Chinese for people
 * editing the YAML; `path` e.g. `transitions[3].guards[0]`, empty for the file as a whole.
 */
export type DefinitionError = LocatedError<DefinitionErrorCode>;

export type ParseResult = DefinitionParseResult<WorkflowDefinition, DefinitionErrorCode>;

export type DirectoryLoadResult = DefinitionsLoadResult<WorkflowDefinition, DefinitionErrorCode>;
