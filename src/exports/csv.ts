/**
 * RFC 4180 CSV, both ways, through the csv-parse and csv-stringify packages: the gazetteer
 * is the CSV the registry reads, the open-data exports the CSV it writes.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** Parses CSV text into rows keyed by the header line; blank lines are skipped. */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/**
 * Writes rows as CSV with a header line and CRLF line ends, quoting only the fields that
 * need it. Lists should be joined by the caller; booleans are written `true` or `false`.
 *
 * A text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
 * full-width forms) gets a leading `'`, csv-stringify's `escape_formulas`: a spreadsheet
 * would otherwise run it as a formula when a clerk opens the file, and
 * `=HYPERLINK("http://…")` in a policy's summary would become a live link. Numbers are
 * left alone, so a negative count stays a number. Identifiers, versions, dates and URLs
 * cannot begin with these characters, so they are never changed.
 */
export function toCsv<T extends Record<string, unknown>>(columns: (keyof T & string)[], rows: T[]): string {
  // Records as arrays, in column order: csv-stringify would read a dot in a column name as a path.
  const records = rows.map((row) => columns.map((column) => row[column]));
  return stringify([columns, ...records], {
    escape_formulas: true,
    record_delimiter: 'windows',
    // Quote a lone CR or LF too: csv-stringify stops doing so once record_delimiter is set,
    // and an unquoted line break in a note would split its row in two.
    quote_record_delimiter: true,
    cast: { boolean: (value) => String(value) },
  });
}
