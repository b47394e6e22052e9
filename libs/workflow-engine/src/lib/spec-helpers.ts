import { join, resolve } from 'node:path';
import { loadDefinitionFile } from './loader';
import { formatDefinitionError, parseDefinition } from './parser';
import type { Actor, DefinitionError, WorkflowDefinition } from './types';

// Shared by the specs: workspace paths, actors, and loaders that fail loudly.

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const WORKFLOWS_DIR = join(WORKSPACE_ROOT, 'workflows');
export const FIXTURES_DIR = join(WORKSPACE_ROOT, 'tests/fixtures/workflows');

export function loadOrThrow(file: string): WorkflowDefinition {
  const result = loadDefinitionFile(file);
  if (!result.ok) throw new Error(result.errors.map(formatDefinitionError).join('\n'));
  return result.definition;
}

export function compileOrThrow(source: string): WorkflowDefinition {
  const result = parseDefinition(source, 'inline.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatDefinitionError).join('\n'));
  return result.definition;
}

export function errorsOf(source: string): readonly DefinitionError[] {
  const result = parseDefinition(source, 'inline.yaml');
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.errors;
}

export const actors = {
  liaison: { id: 'u-liaison', roles: ['liaison'], departmentId: 'dept-science' },
  otherLiaison: { id: 'u-liaison-2', roles: ['liaison'], departmentId: 'dept-culture' },
  office: { id: 'u-office', roles: ['office_admin'] },
  expert: { id: 'u-expert', roles: ['expert'] },
  supervisor: { id: 'u-supervisor', roles: ['supervisor'] },
  systemAdmin: { id: 'u-admin', roles: ['system_admin'] },
} satisfies Record<string, Actor>;
