import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readCsv } from '../diff/read-csv.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiffCommand, type DiffCommandOptions } from '../../src/cli/diff.js';
import { RunReadError } from '../../src/diff/read-run.js';
import type { RunDiff } from '../../src/diff/diff-runs.js';
import { buildArticle, type ArticleSpec } from '../diff/fixtures.js';
import { writeRun } from '../diff/write-run.js';

const TEXT = 'Japan hosts a summit\nJapan pledged 3 trillion yen on December 20, 2025. Leaders met in Tokyo.';
const spec = (value = 3e12, text = '3 trillion yen', sentenceScores = [0, 0.3, 0]): ArticleSpec => ({
  id: 'summit',
  entities: [
    { name: 'Japan', type: 'GPE', mentions: ['Japan', ['Japan', 1]] },
    { name: 'Tokyo', type: 'GPE', mentions: ['Tokyo'] },
  ],
  figures: [{ text, kind: 'money', value, unit: 'JPY' }],
  dates: [{ text: 'December 20, 2025', value: '2025-12-20' }],
  sentenceScores,
});
const original = buildArticle(TEXT, spec());
const other = buildArticle('Another story\nNothing happened.', { id: 'other' });
const edited = buildArticle(TEXT.replace('3 trillion', '4 trillion'), spec(4e12, '4 trillion yen'));
const rescored = buildArticle(TEXT, spec(3e12, '3 trillion yen', [0, 0.5, 0]));

let dir: string;
const runs: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-diff-'));
  runs.first = await writeRun(join(dir, 'first'), [original, other]);
  runs.again = await writeRun(join(dir, 'again'), [structuredClone(original), structuredClone(other)]);
  runs.edited = await writeRun(join(dir, 'edited'), [edited, other]);
  runs.rescored = await writeRun(join(dir, 'rescored'), [rescored, other]);
  runs.added = await writeRun(join(dir, 'added'), [original, buildArticle('Third story\nTokyo grew.', { id: 'third' })]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function diff(oldDir: string, newDir: string, options: DiffCommandOptions = {}, terminal: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  let output = '';
  const status = await runDiffCommand(oldDir, newDir, options, { write: (text) => (output += text), isTTY: terminal.isTTY ?? false, env: terminal.env ?? {} });
  return { status, output };
}

describe('dossier diff', () => {
  it('says "no changes" and returns 0 for two identical runs', async () => {
    const { status, output } = await diff(runs.first!, runs.again!);
    expect(status).toBe(0);
    expect(output).toContain('2 articles: 0 changed, 2 unchanged, 0 added, 0 removed');
    expect(output).toContain('no changes');
  });

  it('shows an edited figure as one changed figure with old and new value, and returns 1', async () => {
    const { status, output } = await diff(runs.first!, runs.edited!);
    expect(status).toBe(1);
    expect(output).toContain('  summit  changed    figures: 1 changed  (text edited)\n');
    expect(output).toContain('  ~ figure line 2 "3 trillion yen"\n      value: 3000000000000 -> 4000000000000\n      text: "3 trillion yen" -> "4 trillion yen"\n');
    expect(output).not.toMatch(/^ {2}[+-] /m);
  });

  it('lists articles found in one run only as added or removed', async () => {
    const { status, output } = await diff(runs.first!, runs.added!);
    expect(status).toBe(1);
    expect(output).toContain('3 articles: 0 changed, 1 unchanged, 1 added, 1 removed');
    expect(output).toMatch(/other +removed/);
    expect(output).toMatch(/third +added/);
  });

  it('gives the same content as JSON with --json', async () => {
    const { status, output } = await diff(runs.first!, runs.edited!, { json: true });
    expect(status).toBe(1);
    const result = JSON.parse(output) as RunDiff;
    expect(result.summary.articles).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(result.summary.tables.figures).toEqual({ added: 0, removed: 0, changed: 1 });
    const [change] = result.articles.find((a) => a.id === 'summit')!.changes;
    expect(change).toMatchObject({ table: 'figures', change: 'changed', old: { start: 35, line: 2 }, new: { start: 35, line: 2 } });
  });

  it('writes one change table per kind of fact with --csv', async () => {
    const out = join(dir, 'changes');
    await diff(runs.first!, runs.edited!, { csv: out });
    expect((await readdir(out)).sort()).toEqual(['articles.csv', 'comments.csv', 'dates.csv', 'entities.csv', 'figures.csv', 'mentions.csv', 'quotes.csv', 'sentences.csv']);
    const figures = readCsv(await readFile(join(out, 'figures.csv'), 'utf8'));
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ article_id: 'summit', change: 'changed', changed_fields: 'value; text', old_value: '3000000000000', new_value: '4000000000000', old_unit: 'JPY', new_unit: 'JPY' });
    expect(readCsv(await readFile(join(out, 'dates.csv'), 'utf8'))).toEqual([]);
  });

  it('ignores the fields named with --ignore, and scores within --tolerance', async () => {
    expect((await diff(runs.first!, runs.rescored!)).status).toBe(1);
    expect((await diff(runs.first!, runs.rescored!, { ignore: ['sentiment'] })).status).toBe(0);
    expect((await diff(runs.first!, runs.rescored!, { ignore: ['sentences.sentiment_label'], tolerance: 0.25 })).status).toBe(0);
    expect((await diff(runs.first!, runs.rescored!, { tolerance: 0.1 })).status).toBe(1);
  });

  it('colours a terminal, and neither a pipe nor a terminal with NO_COLOR set', async () => {
    expect((await diff(runs.first!, runs.edited!, {}, { isTTY: true })).output).toContain('\u001b[33m');
    expect((await diff(runs.first!, runs.edited!, {}, { isTTY: true, env: { NO_COLOR: '1' } })).output).not.toContain('\u001b[');
    expect((await diff(runs.first!, runs.edited!)).output).not.toContain('\u001b[');
  });

  it('compares two article files with --articles, whatever their ids', async () => {
    const renamed = await writeRun(join(dir, 'renamed'), [{ ...edited, id: 'summit-v2' }]);
    const { status, output } = await diff(join(runs.first!, 'articles', 'summit.json'), join(renamed, 'articles', 'summit-v2.json'), { articles: true });
    expect(status).toBe(1);
    expect(output).toContain('summit -> summit-v2');
  });

  it('refuses a folder that is not an output folder', async () => {
    await expect(diff(join(dir, 'missing'), runs.first!)).rejects.toThrow(RunReadError);
    await expect(diff(join(dir, 'missing'), runs.first!)).rejects.toThrow(/no such folder/);
  });

  it('exits 1 on differences and 2 on errors as a command', async () => {
    const run = promisify(execFile);
    const command = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'diff', ...args], { env: { ...process.env, NO_COLOR: '1' } }).then(
        () => 0,
        (error: { code: number }) => error.code,
      );
    // Each start loads every stage, so only the statuses runDiffCommand does not return itself.
    const statuses = await Promise.all([command(runs.first!, runs.edited!), command(runs.first!, runs.again!, '--ignore', 'nonsense')]);
    expect(statuses).toEqual([1, 2]);
  });
});
