import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheets, writeWorkbook } from '../../src/output/xlsx.js';
import { TABLES } from '../../src/output/tables.js';
import { buildArticle } from '../diff/fixtures.js';

const TEXT = 'Japan hosts a summit\nJapan pledged 3 trillion yen on December 20, 2025.\n=HYPERLINK("https://evil","click") and +1 said @home.';

const article = buildArticle(TEXT, {
  id: 'summit',
  title: '=1+1 looks like a formula',
  date: '2025-12-21',
  entities: [{ name: 'Japan', type: 'GPE', mentions: ['Japan', ['Japan', 1]], sentiment: 0.25 }],
  figures: [{ text: '3 trillion yen', kind: 'money', value: 3e12, unit: 'JPY' }],
  dates: [{ text: 'December 20, 2025', value: '2025-12-20' }],
});

let dir: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-xlsx-'));
  await writeWorkbook(join(dir, 'tables.xlsx'), [article]);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'tables.xlsx'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sheet = (name: string) => workbook.getWorksheet(name)!;
const header = (name: string) => (sheet(name).getRow(1).values as unknown[]).slice(1);
const cell = (name: string, row: number, column: string) => sheet(name).getCell(row, header(name).indexOf(column) + 1);

describe('writeWorkbook', () => {
  it('writes one sheet per table, in the order of the tables, with the column names as header', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(TABLES.map((t) => t.name));
    expect(header('figures')).toEqual(TABLES.find((t) => t.name === 'figures')!.columns.map((c) => c.name));
  });

  it('writes numbers as numbers, dates as dates, booleans as booleans and text as text', () => {
    expect(cell('figures', 2, 'value').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('figures', 2, 'value').value).toBe(3e12);
    expect(cell('articles', 2, 'characters').value).toBe(TEXT.length);
    expect(cell('articles', 2, 'date').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('articles', 2, 'date').value as Date).toISOString()).toBe('2025-12-21T00:00:00.000Z');
    expect(cell('dates', 2, 'start_date').value).toEqual(new Date(Date.UTC(2025, 11, 20)));
    expect(cell('dates', 2, 'relative').type).toBe(ExcelJS.ValueType.Boolean);
    expect(cell('entities', 2, 'sentiment_score').value).toBe(0.25);
    expect(cell('entities', 2, 'name').type).toBe(ExcelJS.ValueType.String);
    expect(cell('figures', 2, 'value_high').type).toBe(ExcelJS.ValueType.Null);
  });

  it('keeps text that looks like a formula as text', () => {
    const title = cell('articles', 2, 'title');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=1+1 looks like a formula');
    expect(title.formula).toBeUndefined();
    const sentence = cell('sentences', 4, 'text');
    expect(sentence.type).toBe(ExcelJS.ValueType.String);
    expect(sentence.value).toBe('=HYPERLINK("https://evil","click") and +1 said @home.');
  });

  it('keeps the header in view, turns filters on and sizes columns to their content', () => {
    expect(sheet('mentions').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet('mentions').autoFilter).toBeTruthy();
    const sentences = sheet('sentences');
    const textColumn = sentences.getColumn(header('sentences').indexOf('text') + 1);
    const startColumn = sentences.getColumn(header('sentences').indexOf('start') + 1);
    expect(textColumn.width).toBeGreaterThan(startColumn.width!);
    expect(textColumn.width).toBeLessThanOrEqual(60);
  });

  it('gives the same bytes for the same tables', async () => {
    await writeWorkbook(join(dir, 'again.xlsx'), (async function* () {
      yield article;
    })());
    expect(Buffer.compare(await readFile(join(dir, 'tables.xlsx')), await readFile(join(dir, 'again.xlsx')))).toBe(0);
  });
});

describe('writeSheets', () => {
  it('writes rows given directly, replacing characters a workbook cannot hold', async () => {
    const path = join(dir, 'sheets.xlsx');
    await writeSheets(path, [
      {
        name: 'odd/name?',
        columns: [
          { name: 'label', type: 'text', doc: '', value: (r: { label: string }) => r.label },
          { name: 'count', type: 'integer', doc: '', value: (r: { count: number }) => r.count },
        ],
        rows: [{ label: 'bell\u0007here', count: 7 }],
      },
    ]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(path);
    const only = read.worksheets[0]!;
    expect(only.name).toBe('odd_name_');
    expect(only.getCell('A2').value).toBe('bell\uFFFDhere');
    expect(only.getCell('B2').value).toBe(7);
  });
});
