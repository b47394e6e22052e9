import type { Issue as YamlIssue } from '@accredit/yaml-definitions';
import type { DefinitionErrorCode } from './types';

/** A definition problem before it is given a file, line and column. */
export type Issue = YamlIssue<DefinitionErrorCode>;
