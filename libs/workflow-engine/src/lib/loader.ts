import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPath } from '@accredit/yaml-definitions';
import { familyMismatches, familyOf } from './family';
import { parseDefinition, positionInSource } from './parser';
import type {
  DefinitionError,
  DirectoryLoadResult,
  ParseResult,
  WorkflowDefinition,
} from './types';

// File-system entry points; everything else in the engine is pure.

function unreadable(file: string, error: unknown): DefinitionError {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file,
    line: 1,
    column: 1,
    path: '',
    code: 'FILE_UNREADABLE',
    message: `无法读取：${reason}`,
  };
}

function readSource(
  file: string,
): { ok: true; source: string } | { ok: false; error: DefinitionError } {
  try {
    return { ok: true, source: readFileSync(file, 'utf8') };
  } catch (error) {
    return { ok: false, error: unreadable(file, error) };
  }
}

export function loadDefinitionFile(filePath: string): ParseResult {
  const read = readSource(filePath);
  return read.ok ? parseDefinition(read.source, filePath) : { ok: false, errors: [read.error] };
}

/**
 * Every `*.yaml` / `*.yml` directly in `dir`, in name order. Fails if any file is bad or two
 * files declare the same key and version (old versions may live beside new ones).
 */
export function loadWorkflowDirectory(dir: string): DirectoryLoadResult {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { ok: false, errors: [unreadable(dir, error)] };
  }

  const definitions: WorkflowDefinition[] = [];
  const errors: DefinitionError[] = [];
  const seen = new Map<string, string>();
  const sources = new Map<WorkflowDefinition, string>();
  for (const name of names) {
    const file = join(dir, name);
    const read = readSource(file);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const result = parseDefinition(read.source, file);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const { key, version } = result.definition;
    const id = `${key}@${version}`;
    const other = seen.get(id);
    if (other !== undefined) {
      const { line, column } = positionInSource(read.source, ['version']);
      errors.push({
        file,
        line,
        column,
        path: 'version',
        code: 'DUPLICATE_DEFINITION',
        message: `流程"${key}"的版本 ${version} 已在 ${other} 中定义`,
      });
      continue;
    }
    seen.set(id, file);
    definitions.push(result.definition);
    sources.set(result.definition, read.source);
  }
  for (const { definition, path, other, missing } of familyMismatches(definitions)) {
    const { line, column } = positionInSource(sources.get(definition) ?? '', path);
    errors.push({
      file: definition.file,
      line,
      column,
      path: formatPath(path),
      code: 'INVALID_FAMILY',
      message: `此前批次的状态 ${missing.join('、')} 在同一批次族"${familyOf(other)}"的 ${other.file}（${other.key} 第 ${other.version} 版）中不存在，这些参与单位永远不会被计入；请改用该流程中的状态名`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definitions };
}
