import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { diffRuns } from '../../src/diff/diff-runs.js';

// Runs the real stages, which other work keeps improving: the assertions hold whatever they find.
const SAMPLE = 'corpus/central-asia-japan-summit.txt';
const PIPELINE = { name: 'diff-test', stages: ['segments', 'sentences', 'figures', 'dates'] };
const IGNORE = { ignore: ['sentiment'], tolerance: 0 };

let dir: string;
let original: string;

async function run(name: string, text: string): Promise<string> {
  const input = join(dir, `${name}-in`);
  await mkdir(input, { recursive: true });
  await writeFile(join(input, 'central-asia-japan-summit.txt'), text);
  const out = join(dir, `${name}-out`);
  await runBatch({ inputs: [input], outDir: out, pipelinePath: join(dir, 'pipeline.json'), workers: 0 });
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-diff-e2e-'));
  await writeFile(join(dir, 'pipeline.json'), JSON.stringify(PIPELINE));
  original = await readFile(SAMPLE, 'utf8');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('diff of real runs of the sample article', () => {
  it('finds no changes between two runs of the same input', async () => {
    const diff = await diffRuns(await run('first', original), await run('second', original), { ignore: [], tolerance: 0 });
    expect(diff.summary.differences).toBe(0);
  });

  it('finds changes only where one figure was edited', async () => {
    const edited = original.replace('14 meetings of senior officials', '15 meetings of senior officials');
    expect(edited).not.toBe(original);
    const diff = await diffRuns(await run('base', original), await run('edited', edited), IGNORE);
    const editAt = original.indexOf('14 meetings');
    const lineStart = original.lastIndexOf('\n', editAt) + 1;
    const lineEnd = original.indexOf('\n', editAt);
    for (const change of diff.articles.flatMap((a) => a.changes)) {
      expect(change.change).toBe('changed');
      expect(change.old!.start).toBeGreaterThanOrEqual(lineStart);
      expect(change.old!.end).toBeLessThanOrEqual(lineEnd);
    }
    const figures = diff.articles.flatMap((a) => a.changes).filter((c) => c.table === 'figures');
    expect(figures.length).toBeLessThanOrEqual(1);
    if (figures[0]) expect(figures[0].fields).toContainEqual({ field: 'value', old: 14, new: 15 });
  });

  it('finds only new facts in a paragraph added at the top', async () => {
    // No date in it: a date at the top would become the inferred reference date and move relative dates, a real change.
    const paragraph = 'Officials in Bishkek welcomed 12 new projects worth 500 million dollars.\n';
    const diff = await diffRuns(await run('top-base', original), await run('top', paragraph + original), { ignore: ['sentiment', 'articles'], tolerance: 0 });
    for (const change of diff.articles.flatMap((a) => a.changes)) {
      expect(change.change).toBe('added');
      expect(change.new!.end).toBeLessThanOrEqual(paragraph.length);
    }
  });
});
