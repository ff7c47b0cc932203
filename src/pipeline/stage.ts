import type { Article, Layer, Message } from '../article/types.js';

/** What a stage gets besides the article: its checked options and read-only shared resources. */
export interface StageContext<Options> {
  options: Options;
  /** Loaded once per process by `Stage.load` and shared by every article (models, gazetteers). */
  resources: unknown;
  /** Adds a warning or error to the article, tagged with this stage's name. */
  report(message: Omit<Message, 'stage'>): void;
}

/**
 * A named step that enriches an Article with layers. `run` is pure given the article, its options and
 * the resources: no clock, no environment, no I/O. Reading files (gazetteers, models) happens in
 * `load`, at the edge, before any article is read.
 */
export interface Stage<Options = Record<string, unknown>> {
  name: string;
  description: string;
  needs: Layer[];
  assigns: Layer[];
  /** Checks and completes the options of a pipeline definition; throws an Error that says what is wrong. */
  options(raw: Record<string, unknown>): Options;
  /** Loads what the stage shares between articles. `baseDir` is the pipeline file's folder. */
  load?(options: Options, baseDir: string): Promise<unknown> | unknown;
  run(article: Article, context: StageContext<Options>): void;
}

/** Option checking helpers shared by the stages. */
export function rejectUnknownOptions(stage: string, raw: Record<string, unknown>, known: string[]): void {
  const unknown = Object.keys(raw).filter((key) => !known.includes(key));
  if (unknown.length) {
    throw new Error(`stage '${stage}': unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')} (known: ${known.join(', ') || 'none'})`);
  }
}

export function numberOption(stage: string, raw: Record<string, unknown>, key: string, fallback: number, min: number, max: number): number {
  const value = raw[key] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`stage '${stage}': option '${key}' must be a number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  }
  return value;
}

export function booleanOption(stage: string, raw: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = raw[key] ?? fallback;
  if (typeof value !== 'boolean') throw new Error(`stage '${stage}': option '${key}' must be true or false, not ${JSON.stringify(value)}`);
  return value;
}

export function stringOption(stage: string, raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) throw new Error(`stage '${stage}': option '${key}' must be a non-empty text, not ${JSON.stringify(value)}`);
  return value;
}
