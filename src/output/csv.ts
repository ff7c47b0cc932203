import { stringify } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import type { ArticleJson } from './article-json.js';
import type { Column, Table } from './tables.js';
import { writeStreamAtomic } from './atomic.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text a spreadsheet shows as written: text that would run as a formula gets a leading
 * apostrophe (OWASP's advice); real numbers are written as plain numbers.
 */
export function csvCell(column: Column<unknown>, value: ReturnType<Column<unknown>['value']>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (column.type !== 'text' && column.type !== 'date') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Plain decimal notation, never exponent notation, so every spreadsheet reads it as a number. */
function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  const rounded = Math.round(value * 1e6) / 1e6;
  return Math.abs(rounded) >= 1e21 || (Math.abs(rounded) < 1e-6 && rounded !== 0) ? rounded.toFixed(6) : String(rounded);
}

/**
 * Writes one table for the given articles, streamed and atomic. `excel` adds a UTF-8 BOM. Each article's
 * rows are written as one piece: a stream step per row would cost more than the rows themselves.
 */
export async function writeCsvTable(path: string, table: Table, articles: AsyncIterable<ArticleJson>, excel: boolean): Promise<void> {
  const pieces = Readable.from(
    (async function* () {
      yield stringify([table.columns.map((c) => c.name)], { bom: excel, record_delimiter: 'unix' });
      for await (const article of articles) {
        const rows = table.rows(article).map((row) => table.columns.map((column) => csvCell(column, column.value(row))));
        if (rows.length) yield stringify(rows, { record_delimiter: 'unix' });
      }
    })(),
  );
  await writeStreamAtomic(path, pieces);
}
