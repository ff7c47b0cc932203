import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { validateArticleJson } from '../../src/output/schema.js';

// The committed output/ for corpus/ is the golden output: any change to extraction shows up here and
// in review as a diff of output/. After an intended change, `npm start` (or `npx vitest -u`) rewrites it.
const COMMITTED = join(import.meta.dirname, '../../output');

async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && path !== 'report' && path !== 'compare') files.push(...(await listFiles(folder, path)));
    else if (entry.isFile() && /\.(json|csv)$/.test(entry.name) && !entry.name.startsWith('.') && path !== 'run.json') files.push(path);
  }
  return files.sort();
}

describe('output for corpus/', () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    first = await mkdtemp(join(tmpdir(), 'dossier-golden-'));
    second = await mkdtemp(join(tmpdir(), 'dossier-golden-'));
    for (const outDir of [first, second]) await runBatch({ inputs: ['corpus/'], outDir, pipelinePath: 'pipelines/default.json' });
  });

  it('is byte-identical to the committed output/', async () => {
    const files = await listFiles(first);
    expect(files).toContain('articles/central-asia-japan-summit.json');
    expect(files).toEqual(expect.arrayContaining(['articles.csv', 'entities.csv', 'mentions.csv', 'figures.csv', 'dates.csv', 'quotes.csv', 'sentences.csv', 'comments.csv']));
    for (const file of files) await expect(await readFile(join(first, file), 'utf8')).toMatchFileSnapshot(join(COMMITTED, file));
  });

  it('is the same, byte for byte, on a second run', async () => {
    const files = await listFiles(first);
    expect(await listFiles(second)).toEqual(files);
    for (const file of files) expect(await readFile(join(second, file), 'utf8'), file).toBe(await readFile(join(first, file), 'utf8'));
  });

  it('validates against the published JSON Schema', async () => {
    for (const file of (await listFiles(first)).filter((f) => f.startsWith('articles/'))) {
      expect(validateArticleJson(JSON.parse(await readFile(join(first, file), 'utf8'))), file).toEqual([]);
    }
  });

  it('keeps every offset inside the text and every mention equal to its slice', async () => {
    for (const file of (await listFiles(first)).filter((f) => f.startsWith('articles/'))) {
      const article = JSON.parse(await readFile(join(first, file), 'utf8'));
      const spans = [...article.segments, ...article.sentences, ...article.figures, ...article.dates, ...article.quotes, ...article.comments];
      for (const span of spans) expect(0 <= span.start && span.start <= span.end && span.end <= article.text.length).toBe(true);
      for (const entity of article.entities) for (const m of entity.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
      for (const fact of [...article.figures, ...article.dates]) expect(article.text.slice(fact.start, fact.end)).toBe(fact.text);
    }
  });
});
