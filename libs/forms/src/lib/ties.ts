import type { FieldTie, FormDefinition } from './types';

/** A field (or a table column) tied to the indicator system, so a figure entered once shows where it is evidence. */
export interface TiedField {
  /** `registered_volunteers`, or `facilities.name` for a column. */
  readonly path: string;
  readonly label: string;
  readonly tie: FieldTie;
}

export function fieldTies(definition: FormDefinition): TiedField[] {
  const tied: TiedField[] = [];
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.ties) tied.push({ path: field.key, label: field.label, tie: field.ties });
      if (field.type !== 'table') continue;
      for (const column of field.columns) {
        if (column.ties) tied.push({ path: `${field.key}.${column.key}`, label: column.label, tie: column.ties });
      }
    }
  }
  return tied;
}
