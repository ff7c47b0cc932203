import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Message } from '../article/types.js';
import type { ArticleJson } from '../output/article-json.js';
import { writeFileAtomic } from '../output/atomic.js';
import { writeCsvTable } from '../output/csv.js';
import { TABLES } from '../output/tables.js';
import type { ArticleCounts } from './analyse.js';
import { listInputs } from './inputs.js';
import { acquireLock } from './lock.js';
import { openAnalyser, type Analyser } from './pool.js';
import { DEFAULT_MAX_BYTES } from './read-input.js';
import { articlePath, isFile } from './process-file.js';
import { Journal, previousRun, runFingerprint } from './state.js';
import { versions } from './versions.js';

export const DEFAULT_TIMEOUT_SECONDS = 120;

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  pipelinePath: string;
  referenceDate?: string;
  excel?: boolean;
  /** Input files larger than this are refused (default 20 MiB). */
  maxBytes?: number;
  /** Worker threads; default one per core. 0 analyses in the calling thread, without time limit. */
  workers?: number;
  /** Heap limit of each worker in MB (default 1024); an article that needs more fails and the batch goes on. */
  workerMemoryMb?: number;
  /** Time limit for one article on a worker; past it the article fails and the batch goes on. */
  timeoutSeconds?: number;
  /** Analyse every article again, even those unchanged since the last run into `outDir`. */
  force?: boolean;
  /** Delete `articles/<id>.json` files that no input of this run produced. */
  prune?: boolean;
  /** How long an unrefreshed lock of another run is respected (default 10 minutes). */
  staleLockMs?: number;
  /** Called after each article, in input order, for progress reporting. */
  onArticle?(result: ArticleResult, done: number, total: number): void;
}

export interface ArticleResult {
  path: string;
  id?: string;
  /** SHA-256 of the input file. */
  hash?: string;
  status: 'ok' | 'failed';
  /** True when the article was unchanged since an earlier run and its output was kept. */
  skipped?: boolean;
  /** The stage that failed ('input' for reading the file). */
  stage?: string;
  error?: string;
  messages: Message[];
  counts?: ArticleCounts;
  milliseconds: number;
}

export interface RunRecord {
  pipeline: { name: string; path: string; hash: string };
  versions: Record<string, string>;
  referenceDate: string | null;
  /** Hash of what besides an input decides its output; a change redoes every article. */
  fingerprint: string;
  /** Identifies the content of the CSV tables, so that an unchanged corpus does not rewrite them. */
  tablesKey: string;
  workers: number;
  articles: ArticleResult[];
  /** Inputs given that matched no file. */
  inputProblems: string[];
  /** Ids of `articles/*.json` files that no input of this run produced: kept, or deleted with --prune. */
  orphans: string[];
  pruned: string[];
  totals: { articles: number; succeeded: number; failed: number; skipped: number; entities: number; figures: number; dates: number; quotes: number };
  seconds: number;
  /** Seconds spent starting (pipeline, workers, previous state), analysing and writing the tables. */
  timings: { start: number; analysis: number; tables: number };
}

/** Analyses every new or changed input article and writes `articles/<id>.json`, the corpus CSV tables and `run.json`. */
export async function runBatch(options: BatchOptions): Promise<RunRecord> {
  const started = performance.now();
  const workers = options.workers ?? availableParallelism();
  const analyser = await openAnalyser(workers, options.pipelinePath, options.workerMemoryMb);
  let closing: Promise<void> | undefined;
  const closeAnalyser = () => (closing ??= analyser.close());
  try {
    const { paths, problems } = await listInputs(options.inputs);
    const lock = await acquireLock(options.outDir, options.staleLockMs);
    try {
      await removeLeftoverTemporaries(options.outDir);
      const packageVersions = versions();
      const fingerprint = runFingerprint(analyser.pipeline.hash, packageVersions, options.referenceDate);
      const previous = await previousRun(options.outDir, fingerprint);
      const journal = new Journal(options.outDir, fingerprint);
      const analysisStarted = performance.now();
      await mkdir(join(options.outDir, 'articles'), { recursive: true });
      const window = Math.max(4, workers * 4);
      const results = await analyseAll(paths, options, options.force ? new Map() : previous.results, analyser, journal, window);
      // The tables need no worker: their memory is given back before the main thread reads every article again.
      await closeAnalyser();
      // A worker stopped for an article past its time limit may have been writing another article's JSON.
      await removeLeftoverTemporaries(options.outDir);
      const tablesStarted = performance.now();
      const ok = results.filter((r) => r.status === 'ok').sort((a, b) => (a.id! < b.id! ? -1 : 1));
      const ids = ok.map((r) => r.id!);
      const orphans = await orphanIds(options.outDir, new Set(ids));
      if (options.prune) await Promise.all(orphans.map((id) => rm(articlePath(options.outDir, id), { force: true })));
      const tablesKey = createHash('sha256')
        .update(JSON.stringify([fingerprint, options.excel ?? false, ok.map((r) => [r.id, r.hash])]))
        .digest('hex');
      if (options.force || tablesKey !== previous.tablesKey || !tablesExist(options.outDir)) {
        // Every table from one pass over the article files: each is read and parsed once, not once per table.
        const streams = tee(readArticles(options.outDir, ids), TABLES.length);
        await Promise.all(TABLES.map((table, i) => writeCsvTable(join(options.outDir, `${table.name}.csv`), table, streams[i], options.excel ?? false)));
      }
      const sum = (key: keyof ArticleCounts) => ok.reduce((total, r) => total + (r.counts?.[key] ?? 0), 0);
      const record: RunRecord = {
        pipeline: { name: analyser.pipeline.name, path: options.pipelinePath, hash: analyser.pipeline.hash },
        versions: packageVersions,
        referenceDate: options.referenceDate ?? null,
        fingerprint,
        tablesKey,
        workers,
        articles: results,
        inputProblems: problems,
        orphans: options.prune ? [] : orphans,
        pruned: options.prune ? orphans : [],
        totals: {
          articles: results.length,
          succeeded: ok.length,
          failed: results.length - ok.length,
          skipped: results.filter((r) => r.skipped).length,
          entities: sum('entities'),
          figures: sum('figures'),
          dates: sum('dates'),
          quotes: sum('quotes'),
        },
        seconds: seconds(started),
        timings: { start: seconds(started, analysisStarted), analysis: seconds(analysisStarted, tablesStarted), tables: seconds(tablesStarted) },
      };
      await writeFileAtomic(join(options.outDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
      await journal.remove();
      return record;
    } finally {
      await lock.release();
    }
  } finally {
    await closeAnalyser();
  }
}

/**
 * Reads, hashes and analyses the inputs with a bounded window ahead of the writer, and writes the
 * results strictly in input order, so that output never depends on which worker finished first and
 * memory never holds more than the window.
 */
async function analyseAll(
  paths: string[],
  options: BatchOptions,
  reusable: Map<string, ArticleResult>,
  analyser: Analyser,
  journal: Journal,
  window: number,
): Promise<ArticleResult[]> {
  const pending = new Map<number, Promise<Prepared>>();
  const written = new Map<string, string>();
  const results: ArticleResult[] = [];
  let next = 0;
  for (let index = 0; index < paths.length; index++) {
    while (next < paths.length && next < index + window) {
      pending.set(next, prepare(paths[next], options, reusable, analyser));
      next++;
    }
    const prepared = await pending.get(index)!;
    pending.delete(index);
    const result = await commit(prepared, options.outDir, written);
    if (!result.skipped) await journal.add(result);
    results.push(result);
    options.onArticle?.(result, results.length, paths.length);
  }
  return results;
}

async function prepare(path: string, options: BatchOptions, reusable: Map<string, ArticleResult>, analyser: Analyser): Promise<Prepared> {
  const started = performance.now();
  const before = reusable.get(path);
  const timeoutMs = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const task = {
    path,
    outDir: options.outDir,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    referenceDate: options.referenceDate,
    previous: before && { hash: before.hash!, id: before.id! },
  };
  const outcome = await analyser.process(task, timeoutMs);
  const milliseconds = Math.round(performance.now() - started);
  switch (outcome.status) {
    case 'unchanged':
      return { result: { ...before!, skipped: true, milliseconds: 0 } };
    case 'failed': {
      const { id, hash, stage, error } = outcome;
      return { result: { path, id, hash, status: 'failed', stage, error, messages: [], milliseconds } };
    }
    case 'ok': {
      const { id, hash, messages, counts, temporary } = outcome;
      return { result: { path, id, hash, status: 'ok', messages, counts, milliseconds }, temporary };
    }
  }
}

interface Prepared {
  result: ArticleResult;
  /** Where the worker wrote an analysed article's JSON, still to be renamed into place. */
  temporary?: string;
}

/** Puts an analysed article's JSON in place, unless an earlier input of this run already took its id. */
async function commit(prepared: Prepared, outDir: string, written: Map<string, string>): Promise<ArticleResult> {
  const { result, temporary } = prepared;
  if (result.status !== 'ok') return result;
  const id = result.id!;
  const earlier = written.get(id);
  if (earlier) {
    if (temporary) await rm(temporary, { force: true });
    const error = `${result.path}: article id '${id}' is already used by ${earlier}; give one of them another id in front matter`;
    return { path: result.path, id, hash: result.hash, status: 'failed', stage: 'input', error, messages: [], milliseconds: result.milliseconds };
  }
  if (temporary) await rename(temporary, articlePath(outDir, id));
  written.set(id, result.path);
  return result;
}

function seconds(from: number, to = performance.now()): number {
  return Math.round(to - from) / 1000;
}

function tablesExist(outDir: string): boolean {
  return TABLES.every((table) => isFile(join(outDir, `${table.name}.csv`)));
}

async function orphanIds(outDir: string, current: Set<string>): Promise<string[]> {
  const names = await readdir(join(outDir, 'articles')).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.json') && !current.has(name.slice(0, -'.json'.length)))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Temporary files of atomic writes are left only by a run or a worker that was killed; the lock says no other run is writing. */
async function removeLeftoverTemporaries(outDir: string): Promise<void> {
  for (const folder of [outDir, join(outDir, 'articles')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.includes('.tmp-')).map((name) => rm(join(folder, name), { force: true })));
  }
}

/** Files read ahead of the one being used: enough to hide the disk's latency, few enough to hold in memory. */
const READ_AHEAD = 8;

/** The written articles of the given ids, in order and a few at a time, so that a batch is never held in memory. */
export async function* readArticles(outDir: string, ids: string[]): AsyncIterable<ArticleJson> {
  const reading: Promise<string>[] = [];
  let next = 0;
  const readAhead = () => {
    while (next < ids.length && reading.length < READ_AHEAD) {
      const read = readFile(articlePath(outDir, ids[next++]), 'utf8');
      // A read that fails while an earlier article is in use is reported when its turn comes.
      read.catch(() => {});
      reading.push(read);
    }
  };
  readAhead();
  while (reading.length) {
    const text = await reading.shift()!;
    readAhead();
    yield JSON.parse(text) as ArticleJson;
  }
}

/**
 * Splits one async sequence into `count` that advance together: the next item is read only when every
 * consumer has taken the current one, so memory holds one or two items whatever the number of consumers.
 */
export function tee<T>(source: AsyncIterable<T>, count: number): AsyncIterable<T>[] {
  const iterator = source[Symbol.asyncIterator]();
  let current: Promise<IteratorResult<T>> | undefined;
  let taken = count;
  let waiting: Array<() => void> = [];
  const wakeAll = () => {
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  };
  const advance = () => {
    current = iterator.next();
    taken = 0;
    wakeAll();
  };
  const consumer = async function* (): AsyncGenerator<T> {
    let seen: Promise<IteratorResult<T>> | undefined;
    for (;;) {
      while (current === seen) {
        if (taken === count) advance();
        else await new Promise<void>((resume) => waiting.push(resume));
      }
      seen = current;
      const result = await seen!;
      if (++taken === count) wakeAll();
      if (result.done) return;
      yield result.value;
    }
  };
  return Array.from({ length: count }, consumer);
}
