import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAnalyser } from '../../src/batch/pool.js';
import { DEFAULT_MAX_BYTES } from '../../src/batch/read-input.js';
import { article, corpus, lightPipeline, temporaryFolder } from './helpers.js';

const COMPACT_MB = 64;

/** An article whose analysis needs far more heap than COMPACT_MB. */
const large = () => Array.from({ length: 3000 }, (_, i) => article(`Part ${i}`, 12, i)).join('\n');

async function analyseAlone(files: Record<string, string>, name: string, workerMemoryMb: number) {
  const input = await corpus(files);
  const outDir = await temporaryFolder();
  await mkdir(join(outDir, 'articles'));
  const analyser = await openAnalyser(1, await lightPipeline(), workerMemoryMb, COMPACT_MB);
  try {
    return await analyser.process({ path: join(input, name), outDir, maxBytes: DEFAULT_MAX_BYTES }, 60_000);
  } finally {
    await analyser.close();
  }
}

describe('worker heaps', () => {
  it('analyse again, on a worker with the full memory limit, an article that outgrows the compact heap', async () => {
    const outcome = await analyseAlone({ 'large.txt': large() }, 'large.txt', 1024);
    expect(outcome).toMatchObject({ status: 'ok', id: 'large' });
  });

  it('fail an article that needs more than the full limit, naming the option', async () => {
    const outcome = await analyseAlone({ 'large.txt': large() }, 'large.txt', COMPACT_MB);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.error).toMatch(/large\.txt: needed more than the worker memory limit of 64 MB \(option --worker-memory\)/);
  });
});
