import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleJson } from '../../src/output/article-json.js';

/** An output folder holding the given articles, as `dossier run` lays them out. */
export async function writeRun(outDir: string, articles: ArticleJson[]): Promise<string> {
  await mkdir(join(outDir, 'articles'), { recursive: true });
  for (const article of articles) await writeFile(join(outDir, 'articles', `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
  return outDir;
}
