import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { InputError, type RawInput } from '../article/create.js';

export interface ReadInput extends RawInput {
  /** SHA-256 of the file's bytes. */
  hash: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads one input file as strict UTF-8 text; anything else is an InputError naming the file. Synchronous:
 * it runs on a worker thread that has nothing else to do meanwhile, and each asynchronous call would cost a
 * hand-over to libuv's file threads and back (about 15% of a batch's time).
 */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadInput {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
    if (info.size > maxBytes) {
      throw new InputError(`${path}: ${info.size} bytes is over the size limit of ${maxBytes} bytes (option --max-bytes)`);
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (bytes.length === 0) throw new InputError(`${path}: the file is empty`);
  if (bytes.includes(0)) throw new InputError(`${path}: looks like a binary file (it contains NUL bytes), not text`);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new InputError(`${path}: not valid UTF-8 (first bad byte at offset ${offset}); convert it to UTF-8 first`);
  }
  return { path, content, hash: createHash('sha256').update(bytes).digest('hex') };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes: a prefix that ends inside a character is also invalid, so this is approximate by up to 3 bytes.
  while (high - low > 4) {
    const middle = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      decoder.decode();
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}
