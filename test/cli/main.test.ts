import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dossier = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('the dossier command', () => {
  it('lists its commands in --help', () => {
    const result = dossier('--help');
    expect(result.status).toBe(0);
    for (const command of ['run', 'diff', 'compare', 'report']) expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it.each(['run', 'diff', 'compare', 'report'])('has --help for %s', (command) => {
    const result = dossier(command, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: dossier ${command}`);
  });

  it('exits with status 2 on a usage error', () => {
    expect(dossier('run', '--no-such-option').status).toBe(2);
    expect(dossier('run', '--reference-date', 'yesterday').status).toBe(2);
    expect(dossier('frobnicate').status).toBe(2);
  });

  it('exits with status 2 and says what is wrong when the pipeline file names an unknown stage', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const pipeline = join(folder, 'pipeline.json');
    writeFileSync(pipeline, JSON.stringify({ stages: ['segments', 'translate'] }));
    const result = dossier('run', 'corpus/', '--out', join(folder, 'out'), '--pipeline', pipeline);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`pipeline ${pipeline}: stage 2: unknown stage 'translate'`);
  });
});
