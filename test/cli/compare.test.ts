import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompareCommand, type CompareCommandOptions } from '../../src/cli/compare.js';
import { buildArticle } from '../diff/fixtures.js';
import { readCsv } from '../diff/read-csv.js';
import { writeRun } from '../diff/write-run.js';

const december = buildArticle('Summit in Tokyo\nJapan pledged 3 trillion yen to Kazakhstan on December 20, 2025. Japan hosted.', {
  id: 'december',
  date: '2025-12-21',
  entities: [
    { name: 'Japan', type: 'GPE', mentions: ['Japan', ['Japan', 1]], sentiment: 0.4 },
    { name: 'Kazakhstan', type: 'GPE', mentions: ['Kazakhstan'], sentiment: 0 },
    { name: 'Tokyo', type: 'GPE', mentions: ['Tokyo'] },
  ],
  figures: [{ text: '3 trillion yen', kind: 'money', value: 3e12, unit: 'JPY' }],
  dates: [{ text: 'December 20, 2025', value: '2025-12-20' }],
});
const november = buildArticle('Talks in Astana\nKazakhstan sent 40 officials. Trade rose 12% in 2024.', {
  id: 'november',
  date: '2025-11-02',
  entities: [{ name: 'Kazakhstan', type: 'GPE', mentions: ['Kazakhstan'], sentiment: -0.2 }],
  figures: [
    { text: '40 officials', kind: 'count', value: 40, unit: 'officials' },
    { text: '12%', kind: 'percent', value: 12, unit: '%' },
  ],
  dates: [{ text: '2024', value: '2024' }],
});
const undated = buildArticle('Notes\nUzbekistan and Japan met.', {
  id: 'undated',
  entities: [
    { name: 'Uzbekistan', type: 'GPE', mentions: ['Uzbekistan'] },
    { name: 'Japan', type: 'GPE', mentions: ['Japan'] },
  ],
});

let dir: string;
let out: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-compare-'));
  out = await writeRun(join(dir, 'out'), [december, november, undated]);
  await writeRun(join(dir, 'earlier'), [november]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function compare(options: CompareCommandOptions = {}) {
  let output = '';
  const status = await runCompareCommand(out, options, { write: (text) => (output += text), env: {} });
  const table = async (name: string) => readCsv(await readFile(join(out, 'compare', `${name}.csv`), 'utf8'));
  return { status, output, table };
}

describe('dossier compare', () => {
  it('counts each entity over the articles, with first and last appearance by article date', async () => {
    const { status, output, table } = await compare();
    expect(status).toBe(0);
    expect(output).toContain('3 articles (2025-11-02 to 2025-12-21; 1 undated), 4 entities');
    const entities = await table('entities');
    expect(entities.map((e) => e.name)).toEqual(['Japan', 'Kazakhstan', 'Tokyo', 'Uzbekistan']);
    expect(entities[0]).toMatchObject({ articles: '2', mentions: '3', sentiment_mean: '0.4', first_date: '2025-12-21', first_article: 'december', last_article: 'december' });
    expect(entities[1]).toMatchObject({ articles: '2', mentions: '2', sentiment_mean: '-0.1', first_article: 'november', last_article: 'december' });
    // Seen only in an undated article: no first or last date.
    expect(entities[3]).toMatchObject({ first_date: '', last_date: '' });
  });

  it('writes an entity-by-article table, long and wide, articles in date order', async () => {
    const { table } = await compare();
    const long = await table('entity_articles');
    expect(long.filter((r) => r.name === 'Kazakhstan').map((r) => [r.article_id, r.mentions, r.sentiment_score])).toEqual([
      ['november', '1', '-0.2'],
      ['december', '1', '0'],
    ]);
    const wide = await table('entity_mentions');
    expect(Object.keys(wide[0]!)).toEqual(['entity_id', 'name', 'type', 'november', 'december', 'undated']);
    expect(wide[0]).toMatchObject({ name: 'Japan', november: '0', december: '2', undated: '1' });
    const sentiment = await table('entity_sentiment');
    expect(sentiment[1]).toMatchObject({ name: 'Kazakhstan', november: '-0.2', december: '0', undated: '' });
  });

  it('gathers the figures and dates of the sentences that mention each entity', async () => {
    const facts = await compare().then(({ table }) => table('entity_facts'));
    const of = (name: string) => facts.filter((f) => f.name === name).map((f) => `${f.article_id}: ${f.fact} ${f.text}`);
    expect(of('Kazakhstan')).toEqual(['november: figure 40 officials', 'december: figure 3 trillion yen', 'december: date December 20, 2025']);
    expect(of('Japan')).toEqual(['december: figure 3 trillion yen', 'december: date December 20, 2025']);
    expect(of('Tokyo')).toEqual([]);
  });

  it('lists the entities new since a date', async () => {
    const { output, table } = await compare({ since: '2025-12' });
    expect((await table('new_entities')).map((e) => e.name)).toEqual(['Japan', 'Tokyo']);
    expect(output).toContain('new since 2025-12: 2 entities');
    expect((await table('entities')).map((e) => e.new)).toEqual(['true', 'false', 'true', 'false']);
  });

  it('lists the entities new since another run', async () => {
    const { output, table } = await compare({ sinceRun: join(dir, 'earlier') });
    expect((await table('new_entities')).map((e) => e.name)).toEqual(['Japan', 'Tokyo', 'Uzbekistan']);
    expect(output).toContain('3 entities');
  });

  it('writes the same tables as a workbook with --xlsx', async () => {
    await compare({ xlsx: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'compare', 'compare.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['entities', 'entity_articles', 'entity_mentions', 'entity_sentiment', 'entity_facts']);
    const entities = workbook.getWorksheet('entities')!;
    expect(entities.getCell('D2').value).toBe(2);
    expect(entities.getCell('G2').value).toEqual(new Date(Date.UTC(2025, 11, 21)));
  });
});
