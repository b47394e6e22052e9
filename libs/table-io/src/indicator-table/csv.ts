import { CsvError, parse } from 'csv-parse/sync';
import type { CellGrid } from './cell-grid';
import { cleanText } from './cell-grid';

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK, which is
 * what Excel in Chinese Windows writes for "CSV" — so a district's own file needs no converting.
 */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** The delimiter of the first line that is used most: comma, tab or semicolon. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const counts = [',', '\t', ';'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].delimiter : ',';
}

/** A quoted field that is never closed: everything after it would be one cell. */
export class UnclosedQuote extends Error {
  constructor(
    /** The text line (1-based) where the record with the open quote starts. */
    readonly line: number,
    /** Its record (row) number, as a spreadsheet shows the file. */
    readonly record: number,
  ) {
    super(`unclosed quote in the record starting at line ${line}`);
  }
}

/**
 * RFC 4180 CSV through csv-parse: quoted fields may hold delimiters, line breaks and doubled
 * quotes; a quote inside an unquoted field is kept as written; rows may differ in length. A
 * quote that is never closed throws UnclosedQuote with its line — never a swallowed rest of file.
 */
export function parseCsv(text: string): string[][] {
  let lastLine = 0;
  let records = 0;
  try {
    return parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        records += 1;
        return record;
      },
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') throw new UnclosedQuote(lastLine + 1, records + 1);
    throw error;
  }
}

export function csvGrid(buffer: Buffer, sheet: string): CellGrid {
  return { sheet, rows: parseCsv(decodeText(buffer)).map((cells) => cells.map((text) => ({ text: cleanText(text), continuation: false }))) };
}
