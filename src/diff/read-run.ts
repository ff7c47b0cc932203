import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleJson } from '../output/article-json.js';
import type { RunRecord } from '../batch/run-batch.js';

/** A folder or file that is not what diff or compare expects: reported, exit status 2. */
export class RunReadError extends Error {}

/** The articles of an output folder: id -> path of `articles/<id>.json`, sorted by id. */
export async function listRunArticles(outDir: string): Promise<Map<string, string>> {
  const folder = join(outDir, 'articles');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const exists = await stat(outDir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    throw new RunReadError(exists ? `${outDir} is not a Dossier output folder: it has no articles/ folder (${code})` : `${outDir}: no such folder`);
  }
  const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  ids.sort(compareText);
  return new Map(ids.map((id) => [id, join(folder, `${id}.json`)]));
}

export async function readArticleJson(path: string): Promise<ArticleJson> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new RunReadError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let article: unknown;
  try {
    article = JSON.parse(source);
  } catch (error) {
    throw new RunReadError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  const candidate = article as Partial<ArticleJson> | null;
  if (!candidate || typeof candidate !== 'object' || candidate.schemaVersion !== 1 || typeof candidate.text !== 'string' || typeof candidate.id !== 'string') {
    throw new RunReadError(`${path}: not a Dossier article (expected schemaVersion 1 with id and text)`);
  }
  return candidate as ArticleJson;
}

/** Every article of an output folder, in id order, read one at a time. */
export async function* readRunArticles(outDir: string): AsyncIterable<ArticleJson> {
  for (const path of (await listRunArticles(outDir)).values()) yield await readArticleJson(path);
}

/** run.json of an output folder, or null when there is none (older output, copied articles). */
export async function readRunRecord(outDir: string): Promise<RunRecord | null> {
  try {
    return JSON.parse(await readFile(join(outDir, 'run.json'), 'utf8')) as RunRecord;
  } catch {
    return null;
  }
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
