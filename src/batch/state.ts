import { createHash } from 'node:crypto';
import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleResult, RunRecord } from './run-batch.js';

export const JOURNAL_FILE = '.dossier-journal.jsonl';

/**
 * Everything besides an input's own bytes that decides its output: the pipeline definition, the
 * versions of Dossier and of the packages that shape the output, and the reference-date option.
 */
export function runFingerprint(pipelineHash: string, versions: Record<string, string>, referenceDate: string | undefined): string {
  const sortedVersions = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify({ pipelineHash, versions: sortedVersions, referenceDate: referenceDate ?? null })).digest('hex');
}

export interface PreviousRun {
  /** Successful articles by input path, made with the same fingerprint. */
  results: Map<string, ArticleResult>;
  tablesKey?: string;
}

/**
 * What earlier runs into this folder produced and can be reused. Read from run.json and from the
 * journal that an interrupted run leaves.
 */
export async function previousRun(outDir: string, fingerprint: string): Promise<PreviousRun> {
  const reusable = new Map<string, ArticleResult>();
  const keep = (result: ArticleResult) => {
    if (result.status === 'ok' && result.hash && result.id) reusable.set(result.path, result);
    else reusable.delete(result.path);
  };
  const record = await readJson<Partial<RunRecord>>(join(outDir, 'run.json'));
  if (record?.fingerprint === fingerprint && Array.isArray(record.articles)) record.articles.forEach(keep);
  const journal = await readFile(join(outDir, JOURNAL_FILE), 'utf8').catch(() => '');
  for (const line of journal.split('\n')) {
    // The last line of a journal whose run was killed may be cut short: such a line is ignored.
    const entry = parseJson<{ fingerprint: string; result: ArticleResult }>(line);
    if (entry?.fingerprint === fingerprint && entry.result) keep(entry.result);
  }
  return { results: reusable, tablesKey: record?.tablesKey };
}

/** Appends after every written article, so that an interrupted run's work is not lost. */
export class Journal {
  private readonly path: string;

  constructor(
    outDir: string,
    private readonly fingerprint: string,
  ) {
    this.path = join(outDir, JOURNAL_FILE);
  }

  async add(result: ArticleResult): Promise<void> {
    await appendFile(this.path, `${JSON.stringify({ fingerprint: this.fingerprint, result })}\n`);
  }

  /** Once run.json records the run, the journal has nothing more to say. */
  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

async function readJson<T>(path: string): Promise<T | undefined> {
  return parseJson<T>(await readFile(path, 'utf8').catch(() => ''));
}

function parseJson<T>(text: string): T | undefined {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
