import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunRecord } from '../batch/run-batch.js';
import type { ArticleJson } from '../output/article-json.js';
import { writeFileAtomic } from '../output/atomic.js';
import { TABLES } from '../output/tables.js';
import { articlePage } from './article-page.js';
import { compareText } from './format.js';
import { runPage, type RunInfo } from './run-page.js';
import { summarise, type ArticleSummary } from './summary.js';

/**
 * Writes `<outDir>/report/index.html` and `<outDir>/report/articles/<id>.html` from the output of a
 * run. Articles are read and written one at a time; only their summaries are kept for the run page.
 */
export async function writeReport(outDir: string): Promise<void> {
  const articlesDir = join(outDir, 'articles');
  const reportDir = join(outDir, 'report');
  const files = await listJson(articlesDir);
  const summaries: ArticleSummary[] = [];
  const problems: string[] = [];
  const pages = new Set<string>();
  for (const file of files) {
    const name = file.slice(0, -'.json'.length);
    let article: ArticleJson;
    try {
      article = readArticle(JSON.parse(await readFile(join(articlesDir, file), 'utf8')));
    } catch (error) {
      problems.push(`articles/${file}: ${(error as Error).message}`);
      continue;
    }
    await writeFileAtomic(join(reportDir, 'articles', `${name}.html`), articlePage(name, article).value);
    pages.add(`${name}.html`);
    summaries.push(summarise(name, article));
  }
  await removeStalePages(join(reportDir, 'articles'), pages);
  const run = await readRun(join(outDir, 'run.json'), problems);
  await writeFileAtomic(join(reportDir, 'index.html'), runPage({ summaries, run, files: await dataFiles(outDir), problems }).value);
}

async function listJson(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no articles in ${dir}: run 'dossier run --out <folder>' first and give that folder`);
    throw error;
  }
  return names.filter((name) => name.endsWith('.json') && name.length > '.json'.length).sort(compareText);
}

/**
 * Accepts what `dossier run` writes, also from a pipeline that left layers out: missing layers are
 * empty. Anything that is not an article at all is refused with a reason.
 */
export function readArticle(data: unknown): ArticleJson {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an article (expected a JSON object)');
  const raw = data as Partial<ArticleJson>;
  if (typeof raw.text !== 'string') throw new Error("not an article (no 'text')");
  if (typeof raw.id !== 'string') throw new Error("not an article (no 'id')");
  const list = <T>(value: T[] | undefined, field: string): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new Error(`'${field}' is not a list`);
    return value;
  };
  const sentiment = raw.sentiment;
  return {
    schemaVersion: 1,
    id: raw.id,
    metadata: Object.fromEntries(Object.entries(raw.metadata ?? {}).filter(([, value]) => typeof value === 'string')),
    referenceDate: raw.referenceDate ?? { value: null, source: 'none' },
    text: raw.text,
    segments: list(raw.segments, 'segments'),
    sentences: list(raw.sentences, 'sentences'),
    entities: list(raw.entities, 'entities').map((entity) => ({ ...entity, mentions: list(entity.mentions, 'entities[].mentions') })),
    figures: list(raw.figures, 'figures'),
    dates: list(raw.dates, 'dates'),
    quotes: list(raw.quotes, 'quotes'),
    comments: list(raw.comments, 'comments'),
    sentiment: { article: sentiment?.article ?? { score: 0, label: 'neutral' }, segments: list(sentiment?.segments, 'sentiment.segments') },
    messages: list(raw.messages, 'messages'),
  };
}

async function readRun(path: string, problems: string[]): Promise<RunInfo | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return runInfo(JSON.parse(text) as Partial<RunRecord>);
  } catch (error) {
    problems.push(`run.json: ${(error as Error).message}`);
    return undefined;
  }
}

/** Takes from run.json only what the run page shows, checking each field: the file may be older or newer than this code. */
export function runInfo(record: Partial<RunRecord>): RunInfo {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const versions = typeof record.versions === 'object' && record.versions !== null ? record.versions : {};
  return {
    pipeline: text(record.pipeline?.name),
    pipelinePath: text(record.pipeline?.path),
    referenceDate: text(record.referenceDate),
    seconds: typeof record.seconds === 'number' ? record.seconds : undefined,
    versions: Object.entries(versions)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .sort(([a], [b]) => compareText(a, b)),
    failed: (Array.isArray(record.articles) ? record.articles : []).filter((article) => article?.status === 'failed').map((article) => text(article.error) ?? text(article.path) ?? 'an article failed'),
    inputProblems: strings(record.inputProblems),
    orphans: strings((record as { orphans?: unknown }).orphans),
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Pages of articles that are no longer in the output would link to nothing and mislead. */
async function removeStalePages(dir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.endsWith('.html') && !keep.has(name)) await rm(join(dir, name), { force: true });
  }
}

const TABLE_ORDER = TABLES.map((table) => `${table.name}.csv`);

/** The tables and workbooks of the run, the standard tables first in their usual order. */
async function dataFiles(outDir: string): Promise<string[]> {
  const names = (await readdir(outDir)).filter((name) => /\.(csv|xlsx)$/.test(name));
  const rank = (name: string) => (TABLE_ORDER.includes(name) ? TABLE_ORDER.indexOf(name) : TABLE_ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}
