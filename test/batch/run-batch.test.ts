import { readFile, readdir, writeFile, rm, utimes } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import { PipelineError } from '../../src/pipeline/definition.js';
import { article, corpus, DEFAULT_PIPELINE, lightPipeline, snapshot, temporaryFolder } from './helpers.js';

async function run(input: string, outDir: string, pipelinePath: string, extra: Partial<BatchOptions> = {}) {
  return runBatch({ inputs: [input], outDir, pipelinePath, workers: 0, ...extra });
}

const analysed = (record: Awaited<ReturnType<typeof run>>) =>
  record.articles.filter((r) => !r.skipped).map((r) => r.path.split('/').pop());

describe('incremental runs', () => {
  it('skip every article on a rerun with nothing changed, and say so', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 3), 'b.txt': article('Beta', 3), 'c.md': article('Gamma', 3) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    const first = await run(input, out, pipeline);
    expect(first.totals).toMatchObject({ articles: 3, succeeded: 3, failed: 0, skipped: 0 });
    const before = await snapshot(out);

    const second = await run(input, out, pipeline);
    expect(analysed(second)).toEqual([]);
    expect(second.totals).toMatchObject({ articles: 3, succeeded: 3, failed: 0, skipped: 3 });
    expect(await snapshot(out)).toEqual(before);
  });

  it('reprocess only the article whose content changed', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 3), 'b.txt': article('Beta', 3), 'c.txt': article('Gamma', 3) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await run(input, out, pipeline);
    await writeFile(join(input, 'b.txt'), article('Beta, revised', 4));
    const second = await run(input, out, pipeline);
    expect(analysed(second)).toEqual(['b.txt']);
    expect(second.totals.skipped).toBe(2);
    expect(await readFile(join(out, 'articles.csv'), 'utf8')).toContain('Beta, revised');
  });

  it('does not take a new modification time alone for a change', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await run(input, out, pipeline);
    const later = new Date(Date.now() + 60_000);
    await utimes(join(input, 'a.txt'), later, later);
    expect(analysed(await run(input, out, pipeline))).toEqual([]);
  });

  it('redo every article with --force, or when the pipeline or the reference date changes', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2), 'b.txt': article('Beta', 2) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await run(input, out, pipeline);
    expect(analysed(await run(input, out, pipeline, { force: true }))).toEqual(['a.txt', 'b.txt']);
    expect(analysed(await run(input, out, pipeline, { referenceDate: '2025-12-20' }))).toEqual(['a.txt', 'b.txt']);
    expect(analysed(await run(input, out, pipeline, { referenceDate: '2025-12-20' }))).toEqual([]);
    await writeFile(pipeline, JSON.stringify({ name: 'light', stages: ['segments'] }));
    expect(analysed(await run(input, out, pipeline, { referenceDate: '2025-12-20' }))).toEqual(['a.txt', 'b.txt']);
  });

  it('redo an article whose output file was deleted', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2), 'b.txt': article('Beta', 2) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await run(input, out, pipeline);
    await rm(join(out, 'articles', 'a.json'));
    expect(analysed(await run(input, out, pipeline))).toEqual(['a.txt']);
  });

  it('retry failed articles', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2), 'empty.txt': '' });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await run(input, out, pipeline);
    await writeFile(join(input, 'empty.txt'), article('Now written', 2));
    const second = await run(input, out, pipeline);
    expect(analysed(second)).toEqual(['empty.txt']);
    expect(second.totals).toMatchObject({ succeeded: 2, failed: 0 });
  });
});

describe('deleted inputs', () => {
  it('leave the corpus tables but keep their JSON, which --prune deletes', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2), 'b.txt': article('Beta', 2) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await run(input, out, pipeline);
    await rm(join(input, 'b.txt'));

    const kept = await run(input, out, pipeline);
    expect(kept.orphans).toEqual(['b']);
    expect(await readdir(join(out, 'articles'))).toEqual(['a.json', 'b.json']);
    const table = await readFile(join(out, 'articles.csv'), 'utf8');
    expect(table).toContain('Alpha');
    expect(table).not.toContain('Beta');

    const pruned = await run(input, out, pipeline, { prune: true });
    expect(pruned.pruned).toEqual(['b']);
    expect(analysed(pruned)).toEqual([]);
    expect(await readdir(join(out, 'articles'))).toEqual(['a.json']);
  });
});

describe('worker threads', () => {
  it('write byte-identical output with one worker and with two', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`article-${i}.txt`] = article(`Story ${i}`, 2 + (i % 4) * 3, i);
    files['broken.txt'] = '\u0000binary';
    const input = await corpus(files);
    const one = await temporaryFolder();
    const two = await temporaryFolder();
    const inProcess = await temporaryFolder();
    const first = await runBatch({ inputs: [input], outDir: one, pipelinePath: DEFAULT_PIPELINE, workers: 1 });
    await runBatch({ inputs: [input], outDir: two, pipelinePath: DEFAULT_PIPELINE, workers: 2 });
    await runBatch({ inputs: [input], outDir: inProcess, pipelinePath: DEFAULT_PIPELINE, workers: 0 });
    expect(first.totals).toMatchObject({ articles: 9, succeeded: 8, failed: 1 });
    const reference = await snapshot(one);
    expect(Object.keys(reference)).toContain('articles/article-7.json');
    expect(await snapshot(two)).toEqual(reference);
    expect(await snapshot(inProcess)).toEqual(reference);
  });

  it('reject a wrong pipeline before any article is read, as in the main thread', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2) });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await writeFile(pipeline, JSON.stringify({ stages: ['sentences'] }));
    const expected = `pipeline ${pipeline}: stage 1: stage 'sentences' needs segments, which no earlier stage assigns`;
    await expect(runBatch({ inputs: [input], outDir: out, pipelinePath: pipeline, workers: 1 })).rejects.toThrow(new PipelineError(expected));
    await expect(runBatch({ inputs: [input], outDir: out, pipelinePath: pipeline, workers: 0 })).rejects.toThrow(new PipelineError(expected));
    expect(await readdir(out)).toEqual([]);
  });

  it('fail an article that passes the time limit and go on with the others', async () => {
    const long = (title: string) => Array.from({ length: 200 }, (_, i) => article(`${title} ${i}`, 60, i)).join('\n');
    const input = await corpus({ 'a.txt': long('Alpha'), 'b.txt': article('Beta', 2), 'c.txt': long('Gamma') });
    const out = await temporaryFolder();
    const record = await runBatch({ inputs: [input], outDir: out, pipelinePath: await lightPipeline(), workers: 1, timeoutSeconds: 0.02 });
    expect(record.articles.map((r) => r.status)).toEqual(['failed', 'ok', 'failed']);
    for (const result of [record.articles[0], record.articles[2]]) expect(result.error).toMatch(/time limit of 0\.02 s/);
  });

  it('analyse again an article whose worker was stopped for another one, and count the limit from its own start', async () => {
    // The worker holds two tasks: the short ones wait behind the slow one, then lose their worker with it.
    const slow = Array.from({ length: 400 }, (_, i) => article(`Part ${i}`, 60, i)).join('\n');
    const input = await corpus({ 'a-slow.txt': slow, 'b.txt': article('Beta', 2), 'c.txt': article('Gamma', 2) });
    const out = await temporaryFolder();
    const record = await runBatch({ inputs: [input], outDir: out, pipelinePath: await lightPipeline(), workers: 1, timeoutSeconds: 0.2 });
    expect(record.articles.map((r) => [basename(r.path), r.status])).toEqual([
      ['a-slow.txt', 'failed'],
      ['b.txt', 'ok'],
      ['c.txt', 'ok'],
    ]);
    expect(record.articles[0].error).toMatch(/a-slow\.txt: took longer than the time limit of 0\.2 s/);
  });
});

describe('messages', () => {
  it('name the stage and the id conflict of a duplicate id, in input order', async () => {
    const input = await corpus({ 'a.txt': '---\nid: same\n---\nFirst text.\n', 'b.txt': '---\nid: same\n---\nSecond text.\n' });
    const out = await temporaryFolder();
    const record = await run(input, out, await lightPipeline());
    expect(record.articles.map((r) => r.status)).toEqual(['ok', 'failed']);
    expect(record.articles[1]).toMatchObject({ stage: 'input' });
    expect(record.articles[1].error).toMatch(/b\.txt: article id 'same' is already used by .*a\.txt/);
    expect(JSON.parse(await readFile(join(out, 'articles', 'same.json'), 'utf8')).text).toContain('First text.');
  });

  it('refuse a file over the size limit without reading it', async () => {
    const input = await corpus({ 'small.txt': article('Small', 1), 'big.txt': 'x'.repeat(2000) });
    const out = await temporaryFolder();
    const record = await run(input, out, await lightPipeline(), { maxBytes: 1000 });
    const big = record.articles.find((r) => r.path.endsWith('big.txt'))!;
    expect(big).toMatchObject({ status: 'failed', stage: 'input' });
    expect(big.error).toMatch(/2000 bytes is over the size limit of 1000 bytes \(option --max-bytes\)/);
  });
});

describe('determinism', () => {
  it("gives an article the same output whatever was analysed before it in the same worker", async () => {
    // wink-nlp learns the words it reads: "KO's" read at a sentence end once is no longer split afterwards.
    const later = "Bobick took 34 KO's into the ring against Ken Norton in May 1977.\n";
    const input = await corpus({ 'a-earlier.txt': "He finished the year 40-1 with 36 KO's.\n", 'b-later.txt': later });
    const alone = await corpus({ 'b-later.txt': later });
    const together = await temporaryFolder();
    const apart = await temporaryFolder();
    await runBatch({ inputs: [input], outDir: together, pipelinePath: DEFAULT_PIPELINE, workers: 1 });
    await runBatch({ inputs: [alone], outDir: apart, pipelinePath: DEFAULT_PIPELINE, workers: 1 });
    const json = (folder: string) => readFile(join(folder, 'articles', 'b-later.json'), 'utf8');
    expect(await json(together)).toBe(await json(apart));
  });
});

describe('worker memory', () => {
  it('refuses, before any article, a limit too small for the pipeline to load', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2) });
    const run = runBatch({ inputs: [input], outDir: await temporaryFolder(), pipelinePath: DEFAULT_PIPELINE, workers: 1, workerMemoryMb: 8 });
    await expect(run).rejects.toThrow(/loading it needs more than the worker memory limit of 8 MB \(option --worker-memory\)/);
  });
});
