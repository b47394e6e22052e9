/**
 * A sheet as the table readers see it, whatever file it came from: rows of cell texts, with
 * the cells covered by a merged cell marked as continuations (they inherit, like blanks).
 */
export interface GridCell {
  /** Trimmed text; '' when blank or a continuation. */
  text: string;
  /** Covered by a merged cell whose value sits above or to the left. */
  continuation: boolean;
}

export interface CellGrid {
  sheet: string;
  /** rows[0] is spreadsheet row 1. */
  rows: GridCell[][];
  /** Columns beyond the reading limit that were not read (an .xlsx wider than maxColumns). */
  droppedColumns?: number;
}

export const BLANK: GridCell = { text: '', continuation: false };

export function cellAt(grid: CellGrid, row: number, column: number): GridCell {
  return grid.rows[row - 1]?.[column - 1] ?? BLANK;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** Normalises cell text: unifies line breaks, trims each line, drops empty lines at the ends. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, ''))
    .join('\n')
    .trim();
}
