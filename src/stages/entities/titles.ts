import keywords from './keywords.json' with { type: 'json' };
import type { Word } from './words.js';

/** Titles kept as a person's role ('Prime Minister'), and honorifics dropped from names ('Mr.'). */
export const TITLES: ReadonlySet<string> = new Set(keywords.titles);
export const HONORIFICS: ReadonlySet<string> = new Set(keywords.honorifics);
const TITLE_MODIFIERS = new Set(['former', 'deputy', 'vice', 'acting', 'chief', 'then', 'late', 'senior', 'assistant', 'associate', 'executive', 'first']);
const MAX_TITLE_WORDS = Math.max(...keywords.titles.map((t) => t.split(' ').length));

/** The first run of titles ('Prime Minister', 'former Vice President', 'Mr.') inside a chunk. */
export function findTitle(ws: Word[]): { at: number; end: number } | undefined {
  for (let at = 0; at < ws.length; at++) {
    let end = at;
    for (;;) {
      let next = end;
      while (next < ws.length && !titleLength(ws, next) && TITLE_MODIFIERS.has(ws[next].key)) next++;
      const length = titleLength(ws, next);
      if (!length) break;
      end = next + length;
    }
    if (end > at) return { at, end };
  }
  return undefined;
}

function titleLength(ws: Word[], at: number): number {
  for (let length = Math.min(MAX_TITLE_WORDS, ws.length - at); length > 0; length--) {
    const key = ws.slice(at, at + length).map((w) => w.key).join(' ');
    if (TITLES.has(key) || HONORIFICS.has(key)) return length;
  }
  return 0;
}
