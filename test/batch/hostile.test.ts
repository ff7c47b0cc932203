import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { runBounded } from './bounded.js';
import { cases } from './hostile-cases.js';
import { corpus, lightPipeline, temporaryFolder } from './helpers.js';

// Not a benchmark: at these sizes a super-linear stage takes minutes, far past these limits, while a
// linear one at the target speed (50,000 words a second) takes a few seconds at most.
const limit = (name: string) => (name.includes('200,000') ? 40_000 : 15_000);
const NAMES = Object.keys(cases);

describe('the default pipeline on hostile inputs', () => {
  let results: Record<string, string>;
  beforeAll(async () => {
    results = await runBounded(new URL('./hostile-cases.ts', import.meta.url), NAMES, limit);
  }, 10 * 60_000);

  it.each(NAMES)('analyses %s in time proportional to its size', (name) => {
    expect(results[name]).toBe('ok');
  });
});

describe('batch limits', () => {
  it('refuse a 50 MB file by the size limit, without reading it, and go on with the others', async () => {
    const input = await corpus({ 'huge.txt': '', 'small.txt': 'A small article.\n' });
    await truncate(join(input, 'huge.txt'), 50 * 1024 * 1024);
    const record = await runBatch({ inputs: [input], outDir: await temporaryFolder(), pipelinePath: await lightPipeline(), workers: 0 });
    expect(record.articles.map((r) => r.status)).toEqual(['failed', 'ok']);
    expect(record.articles[0].error).toBe(`${join(input, 'huge.txt')}: 52428800 bytes is over the size limit of 20971520 bytes (option --max-bytes)`);
  });
});
