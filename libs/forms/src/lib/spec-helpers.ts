import { join, resolve } from 'node:path';
import { loadFormFile } from './loader';
import { formatDefinitionError, parseFormDefinition } from './parser';
import type { DefinitionError, FormDefinition } from './types';

// Shared by the specs: workspace paths and loaders that fail loudly.

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const FORMS_DIR = join(WORKSPACE_ROOT, 'forms');
export const WORKFLOWS_DIR = join(WORKSPACE_ROOT, 'workflows');

export function loadOrThrow(name: string): FormDefinition {
  const result = loadFormFile(join(FORMS_DIR, name));
  if (!result.ok) throw new Error(result.errors.map(formatDefinitionError).join('\n'));
  return result.definition;
}

export function compileOrThrow(source: string): FormDefinition {
  const result = parseFormDefinition(source, 'inline.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatDefinitionError).join('\n'));
  return result.definition;
}

export function errorsOf(source: string, stages?: readonly string[]): readonly DefinitionError[] {
  const result = parseFormDefinition(source, 'inline.yaml', stages ? { stages } : {});
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.errors;
}
