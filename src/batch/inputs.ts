import { stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';

const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Expands files, folders and globs into a sorted list of article paths. Unknown paths are errors. */
export async function listInputs(patterns: string[]): Promise<{ paths: string[]; problems: string[] }> {
  const found = new Set<string>();
  const problems: string[] = [];
  for (const pattern of patterns) {
    const info = await stat(pattern).catch(() => undefined);
    if (info?.isFile()) {
      found.add(pattern);
      continue;
    }
    const matches = info?.isDirectory()
      ? await glob(['**/*.{txt,md,markdown}'], { cwd: pattern, absolute: false, onlyFiles: true, dot: false }).then((list) => list.map((p) => joinPath(pattern, p)))
      : await glob([pattern], { onlyFiles: true, dot: false });
    const articles = matches.filter((p) => ARTICLE_EXTENSIONS.test(p));
    if (!articles.length) problems.push(info ? `${pattern}: no .txt or .md files in it` : `${pattern}: no such file, folder or matching glob`);
    for (const path of articles) found.add(path);
  }
  return { paths: [...found].sort(), problems };
}

function joinPath(folder: string, relative: string): string {
  return `${folder.replace(/[\\/]+$/, '')}/${relative}`;
}
