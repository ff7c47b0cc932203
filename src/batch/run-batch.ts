import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArticle, InputError } from '../article/create.js';
import type { Message } from '../article/types.js';
import { loadPipeline, type Pipeline } from '../pipeline/definition.js';
import { runPipeline, StageError } from '../pipeline/run-article.js';
import { serializeArticle, type ArticleJson } from '../output/article-json.js';
import { writeFileAtomic } from '../output/atomic.js';
import { writeCsvTable } from '../output/csv.js';
import { TABLES } from '../output/tables.js';
import { listInputs } from './inputs.js';
import { readInput, DEFAULT_MAX_BYTES } from './read-input.js';
import { versions } from './versions.js';

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  pipelinePath: string;
  referenceDate?: string;
  excel?: boolean;
  maxBytes?: number;
  /** Called after each article, for progress reporting. */
  onArticle?(result: ArticleResult, done: number, total: number): void;
}

export interface ArticleResult {
  path: string;
  id?: string;
  /** SHA-256 of the input file. */
  hash?: string;
  status: 'ok' | 'failed';
  error?: string;
  messages: Message[];
  counts?: { entities: number; figures: number; dates: number; quotes: number; comments: number };
  milliseconds: number;
}

export interface RunRecord {
  pipeline: { name: string; path: string; hash: string };
  versions: Record<string, string>;
  referenceDate: string | null;
  articles: ArticleResult[];
  /** Inputs given that matched no file. */
  inputProblems: string[];
  totals: { articles: number; succeeded: number; failed: number; entities: number; figures: number; dates: number; quotes: number };
  seconds: number;
}

/** Analyses every input article and writes `articles/<id>.json`, the corpus CSV tables and `run.json`. */
export async function runBatch(options: BatchOptions): Promise<RunRecord> {
  const started = performance.now();
  const pipeline = await loadPipeline(options.pipelinePath);
  const { paths, problems } = await listInputs(options.inputs);
  const results: ArticleResult[] = [];
  const written = new Map<string, string>();
  for (const path of paths) {
    const result = await analyseFile(path, pipeline, options, written);
    results.push(result);
    options.onArticle?.(result, results.length, paths.length);
  }
  const ids = [...written.keys()].sort();
  for (const table of TABLES) {
    await writeCsvTable(join(options.outDir, `${table.name}.csv`), table, readArticles(options.outDir, ids), options.excel ?? false);
  }
  const ok = results.filter((r) => r.status === 'ok');
  const sum = (key: keyof NonNullable<ArticleResult['counts']>) => ok.reduce((total, r) => total + (r.counts?.[key] ?? 0), 0);
  const record: RunRecord = {
    pipeline: { name: pipeline.name, path: options.pipelinePath, hash: pipeline.hash },
    versions: versions(),
    referenceDate: options.referenceDate ?? null,
    articles: results,
    inputProblems: problems,
    totals: { articles: results.length, succeeded: ok.length, failed: results.length - ok.length, entities: sum('entities'), figures: sum('figures'), dates: sum('dates'), quotes: sum('quotes') },
    seconds: Math.round(performance.now() - started) / 1000,
  };
  await writeFileAtomic(join(options.outDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

async function analyseFile(path: string, pipeline: Pipeline, options: BatchOptions, written: Map<string, string>): Promise<ArticleResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let id: string | undefined;
  let hash: string | undefined;
  try {
    const input = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    hash = input.hash;
    const article = createArticle(input, options.referenceDate);
    id = article.id;
    const previous = written.get(id);
    if (previous) throw new InputError(`${path}: article id '${id}' is already used by ${previous}; give one of them another id in front matter`);
    runPipeline(article, pipeline);
    await writeFileAtomic(join(options.outDir, 'articles', `${id}.json`), serializeArticle(article));
    written.set(id, path);
    const counts = { entities: article.entities.length, figures: article.figures.length, dates: article.dates.length, quotes: article.quotes.length, comments: article.comments.length };
    return { path, id, hash, status: 'ok', messages: article.messages, counts, milliseconds: elapsed() };
  } catch (error) {
    const reason = error instanceof InputError ? error.message : error instanceof StageError ? `${path}: ${error.message}` : `${path}: ${(error as Error).message}`;
    return { path, id, hash, status: 'failed', error: reason, messages: [], milliseconds: elapsed() };
  }
}

async function* readArticles(outDir: string, ids: string[]): AsyncIterable<ArticleJson> {
  for (const id of ids) yield JSON.parse(await readFile(join(outDir, 'articles', `${id}.json`), 'utf8')) as ArticleJson;
}
