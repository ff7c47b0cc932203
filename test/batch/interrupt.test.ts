import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/batch/lock.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { JOURNAL_FILE } from '../../src/batch/state.js';
import { article, corpus, lightPipeline, snapshot, temporaryFolder } from './helpers.js';

const ARTICLES = 120;
const text = (version: number, i: number) => article(`Story ${i}, version ${version}`, 8, i);

/** Starts `dossier run` in a child process and sends it `signal` once it has written `after` articles. */
async function interruptedRun(args: string[], journal: string, signal: NodeJS.Signals, after: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let finished = false;
  void ended.then(() => (finished = true));
  while (!finished) {
    const lines = await readFile(journal, 'utf8').then((content) => content.split('\n').length - 1, () => 0);
    if (lines >= after) {
      child.kill(signal);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { ...(await ended), stderr };
}

describe('an interrupted run', () => {
  it.each(['SIGKILL', 'SIGINT'] as const)('(%s) leaves every file old or new, and the next run finishes the job', async (signal) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < ARTICLES; i++) files[`story-${String(i).padStart(3, '0')}.txt`] = text(1, i);
    const input = await corpus(files);
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();
    await runBatch({ inputs: [input], outDir: out, pipelinePath: pipeline, workers: 0 });
    const tablesBefore = await snapshot(out, (name) => !name.endsWith('.csv'));

    for (let i = 0; i < ARTICLES; i++) await writeFile(join(input, `story-${String(i).padStart(3, '0')}.txt`), text(2, i));
    const stopped = await interruptedRun([input, '--out', out, '--pipeline', pipeline, '--workers', '0'], join(out, JOURNAL_FILE), signal, 5);
    if (signal === 'SIGKILL') expect(stopped.signal).toBe('SIGKILL');
    else {
      expect(stopped.code).toBe(130);
      expect(stopped.stderr).toContain('stopped by SIGINT; run the same command again to finish');
      await expect(stat(join(out, LOCK_FILE))).rejects.toThrow();
    }

    // Every article file is whole and is either the old or the new version; the tables are the old ones.
    const names = await readdir(join(out, 'articles'));
    let updated = 0;
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const { text: articleText } = JSON.parse(await readFile(join(out, 'articles', name), 'utf8'));
      expect(articleText).toMatch(/version [12]/);
      if (articleText.includes('version 2')) updated++;
    }
    expect(updated).toBeGreaterThanOrEqual(5);
    expect(updated).toBeLessThan(ARTICLES);
    expect(await snapshot(out, (name) => !name.endsWith('.csv'))).toEqual(tablesBefore);

    const resumed = await runBatch({ inputs: [input], outDir: out, pipelinePath: pipeline, workers: 0 });
    expect(resumed.totals).toMatchObject({ articles: ARTICLES, succeeded: ARTICLES, failed: 0 });
    // Articles recorded in the journal before the stop are not analysed again.
    expect(resumed.totals.skipped).toBeGreaterThanOrEqual(5);
    expect((await readdir(out, { recursive: true })).filter((name) => name.includes('.tmp-') || name.includes(JOURNAL_FILE))).toEqual([]);

    const fresh = await temporaryFolder();
    await runBatch({ inputs: [input], outDir: fresh, pipelinePath: pipeline, workers: 0 });
    expect(await snapshot(out)).toEqual(await snapshot(fresh));
  });
});
