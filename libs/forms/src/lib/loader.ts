import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefinitions, type DefinitionFile, isYamlFileName, unreadableFile } from '@accredit/yaml-definitions';
import { parseFormDefinition } from './parser';
import type { DirectoryLoadResult, ParseResult } from './types';

// File-system entry points; everything else in the library is pure.

export interface LoadOptions {
  /** State keys of a workflow by its key, to check sign-off stages against; undefined: not checked. */
  readonly stagesOf?: (workflowKey: string) => readonly string[] | undefined;
}

function readDefinitionFile(file: string): DefinitionFile {
  try {
    return { file, source: readFileSync(file, 'utf8') };
  } catch (error) {
    return { file, error };
  }
}

function parse(source: string, file: string, options: LoadOptions): ParseResult {
  const first = parseFormDefinition(source, file);
  if (!first.ok || first.definition.workflow === undefined) return first;
  // Parsed again with the workflow's states so that an unknown stage is reported with its position.
  const stages = options.stagesOf?.(first.definition.workflow);
  return stages ? parseFormDefinition(source, file, { stages }) : first;
}

export function loadFormFile(filePath: string, options: LoadOptions = {}): ParseResult {
  const read = readDefinitionFile(filePath);
  return 'source' in read ? parse(read.source, filePath, options) : { ok: false, errors: [unreadableFile(filePath, read.error)] };
}

/**
 * Every `*.yaml` / `*.yml` directly in `dir`, in name order. Fails if any file is bad or two
 * files declare the same key and version (old versions may live beside new ones).
 */
export function loadFormDirectory(dir: string, options: LoadOptions = {}): DirectoryLoadResult {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isYamlFileName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { ok: false, errors: [unreadableFile(dir, error)] };
  }
  const { definitions, errors } = collectDefinitions(
    names.map((name) => readDefinitionFile(join(dir, name))),
    (source, file) => parse(source, file, options),
    ({ key, version }, other) => `表单"${key}"的版本 ${version} 已在 ${other} 中定义，请提升版本号`,
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definitions: definitions.map((d) => d.definition) };
}
