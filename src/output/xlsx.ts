import ExcelJS from 'exceljs';
import type { ArticleJson } from './article-json.js';
import { writeFileAtomic } from './atomic.js';
import { TABLES, type Column, type Table } from './tables.js';
import { fixZipDates } from './zip-dates.js';

type CellValue = ReturnType<Column<unknown>['value']>;

/** A sheet given by its rows rather than per article (the compare tables). */
export interface Sheet<Row = any> {
  name: string;
  columns: Column<Row>[];
  rows: Iterable<Row>;
}

const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_767;
/** Characters XML 1.0 cannot carry: a workbook containing one will not open. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A constant creation date and zip entry time, so that the same tables always give the same bytes. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * Writes one workbook with a sheet per table: typed cells, a frozen header row, filters on and
 * columns sized to their content. Text is only ever written as a plain string, which the library
 * stores as text, so no formula is ever created from article text.
 */
export async function writeWorkbook(path: string, articles: AsyncIterable<ArticleJson> | Iterable<ArticleJson>, tables: Table[] = TABLES): Promise<void> {
  const workbook = newWorkbook();
  const sheets = tables.map((table) => new SheetWriter(workbook, table.name, table.columns));
  for await (const article of articles) {
    tables.forEach((table, index) => {
      for (const row of table.rows(article)) sheets[index]!.add(row);
    });
  }
  await save(path, workbook, sheets);
}

/** The same for tables whose rows are already at hand. */
export async function writeSheets(path: string, sheets: Sheet[]): Promise<void> {
  const workbook = newWorkbook();
  const writers = sheets.map((sheet) => {
    const writer = new SheetWriter(workbook, sheet.name, sheet.columns);
    for (const row of sheet.rows) writer.add(row);
    return writer;
  });
  await save(path, workbook, writers);
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

async function save(path: string, workbook: ExcelJS.Workbook, sheets: SheetWriter[]): Promise<void> {
  for (const sheet of sheets) sheet.finish();
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(path, fixZipDates(new Uint8Array(buffer as ArrayBuffer), FIXED_DATE));
}

class SheetWriter {
  private readonly worksheet: ExcelJS.Worksheet;
  private readonly widths: number[];

  constructor(
    workbook: ExcelJS.Workbook,
    name: string,
    private readonly columns: Column<any>[],
  ) {
    this.worksheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', ySplit: 1 }] });
    this.worksheet.columns = columns.map((column) => ({ header: column.name, key: column.name, style: columnStyle(column) }));
    this.worksheet.getRow(1).font = { bold: true };
    this.widths = columns.map((column) => column.name.length);
  }

  add(row: unknown): void {
    const values = this.columns.map((column, index) => {
      const value = cellValue(column, column.value(row));
      this.widths[index] = Math.max(this.widths[index]!, displayLength(value));
      return value;
    });
    this.worksheet.addRow(values);
  }

  finish(): void {
    this.worksheet.columns.forEach((column, index) => {
      column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, this.widths[index]! + 2));
    });
    this.worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: this.columns.length } };
  }
}

/** The value a cell gets: numbers as numbers, dates as dates, booleans as booleans, anything else as a plain string. */
export function cellValue(column: Column<unknown>, value: CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (column.type === 'date') {
    const date = parseDate(value);
    if (date) return date;
  }
  const text = value.replace(XML_INVALID, '\uFFFD');
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** A calendar date (2025-12-20) or a date and time with its offset, as a UTC Date; anything vaguer stays text. */
function parseDate(value: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return date.getUTCDate() === Number(day[3]) ? date : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time);
  }
  return undefined;
}

function columnStyle(column: Column<unknown>): Partial<ExcelJS.Style> {
  if (column.type === 'date') return { numFmt: 'yyyy-mm-dd' };
  if (column.type === 'integer') return { numFmt: '0' };
  return {};
}

function displayLength(value: ReturnType<typeof cellValue>): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  const text = String(value);
  // Only the longest line counts: a cell with line breaks is as wide as its longest line.
  return text.includes('\n') ? Math.max(...text.split('\n').map((line) => line.length)) : text.length;
}

/** Excel's rules: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'sheet';
  let name = base;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  return name;
}
