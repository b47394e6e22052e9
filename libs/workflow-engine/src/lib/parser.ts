import { type Anchor, type SourcePosition, formatLocatedError, positionInYaml, readYamlSource } from '@accredit/yaml-definitions';
import { checksum } from './checksum';
import { validateSchema } from './schema';
import { compileDefinition } from './semantic';
import type { DefinitionError, ParseResult, PathSegment } from './types';

// YAML text → compiled definition, in three passes (syntax, schema, semantics); every error
// is mapped back to file:line:column of the source.

export function parseDefinition(source: string, fileName: string): ParseResult {
  const read = readYamlSource(source, fileName);
  if (!read.ok) return { ok: false, errors: read.errors };
  const schema = validateSchema(read.data);
  if (!schema.ok) return { ok: false, errors: read.locate(schema.issues) };
  const compiled = compileDefinition(schema.data, { file: fileName, checksum: checksum(source) });
  return compiled.ok ? compiled : { ok: false, errors: read.locate(compiled.issues) };
}

/** Position of a path in a source that parses (used for errors found across files). */
export function positionInSource(source: string, path: readonly PathSegment[], anchor?: Anchor): SourcePosition {
  return positionInYaml(source, path, anchor);
}

/** `workflows/task.yaml:12:7 transitions[3].guards[0] UNKNOWN_GUARD 未知的守卫…` */
export function formatDefinitionError(error: DefinitionError): string {
  return formatLocatedError(error);
}
