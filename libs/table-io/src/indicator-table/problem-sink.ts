import { columnLetter } from './cell-grid';
import type { HeaderColumn, TableField, TableHeader } from './header';
import { FIELD_LABELS } from './header';
import type { CellProblem, TableProblemCode } from './table-problem';

/** Where a problem is: a field's column, a column of the header itself, or the whole row. */
export type ProblemPlace = TableField | HeaderColumn | null;

/** Collects problems of one sheet, placing each at a row and a column. */
export class ProblemSink {
  readonly list: CellProblem[] = [];

  constructor(
    readonly sheet: string,
    private readonly header: TableHeader | null,
  ) {}

  private add(severity: CellProblem['severity'], code: TableProblemCode, row: number, place: ProblemPlace, message: string): void {
    let column = '';
    let field = '';
    if (typeof place === 'string') {
      const number = this.header?.columns[place];
      column = number ? columnLetter(number) : '';
      field = this.header?.labels[place] ?? FIELD_LABELS[place];
    } else if (place) {
      column = columnLetter(place.column);
      field = place.label;
    }
    this.list.push({ code, severity, sheet: this.sheet, row, column, field, message });
  }

  error(code: TableProblemCode, row: number, place: ProblemPlace, message: string): void {
    this.add('error', code, row, place, message);
  }

  warning(code: TableProblemCode, row: number, place: ProblemPlace, message: string): void {
    this.add('warning', code, row, place, message);
  }
}
