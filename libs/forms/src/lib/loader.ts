import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFormDefinition, positionInSource } from './parser';
import type { DefinitionError, DirectoryLoadResult, FormDefinition, ParseResult } from './types';

// File-system entry points; everything else in the library is pure.

export interface LoadOptions {
  /** State keys of a workflow by its key, to check sign-off stages against; undefined: not checked. */
  readonly stagesOf?: (workflowKey: string) => readonly string[] | undefined;
}

function unreadable(file: string, error: unknown): DefinitionError {
  const reason = error instanceof Error ? error.message : String(error);
  return { file, line: 1, column: 1, path: '', code: 'FILE_UNREADABLE', message: `无法读取：${reason}` };
}

function parse(source: string, file: string, options: LoadOptions): ParseResult {
  const first = parseFormDefinition(source, file);
  if (!first.ok || first.definition.workflow === undefined) return first;
  // Parsed again with the workflow's states so that an unknown stage is reported with its position.
  const stages = options.stagesOf?.(first.definition.workflow);
  return stages ? parseFormDefinition(source, file, { stages }) : first;
}

export function loadFormFile(filePath: string, options: LoadOptions = {}): ParseResult {
  try {
    return parse(readFileSync(filePath, 'utf8'), filePath, options);
  } catch (error) {
    return { ok: false, errors: [unreadable(filePath, error)] };
  }
}

/**
 * Every `*.yaml` / `*.yml` directly in `dir`, in name order. Fails if any file is bad or two
 * files declare the same key and version (old versions may live beside new ones).
 */
export function loadFormDirectory(dir: string, options: LoadOptions = {}): DirectoryLoadResult {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { ok: false, errors: [unreadable(dir, error)] };
  }
  const definitions: FormDefinition[] = [];
  const errors: DefinitionError[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      errors.push(unreadable(file, error));
      continue;
    }
    const result = parse(source, file, options);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const { key, version } = result.definition;
    const other = seen.get(`${key}@${version}`);
    if (other !== undefined) {
      const { line, column } = positionInSource(source, ['version']);
      errors.push({
        file,
        line,
        column,
        path: 'version',
        code: 'DUPLICATE_DEFINITION',
        message: `表单"${key}"的版本 ${version} 已在 ${other} 中定义，请提升版本号`,
      });
      continue;
    }
    seen.set(`${key}@${version}`, file);
    definitions.push(result.definition);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definitions };
}
