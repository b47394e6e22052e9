import { columnLetter } from './cell-grid';
import type { TableField, TableHeader } from './header';
import { FIELD_LABELS } from './header';
import type { CellProblem, TableProblemCode } from './table-problem';

/** Collects problems of one sheet, placing each at a row and a field's column. */
export class ProblemSink {
  readonly list: CellProblem[] = [];

  constructor(
    readonly sheet: string,
    private readonly header: TableHeader | null,
  ) {}

  private add(severity: CellProblem['severity'], code: TableProblemCode, row: number, field: TableField | null, message: string): void {
    const column = field && this.header?.columns[field];
    this.list.push({
      code,
      severity,
      sheet: this.sheet,
      row,
      column: column ? columnLetter(column) : '',
      field: field ? (this.header?.labels[field] ?? FIELD_LABELS[field]) : '',
      message,
    });
  }

  error(code: TableProblemCode, row: number, field: TableField | null, message: string): void {
    this.add('error', code, row, field, message);
  }

  warning(code: TableProblemCode, row: number, field: TableField | null, message: string): void {
    this.add('warning', code, row, field, message);
  }
}
