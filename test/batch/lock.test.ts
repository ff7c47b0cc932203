import { spawnSync } from 'node:child_process';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE, LockError } from '../../src/batch/lock.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { article, corpus, lightPipeline, temporaryFolder } from './helpers.js';

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

const lockOf = (pid: number, started = new Date().toISOString()) => `${JSON.stringify({ pid, hostname: hostname(), started })}\n`;

describe('the output folder lock', () => {
  it('refuses a second holder while the first holds it, with a message that says what to do', async () => {
    const out = await temporaryFolder();
    const first = await acquireLock(out);
    const second = acquireLock(out);
    await expect(second).rejects.toThrow(LockError);
    await expect(second).rejects.toThrow(/is in use by another Dossier run \(process \d+ on .*\); wait for it to finish or choose another --out folder/);
    await first.release();
    const third = await acquireLock(out);
    await third.release();
  });

  it('makes a concurrent runBatch into the same folder refuse before writing anything', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2) });
    const out = await temporaryFolder();
    const held = await acquireLock(out);
    await expect(runBatch({ inputs: [input], outDir: out, pipelinePath: await lightPipeline(), workers: 0 })).rejects.toThrow(LockError);
    await expect(stat(join(out, 'run.json'))).rejects.toThrow();
    await held.release();
  });

  it('is taken over from a process that no longer exists', async () => {
    const out = await temporaryFolder();
    await writeFile(join(out, LOCK_FILE), lockOf(deadPid()));
    const lock = await acquireLock(out);
    expect(JSON.parse(await readFile(join(out, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('is taken over when it has not been refreshed for longer than the limit, even if its pid is alive', async () => {
    const out = await temporaryFolder();
    await writeFile(join(out, LOCK_FILE), lockOf(process.ppid));
    await expect(acquireLock(out, 60_000)).rejects.toThrow(LockError);
    const old = new Date(Date.now() - 120_000);
    await utimes(join(out, LOCK_FILE), old, old);
    const lock = await acquireLock(out, 60_000);
    await lock.release();
  });

  it('is removed when the run ends', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2) });
    const out = await temporaryFolder();
    await runBatch({ inputs: [input], outDir: out, pipelinePath: await lightPipeline(), workers: 0 });
    await expect(stat(join(out, LOCK_FILE))).rejects.toThrow();
  });
});
