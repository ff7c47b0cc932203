import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A temporary folder removed after the test. */
export async function temporaryFolder(prefix = 'dossier-batch-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Writes `files` (name -> content) into a new corpus folder. */
export async function corpus(files: Record<string, string>): Promise<string> {
  const folder = await temporaryFolder('dossier-corpus-');
  await mkdir(folder, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, content]) => writeFile(join(folder, name), content)));
  return folder;
}

/** A small pipeline, enough to exercise the batch without the cost of every stage. */
export async function lightPipeline(): Promise<string> {
  const folder = await temporaryFolder('dossier-pipeline-');
  const path = join(folder, 'light.json');
  await writeFile(path, JSON.stringify({ name: 'light', stages: ['segments', 'sentences'] }));
  return path;
}

export const DEFAULT_PIPELINE = new URL('../../pipelines/default.json', import.meta.url).pathname;

/** Every file under `folder` (relative path -> content), for byte-for-byte comparisons. */
export async function snapshot(folder: string, skip: (name: string) => boolean = (name) => name === 'run.json'): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(folder.length + 1);
    if (!skip(relative)) files[relative] = await readFile(path, 'utf8');
  }
  return files;
}

export function article(title: string, sentences: number, seed = 0): string {
  const body = Array.from({ length: sentences }, (_, i) => `Minister Ada Lovelace visited Paris on ${1 + ((i + seed) % 28)} March 2025 with ${i + 2} advisers.`).join(' ');
  return `${title}\n\n${body}\n`;
}
