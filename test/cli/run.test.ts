import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/batch/lock.js';
import { articleLines } from '../../src/cli/run.js';
import { article, corpus, lightPipeline, temporaryFolder } from '../batch/helpers.js';

const dossier = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', ...args], { encoding: 'utf8' });
const SUMMARY = /^(\d+) articles, (\d+) succeeded, (\d+) failed, (\d+) skipped \(unchanged\), \d+ entities, \d+ figures, \d+ dates, \d+\.\d s\n$/;

describe('dossier run', () => {
  it('prints the one-line summary, names a failed file, and skips unchanged articles on a rerun', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 2), 'b.txt': article('Beta', 2), 'broken.txt': '\u0000' });
    const out = await temporaryFolder();
    const pipeline = await lightPipeline();

    const first = dossier(input, '--out', out, '--pipeline', pipeline, '--workers', '2', '--verbose');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(SUMMARY);
    expect(first.stdout.match(SUMMARY)!.slice(1, 5)).toEqual(['3', '2', '1', '0']);
    expect(first.stderr).toContain(`error: ${join(input, 'broken.txt')}: looks like a binary file`);
    expect(first.stderr).toMatch(/^ok: .*a\.txt -> a\.json \(\d+ ms\)$/m);
    // Not a terminal: no bar redrawn in place, at most plain progress lines.
    expect(first.stderr).not.toMatch(/\x1b|\r/);

    await writeFile(join(input, 'broken.txt'), 'Now a real article.\n');
    const second = dossier(input, '--out', out, '--pipeline', pipeline, '--workers', '0', '--quiet');
    expect(second.status).toBe(0);
    expect(second.stdout.match(SUMMARY)!.slice(1, 5)).toEqual(['3', '3', '0', '2']);
    expect(second.stderr).toBe('');
  });

  it('refuses to write into a folder another run holds, with exit status 2', async () => {
    const input = await corpus({ 'a.txt': article('Alpha', 1) });
    const out = await temporaryFolder();
    await writeFile(join(out, LOCK_FILE), JSON.stringify({ pid: process.pid, hostname: hostname(), started: new Date().toISOString() }));
    const result = dossier(input, '--out', out, '--pipeline', await lightPipeline(), '--workers', '0');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`is in use by another Dossier run (process ${process.pid} on ${hostname()}`);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['--workers', '-1'],
    ['--timeout', '0'],
  ])('takes %s %s for a usage error (exit status 2)', (option, value) => {
    const result = dossier('corpus/', '--out', '/nonexistent/never-written', option, value);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`option '(-\\w, )?${option} <\\w+>' argument '${value}' is invalid`));
  });
});

describe('messages of dossier run', () => {
  const warned = {
    path: 'corpus/a.txt',
    id: 'a',
    status: 'ok' as const,
    milliseconds: 12,
    messages: [{ severity: 'warning' as const, stage: 'figures', reason: 'unknown currency', start: 40, line: 7 }, { severity: 'warning' as const, stage: 'dates', reason: 'no year' }],
  };

  it('name the file, the line where there is one, and the stage', () => {
    expect(articleLines(warned, {})).toEqual(['warning: corpus/a.txt:7: [figures] unknown currency', 'warning: corpus/a.txt: [dates] no year']);
  });

  it('are errors only with --quiet, and one more line per article with --verbose', () => {
    expect(articleLines(warned, { quiet: true })).toEqual([]);
    expect(articleLines(warned, { verbose: true })[0]).toBe('ok: corpus/a.txt -> a.json (12 ms)');
    expect(articleLines({ ...warned, skipped: true }, { verbose: true })[0]).toBe('unchanged: corpus/a.txt -> a.json');
    const failed = { path: 'b.txt', status: 'failed' as const, stage: 'entities', error: "b.txt: stage 'entities' failed: boom", messages: [], milliseconds: 1 };
    expect(articleLines(failed, { quiet: true })).toEqual(["error: b.txt: stage 'entities' failed: boom"]);
    expect(articleLines({ ...failed, stage: 'input', error: 'b.txt: the file is empty' }, {})).toEqual(['error: b.txt: the file is empty [input]']);
  });
});
