import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefinitions, type DefinitionFile, formatPath, isYamlFileName, unreadableFile } from '@accredit/yaml-definitions';
import { familyMismatches, familyOf } from './family';
import { parseDefinition, positionInSource } from './parser';
import type { DefinitionError, DirectoryLoadResult, ParseResult } from './types';

// File-system entry points; everything else in the engine is pure.

function readDefinitionFile(file: string): DefinitionFile {
  try {
    return { file, source: readFileSync(file, 'utf8') };
  } catch (error) {
    return { file, error };
  }
}

export function loadDefinitionFile(filePath: string): ParseResult {
  const read = readDefinitionFile(filePath);
  return 'source' in read ? parseDefinition(read.source, filePath) : { ok: false, errors: [unreadableFile(filePath, read.error)] };
}

/**
 * Every `*.yaml` / `*.yml` directly in `dir`, in name order. Fails if any file is bad or two
 * files declare the same key and version (old versions may live beside new ones).
 */
export function loadWorkflowDirectory(dir: string): DirectoryLoadResult {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isYamlFileName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { ok: false, errors: [unreadableFile(dir, error)] };
  }

  const collected = collectDefinitions(
    names.map((name) => readDefinitionFile(join(dir, name))),
    parseDefinition,
    ({ key, version }, other) => `流程"${key}"的版本 ${version} 已在 ${other} 中定义`,
  );
  const errors: DefinitionError[] = collected.errors;
  const definitions = collected.definitions.map((d) => d.definition);
  const sources = new Map(collected.definitions.map((d) => [d.definition, d.source] as const));
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
