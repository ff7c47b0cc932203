import type { ArticleJson } from '../output/article-json.js';
import { diffArticles, loneArticle, type ArticleDiff, type ChangeKind, type DiffOptions, type TableCounts } from './diff-articles.js';
import { FACT_TABLES } from './facts.js';
import { compareText, listRunArticles, readArticleJson, readRunRecord } from './read-run.js';

export interface DiffSummary {
  articles: Record<ArticleDiff['status'], number>;
  /** Changes per table over every article present in both runs. */
  tables: Record<string, TableCounts>;
  /** Articles added, removed or changed: 0 means no differences. */
  differences: number;
}

export interface RunDiff {
  old: string;
  new: string;
  /** Facts about the runs themselves (pipeline or versions changed), shown before the summary. */
  notes: string[];
  summary: DiffSummary;
  articles: ArticleDiff[];
}

/** Diffs two output folders article by article; articles in one folder only are added or removed. */
export async function diffRuns(oldDir: string, newDir: string, options: DiffOptions): Promise<RunDiff> {
  const [oldArticles, newArticles] = await Promise.all([listRunArticles(oldDir), listRunArticles(newDir)]);
  const ids = [...new Set([...oldArticles.keys(), ...newArticles.keys()])].sort(compareText);
  const articles: ArticleDiff[] = [];
  for (const id of ids) {
    const oldPath = oldArticles.get(id);
    const newPath = newArticles.get(id);
    if (!oldPath) articles.push(loneArticle(id, 'added'));
    else if (!newPath) articles.push(loneArticle(id, 'removed'));
    else articles.push(diffArticles(await readArticleJson(oldPath), await readArticleJson(newPath), options));
  }
  return { old: oldDir, new: newDir, notes: await runNotes(oldDir, newDir), summary: summarise(articles), articles };
}

/** Diffs two article files, whatever their ids. */
export async function diffArticleFiles(oldPath: string, newPath: string, options: DiffOptions): Promise<RunDiff> {
  const [oldArticle, newArticle]: ArticleJson[] = await Promise.all([readArticleJson(oldPath), readArticleJson(newPath)]);
  const articles = [diffArticles(oldArticle, newArticle, options)];
  return { old: oldPath, new: newPath, notes: [], summary: summarise(articles), articles };
}

function summarise(articles: ArticleDiff[]): DiffSummary {
  const counts: DiffSummary['articles'] = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const tables: Record<string, TableCounts> = {};
  for (const table of FACT_TABLES) tables[table.name] = { added: 0, removed: 0, changed: 0 };
  for (const article of articles) {
    counts[article.status]++;
    for (const [name, tableCounts] of Object.entries(article.tables)) {
      for (const kind of Object.keys(tableCounts) as ChangeKind[]) tables[name]![kind] += tableCounts[kind];
    }
  }
  return { articles: counts, tables, differences: counts.added + counts.removed + counts.changed };
}

async function runNotes(oldDir: string, newDir: string): Promise<string[]> {
  const [oldRun, newRun] = await Promise.all([readRunRecord(oldDir), readRunRecord(newDir)]);
  if (!oldRun || !newRun) return [];
  const notes: string[] = [];
  if (oldRun.pipeline?.hash !== newRun.pipeline?.hash) notes.push(`pipeline changed: ${oldRun.pipeline?.name ?? '?'} (${short(oldRun.pipeline?.hash)}) -> ${newRun.pipeline?.name ?? '?'} (${short(newRun.pipeline?.hash)})`);
  const names = [...new Set([...Object.keys(oldRun.versions ?? {}), ...Object.keys(newRun.versions ?? {})])].sort(compareText);
  for (const name of names) {
    const before = oldRun.versions?.[name];
    const after = newRun.versions?.[name];
    if (before !== after) notes.push(`${name} ${before ?? 'absent'} -> ${after ?? 'absent'}`);
  }
  return notes;
}

const short = (hash: string | undefined) => (hash ? hash.slice(0, 8) : 'no hash');
