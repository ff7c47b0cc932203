import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('a CLI run with the sentiment stage', () => {
  it('prints only Dossier’s own output: no advertisements or notices from dependencies', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-sentiment-'));
    folders.push(folder);
    const input = join(folder, 'article.txt');
    await writeFile(input, 'Leaders gathered in Astana.\nThe talks went well, but nothing was signed. 🤣\n');
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/main.ts'), 'run', input, '--out', join(folder, 'out')], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const lines = `${stdout}\n${stderr}`.split('\n').filter((line) => line.trim());
    expect(lines.filter((line) => /dotenv|injected env|mongoose|redis|postgres|\btip\b|advert|sponsor/i.test(line))).toEqual([]);
    // Dossier's own lines all report on articles: the summary on stdout, progress on stderr.
    expect(lines.every((line) => /\barticles?\b/.test(line))).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});
