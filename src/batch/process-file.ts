import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { InputError } from '../article/create.js';
import type { Message } from '../article/types.js';
import type { Pipeline } from '../pipeline/definition.js';
import { analyse, type ArticleCounts } from './analyse.js';
import { readInput } from './read-input.js';

/** One input file to bring up to date, as the main thread hands it to a worker. */
export interface FileTask {
  path: string;
  outDir: string;
  maxBytes: number;
  referenceDate?: string;
  /** What an earlier run made of this file with the same fingerprint: reused when the bytes are the same. */
  previous?: { hash: string; id: string };
}

export type FileOutcome =
  | { status: 'unchanged'; hash: string }
  /** `temporary` holds the article's JSON; the main thread renames it into place in input order. */
  | { status: 'ok'; hash: string; id: string; temporary: string; messages: Message[]; counts: ArticleCounts }
  | { status: 'failed'; hash?: string; id?: string; stage?: string; error: string };

/**
 * Reads and hashes a file, and analyses it unless its output is already there. Done on the worker, so
 * that the main thread neither reads, hashes, serialises nor writes an article's JSON; with synchronous
 * file calls, as in readInput.
 */
export function processFile(task: FileTask, pipeline: Pipeline, analysing: (now: boolean) => void = () => {}): FileOutcome {
  let input;
  try {
    input = readInput(task.path, task.maxBytes);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `${task.path}: ${(error as Error).message}`;
    return { status: 'failed', stage: 'input', error: reason };
  }
  const { hash } = input;
  if (task.previous?.hash === hash && isFile(articlePath(task.outDir, task.previous.id))) return { status: 'unchanged', hash };
  analysing(true);
  const outcome = analyse({ path: task.path, content: input.content, referenceDate: task.referenceDate }, pipeline);
  analysing(false);
  if (outcome.status === 'failed') return { ...outcome, hash };
  // The name marks it as a temporary file of an atomic write, which the next run removes if this one dies.
  const temporary = `${articlePath(task.outDir, outcome.id)}.tmp-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temporary, outcome.json);
  } catch (error) {
    rmSync(temporary, { force: true });
    return { status: 'failed', hash, id: outcome.id, stage: 'output', error: `${task.path}: cannot write its JSON (${(error as Error).message})` };
  }
  return { status: 'ok', hash, id: outcome.id, temporary, messages: outcome.messages, counts: outcome.counts };
}

export function articlePath(outDir: string, id: string): string {
  return join(outDir, 'articles', `${id}.json`);
}

export function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
