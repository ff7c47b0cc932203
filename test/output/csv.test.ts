import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, writeCsvTable } from '../../src/output/csv.js';
import type { Column, Table } from '../../src/output/tables.js';
import type { ArticleJson } from '../../src/output/article-json.js';

const text: Column<unknown> = { name: 'text', type: 'text', doc: '', value: () => '' };
const number: Column<unknown> = { name: 'value', type: 'number', doc: '', value: () => 0 };

describe('CSV cells', () => {
  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises %j, which a spreadsheet would run as a formula', (value) => {
    expect(csvCell(text, value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(csvCell(text, 'Sanae Takaichi')).toBe('Sanae Takaichi');
    expect(csvCell(text, 'a = b')).toBe('a = b');
  });

  it('writes real numbers as plain numbers, negative ones included, never in exponent notation', () => {
    expect(csvCell(number, -0.25)).toBe('-0.25');
    expect(csvCell(number, 3e12)).toBe('3000000000000');
    expect(csvCell(number, 1.13e9)).toBe('1130000000');
    expect(csvCell(number, 0.1 + 0.2)).toBe('0.3');
  });

  it('writes missing values as empty cells and booleans as true/false', () => {
    expect(csvCell(text, undefined)).toBe('');
    expect(csvCell(text, null)).toBe('');
    expect(csvCell(number, Number.NaN)).toBe('');
    expect(csvCell(text, true)).toBe('true');
  });
});

describe('writeCsvTable', () => {
  const table: Table<{ name: string; value: number }> = {
    name: 'demo',
    doc: '',
    rows: (article) => [{ name: article.id, value: article.text.length }],
    columns: [
      { name: 'name', type: 'text', doc: '', value: (r) => r.name },
      { name: 'value', type: 'integer', doc: '', value: (r) => r.value },
    ],
  };
  const articles = async function* () {
    yield { id: 'a, "quoted"', text: 'x\ny' } as ArticleJson;
    yield { id: 'é🤣', text: '' } as ArticleJson;
  };

  it('writes RFC 4180 CSV with a header row, quoting where needed', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'dossier-csv-')), 'demo.csv');
    await writeCsvTable(path, table, articles(), false);
    expect(await readFile(path, 'utf8')).toBe('name,value\n"a, ""quoted""",3\né🤣,0\n');
  });

  it('starts with a UTF-8 byte order mark for Excel when asked', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'dossier-csv-')), 'demo.csv');
    await writeCsvTable(path, table, articles(), true);
    expect((await readFile(path)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
