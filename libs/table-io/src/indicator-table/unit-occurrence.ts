/** Where a responsible unit is named in the sheet. */
export interface UnitOccurrence {
  name: string;
  /** Cells naming it, e.g. E12. */
  cells: string[];
  /** Spreadsheet rows naming it. */
  rows: number[];
}

export class UnitOccurrences {
  private readonly byName = new Map<string, UnitOccurrence>();

  add(name: string, row: number, cell: string): void {
    const known = this.byName.get(name) ?? { name, cells: [], rows: [] };
    known.cells.push(cell);
    known.rows.push(row);
    this.byName.set(name, known);
  }

  list(): UnitOccurrence[] {
    return [...this.byName.values()];
  }
}
