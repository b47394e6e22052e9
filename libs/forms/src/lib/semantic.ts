import type { Issue } from './issues';
import type { RawDefinition, RawField } from './schema';
import type { ColumnField, FormDefinition, FormField, FormSection, PathSegment } from './types';

// Checks what the JSON Schema cannot — keys unique across the form, ranges that make sense,
// roles that are declared — and builds the compiled definition with every default filled in.

export type CompileResult = { readonly ok: true; readonly definition: FormDefinition } | { readonly ok: false; readonly issues: readonly Issue[] };

export function compileDefinition(raw: RawDefinition, file: string): CompileResult {
  const issues: Issue[] = [];
  const roles = { ...(raw.roles ?? {}) };
  const checkRole = (role: string, path: PathSegment[]): void => {
    if (roles[role] !== undefined) return;
    const known = Object.keys(roles);
    issues.push({
      path,
      code: 'UNKNOWN_ROLE',
      message: `未声明的角色"${role}"：请在 roles 中声明它的中文名称${known.length ? `（已声明：${known.join('、')}）` : ''}`,
    });
  };

  if (raw.filledBy) checkRole(raw.filledBy.role, ['filledBy', 'role']);

  const sectionKeys = new Map<string, string>();
  const fieldKeys = new Map<string, string>();
  const sections: FormSection[] = raw.sections.map((section, s) => {
    const base: PathSegment[] = ['sections', s];
    const first = sectionKeys.get(section.key);
    if (first !== undefined) {
      issues.push({
        path: [...base, 'key'],
        code: 'DUPLICATE_SECTION_KEY',
        message: `部分标识"${section.key}"重复：已用于"${first}"，请换一个`,
      });
    } else sectionKeys.set(section.key, section.label);

    const fields = section.fields.map((field, f) => {
      const path: PathSegment[] = [...base, 'fields', f];
      const other = fieldKeys.get(field.key);
      if (other !== undefined) {
        issues.push({
          path: [...path, 'key'],
          code: 'DUPLICATE_FIELD_KEY',
          message: `栏目标识"${field.key}"重复：已用于"${other}"，同一张表中的栏目标识必须唯一`,
        });
      } else fieldKeys.set(field.key, field.label);
      if (field.type === 'signOff') checkRole(field.role ?? '', [...path, 'role']);
      return compileField(field, path, issues);
    });
    return {
      key: section.key,
      label: section.label,
      ...(section.help !== undefined && { help: section.help }),
      ...(section.maxChars !== undefined && { maxChars: section.maxChars }),
      fields,
    };
  });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    definition: {
      key: raw.key,
      version: raw.version,
      name: raw.name,
      ...(raw.description !== undefined && { description: raw.description }),
      ...(raw.workflow !== undefined && { workflow: raw.workflow }),
      roles,
      ...(raw.filledBy && {
        filledBy: { role: raw.filledBy.role, stages: stageList(raw.filledBy.stage) },
      }),
      sections,
      file,
    },
  };
}

export function stageList(stage: string | readonly string[] | undefined): string[] {
  if (stage === undefined) return [];
  return typeof stage === 'string' ? [stage] : [...stage];
}

function compileField(raw: RawField, path: PathSegment[], issues: Issue[]): FormField {
  if (raw.type === 'table') {
    const columns = raw.columns ?? [];
    const seen = new Map<string, string>();
    const compiled = columns.map((column, c) => {
      const columnPath: PathSegment[] = [...path, 'columns', c];
      const other = seen.get(column.key);
      if (other !== undefined) {
        issues.push({
          path: [...columnPath, 'key'],
          code: 'DUPLICATE_FIELD_KEY',
          message: `列标识"${column.key}"重复：已用于"${other}"，同一表格中的列标识必须唯一`,
        });
      } else seen.set(column.key, column.label);
      return compileField(column, columnPath, issues) as ColumnField;
    });
    checkRange(raw.minRows, raw.maxRows, path, ['minRows', 'maxRows'], '行数', issues);
    return {
      ...common(raw),
      type: 'table',
      columns: compiled,
      ...(raw.minRows !== undefined && { minRows: raw.minRows }),
      ...(raw.maxRows !== undefined && { maxRows: raw.maxRows }),
    };
  }
  switch (raw.type) {
    case 'text':
      return {
        ...common(raw),
        type: 'text',
        ...(raw.maxChars !== undefined && { maxChars: raw.maxChars }),
        multiline: raw.multiline ?? false,
        ...(raw.format !== undefined && { format: raw.format }),
      };
    case 'number':
      checkRange(raw.min, raw.max, path, ['min', 'max'], '取值', issues);
      return {
        ...common(raw),
        type: 'number',
        ...(raw.unit !== undefined && { unit: raw.unit }),
        ...(raw.min !== undefined && { min: raw.min }),
        ...(raw.max !== undefined && { max: raw.max }),
        integer: raw.integer ?? false,
      };
    case 'date':
      return { ...common(raw), type: 'date', precision: raw.precision ?? 'day' };
    case 'yesNo':
      return { ...common(raw), type: 'yesNo' };
    case 'choice': {
      const options = raw.options ?? [];
      const seen = new Set<string>();
      options.forEach((option, o) => {
        if (seen.has(option.key)) {
          issues.push({
            path: [...path, 'options', o, 'key'],
            code: 'DUPLICATE_OPTION',
            message: `选项标识"${option.key}"重复，请换一个`,
          });
        }
        seen.add(option.key);
      });
      return {
        ...common(raw),
        type: 'choice',
        options: options.map((o) => ({ key: o.key, label: o.label })),
        multiple: raw.multiple ?? false,
      };
    }
    case 'attachment':
      return {
        ...common(raw),
        type: 'attachment',
        accept: [...(raw.accept ?? [])],
        ...(raw.maxCount !== undefined && { maxCount: raw.maxCount }),
      };
    case 'signOff': {
      const opinion = raw.opinion === false ? undefined : (raw.opinion ?? {});
      return {
        ...common(raw),
        type: 'signOff',
        role: raw.role ?? '',
        stages: stageList(raw.stage),
        ...(opinion && {
          opinion: {
            label: opinion.label ?? '意见',
            ...(opinion.hint !== undefined && { hint: opinion.hint }),
            ...(opinion.maxChars !== undefined && { maxChars: opinion.maxChars }),
          },
        }),
        signer: raw.signer ?? 'required',
        seal: raw.seal ?? 'optional',
        signatureLabel: raw.signatureLabel ?? '签字',
      };
    }
    default:
      // The schema's discriminator lets no other type through.
      throw new Error(`unexpected field type ${String(raw.type)}`);
  }
}

function common(raw: RawField): {
  key: string;
  label: string;
  required: boolean;
  help?: string;
  ties?: RawField['ties'];
} {
  return {
    key: raw.key,
    label: raw.label,
    required: raw.required ?? false,
    ...(raw.help !== undefined && { help: raw.help }),
    ...(raw.ties !== undefined && { ties: { ...raw.ties } }),
  };
}

function checkRange(min: number | undefined, max: number | undefined, path: PathSegment[], [minKey, maxKey]: [string, string], what: string, issues: Issue[]): void {
  if (min === undefined || max === undefined || min <= max) return;
  issues.push({
    path: [...path, maxKey],
    code: 'INVALID_RANGE',
    message: `${what}上限 ${maxKey}（${max}）小于下限 ${minKey}（${min}），请改正`,
  });
}
