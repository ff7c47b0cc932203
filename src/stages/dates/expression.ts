// A date expression as the patterns find it: where it is, what kind it is, and how its value is worked
// out once the reference date, the tense and the dates around it are known.
import type { DateKind, Qualifier } from '../../article/types.js';
import { formatDate, type DayDate, type PartialDate } from './calendar.js';
import type { Direction } from './resolve.js';
import type { Tense } from './tense.js';
import { lower } from './vocabulary.js';

export interface ResolveContext {
  reference: PartialDate | null;
  tense: Tense;
  /** The last date resolved before this one in the same sentence: what 'the previous year' counts from. */
  anchor: PartialDate | null;
  /** The nearest date known to the day in the same sentence: the day a bare time of day falls on. */
  day: DayDate | null;
}

/** A date expression found in a sentence; offsets are relative to the sentence text. */
export interface Recognised {
  start: number;
  end: number;
  kind: DateKind;
  relative: boolean;
  qualifier?: Qualifier;
  /** Set when the words alone fix the date (it has a year): a candidate for the inferred reference date. */
  explicit?: PartialDate;
  resolve(context: ResolveContext): string | null;
}

export function explicitDate(kind: DateKind, date: PartialDate, start: number, end: number): Recognised {
  const value = formatDate(date);
  return { start, end, kind, relative: false, explicit: date, resolve: () => value };
}

export function fixed(kind: DateKind, value: string, start: number, end: number, qualifier?: Qualifier): Recognised {
  return { start, end, kind, relative: false, ...(qualifier ? { qualifier } : {}), resolve: () => value };
}

export function relative(kind: DateKind, start: number, end: number, resolve: (context: ResolveContext) => string | null): Recognised {
  return { start, end, kind, relative: true, resolve };
}

/** Which way a relative word points: 'last' back, 'next' and 'coming' ahead, 'this' at the reference date. */
export function direction(word: string | undefined): Direction {
  const w = lower(word);
  if (!w) return null;
  if (/^(?:this|the current|current)$/.test(w)) return 0;
  if (/(?:next|coming|following)$/.test(w)) return 1;
  return -1;
}
