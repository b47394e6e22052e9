import { type ColumnField, type FieldTie, type FieldValue, type FormDefinition, type FormField, allFields, toFieldValue } from '@accredit/forms';
import { valueText } from '../export/form-value-text';

/** What a task is evidence for: its scoring rule's code and the codes of its indicator's requirements (考察内容). */
export interface EvidenceTarget {
  readonly ruleCode: string;
  readonly requirementCodes: readonly string[];
}

/** One tied figure of a filled form: the field (or table column), its tie, its value and how it reads. */
export interface TiedFigure {
  /** `registered_volunteers`, or `facilities.name` for a column. */
  readonly path: string;
  readonly label: string;
  readonly tie: FieldTie;
  /** The value as a typed entry; for a column, the table's rows with only that column's cell. */
  readonly value: FieldValue;
  readonly text: string;
}

const matches = (tie: FieldTie, target: EvidenceTarget): boolean => ('rule' in tie ? tie.rule === target.ruleCode : target.requirementCodes.includes(tie.requirement));

function columnFigure(table: FormField & { type: 'table' }, column: ColumnField, values: Record<string, unknown>): { value: FieldValue; text: string } {
  const rows = Array.isArray(values[table.key]) ? (values[table.key] as unknown[]) : [];
  const cells = rows.map((row) => (row && typeof row === 'object' ? (row as Record<string, unknown>)[column.key] : undefined) ?? null);
  const value = toFieldValue(
    { ...table, columns: [column] },
    cells.map((cell) => ({ [column.key]: cell })),
  ) ?? { key: table.key, rows: [] };
  return {
    value,
    text: cells
      .map((cell) => valueText(column, cell))
      .filter((cell) => cell !== '')
      .join('、'),
  };
}

/**
 * The figures of one filled form tied to the target (issue 12: a figure entered once shows up
 * where it is evidence): every field and table column whose `ties` names the rule or one of the
 * requirements, with a value filled in. Empty fields are left out — nothing to show beside evidence.
 */
export function tiedFigures(definition: FormDefinition, values: Record<string, unknown>, target: EvidenceTarget): TiedFigure[] {
  const figures: TiedFigure[] = [];
  for (const field of allFields(definition)) {
    if (field.ties && matches(field.ties, target)) {
      const text = valueText(field, values[field.key]);
      const value = toFieldValue(field, values[field.key]);
      if (text !== '' && value) figures.push({ path: field.key, label: field.label, tie: field.ties, value, text });
    }
    if (field.type !== 'table') continue;
    for (const column of field.columns) {
      if (!column.ties || !matches(column.ties, target)) continue;
      const { value, text } = columnFigure(field, column, values);
      if (text !== '') figures.push({ path: `${field.key}.${column.key}`, label: `${field.label} · ${column.label}`, tie: column.ties, value, text });
    }
  }
  return figures;
}

/** Whether any field of the definition could be tied to the target (skips reading forms that cannot). */
export const mayTie = (definition: FormDefinition, target: EvidenceTarget): boolean =>
  allFields(definition).some((field) => (field.ties && matches(field.ties, target)) || (field.type === 'table' && field.columns.some((column) => column.ties && matches(column.ties, target))));
