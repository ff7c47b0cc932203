import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerReport } from '../../src/cli/report.js';
import { outputFolder, summitArticle } from './fixtures.js';

let dir: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const program = () => {
  const command = new Command('dossier').exitOverride();
  registerReport(command);
  return command;
};

describe('dossier report [OUT]', () => {
  it('writes the report of the given output folder and says where', async () => {
    dir = await outputFolder([summitArticle()]);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await program().parseAsync(['node', 'dossier', 'report', dir]);
    expect(await readFile(join(dir, 'report', 'index.html'), 'utf8')).toContain('Leaders meet in Tokyo');
    expect(log).toHaveBeenCalledWith(`wrote ${join(dir, 'report', 'index.html')}`);
  });

  it('reads output/ when no folder is given', () => {
    const report = program().commands.find((command) => command.name() === 'report')!;
    expect(report.registeredArguments[0]!.defaultValue).toBe('output/');
  });
});
