import type { LocatedError } from './yaml-source';
import { positionInYaml } from './yaml-source';

// What a directory of YAML definitions (workflows/, forms/) asks of its loader, kept pure: which
// files count, and the definitions of the files read, each key and version declared once. The
// loaders read the disk; this decides.

/** A definition file as read: its source, or why it could not be read. */
export type DefinitionFile = { readonly file: string; readonly source: string } | { readonly file: string; readonly error: unknown };

/** Whether a directory entry is a definition file: `*.yaml` or `*.yml`. */
export function isYamlFileName(name: string): boolean {
  return /\.ya?ml$/.test(name);
}

/** A file (or directory) that could not be read, placed at its start. */
export function unreadableFile(file: string, error: unknown): LocatedError<'FILE_UNREADABLE'> {
  const reason = error instanceof Error ? error.message : String(error);
  return { file, line: 1, column: 1, path: '', code: 'FILE_UNREADABLE', message: `无法读取：${reason}` };
}

/** A definition parsed from its source, or every problem found in it. */
export type DefinitionParseResult<D, C extends string> = { readonly ok: true; readonly definition: D } | { readonly ok: false; readonly errors: readonly LocatedError<C>[] };

/** A directory's definitions, or every problem found across its files. */
export type DefinitionsLoadResult<D, C extends string> = { readonly ok: true; readonly definitions: readonly D[] } | { readonly ok: false; readonly errors: readonly LocatedError<C>[] };

export interface CollectedDefinitions<D, C extends string> {
  /** The good definitions, in the files' order, each with its source (to place later problems). */
  readonly definitions: { readonly definition: D; readonly source: string }[];
  readonly errors: LocatedError<C | 'FILE_UNREADABLE' | 'DUPLICATE_DEFINITION'>[];
}

/**
 * Each file parsed in turn; a file that could not be read or does not parse is reported, and so
 * is one declaring a key and version an earlier file declared (`duplicate` says it, in Chinese),
 * at its `version`.
 */
export function collectDefinitions<D extends { readonly key: string; readonly version: number }, C extends string>(
  files: readonly DefinitionFile[],
  parse: (source: string, file: string) => DefinitionParseResult<D, C>,
  duplicate: (definition: D, otherFile: string) => string,
): CollectedDefinitions<D, C> {
  const definitions: { definition: D; source: string }[] = [];
  const errors: LocatedError<C | 'FILE_UNREADABLE' | 'DUPLICATE_DEFINITION'>[] = [];
  const seen = new Map<string, string>();
  for (const read of files) {
    if (!('source' in read)) {
      errors.push(unreadableFile(read.file, read.error));
      continue;
    }
    const result = parse(read.source, read.file);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const id = `${result.definition.key}@${result.definition.version}`;
    const other = seen.get(id);
    if (other !== undefined) {
      const { line, column } = positionInYaml(read.source, ['version']);
      errors.push({ file: read.file, line, column, path: 'version', code: 'DUPLICATE_DEFINITION', message: duplicate(result.definition, other) });
      continue;
    }
    seen.set(id, read.file);
    definitions.push({ definition: result.definition, source: read.source });
  }
  return { definitions, errors };
}
