import { FUNCTION_WORDS } from './chunks.js';
import type { Candidate } from './classify.js';
import { definedKind } from './definitions.js';
import { WORK_NOUNS } from './guess.js';
import type { Word, WordSentence } from './words.js';

const QUOTES = new Set(['"', '\u201c', '\u201d', '``', "''"]);
const MAX_TITLE_WORDS = 12;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'but', 'is', 'it']);
/** 'the “Poet of the Piano”', 'a “White Hope”': a quoted phrase after an article is a label, not a title. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'new']);
/** Punctuation that English style puts inside the closing quotation mark without it belonging to the title. */
const TRAILING = new Set([',', ';', ':', '.']);

/**
 * Titles in quotation marks: the song “Let It Rain”, the poem “Hymn,”. A quotation is a title when a kind
 * of work stands just before it, or when it is a short run in title case that no article introduces
 * (the “Poet of the Piano” is a nickname); quoted speech is neither.
 */
export function quotedWorks(sentences: WordSentence[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { words } of sentences) {
    for (let i = 0; i < words.length; i++) {
      if (!QUOTES.has(words[i].text)) continue;
      const close = closingQuote(words, i);
      if (close < 0) continue;
      let end = close;
      while (end > i + 1 && TRAILING.has(words[end - 1].text)) end--;
      const inner = words.slice(i + 1, end);
      if (inner.length && inner[0].cap && (afterWorkNoun(words, i) || (inner.length >= 2 && isTitleCase(inner) && !DETERMINERS.has(words[i - 1]?.key ?? '')))) {
        const start = inner[0].start;
        const stop = inner[inner.length - 1].end;
        out.push({ start, end: stop, text: text.slice(start, stop), type: 'WORK_OF_ART', strength: 3, roles: [], keys: inner.map((w) => w.key), needsSupport: false });
      }
      i = close;
    }
  }
  return out;
}

function isTitleCase(inner: Word[]): boolean {
  return inner.every((w) => w.punct || w.cap || w.allCaps || SMALL_WORDS.has(w.key) || !/\p{L}/u.test(w.text));
}

function closingQuote(words: Word[], open: number): number {
  for (let j = open + 1; j < words.length && j <= open + MAX_TITLE_WORDS + 1; j++) if (QUOTES.has(words[j].text)) return j;
  return -1;
}

/** 'the song “…”', 'his novels “…”', 'a single entitled “…”'. */
function afterWorkNoun(words: Word[], open: number): boolean {
  for (let k = Math.max(0, open - 3); k < open; k++) {
    const key = words[k].key;
    if (WORK_NOUNS.has(key) || (key.endsWith('s') && WORK_NOUNS.has(key.slice(0, -1)))) return true;
  }
  return false;
}

const COPULA = new Set(['is', 'was', 'are', 'were']);
/** How many words a title that opens its sentence may have. */
const MAX_OPENING_TITLE = 8;

/**
 * A sentence that opens with a title and defines it as a work: 'A Storm to Come is the debut album …',
 * 'Gloomy Sunday (Szomorú vasárnap) is a song …', 'Bullocks to Stan is an episode …'.
 * Everything before the verb is the title, small words and all, where capitals alone would cut it at 'to'.
 */
export function definedTitles(sentences: WordSentence[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { words, titleCase } of sentences) {
    if (titleCase || !words.length || !words[0].cap || (FUNCTION_WORDS.has(words[0].key) && !words[1]?.cap)) continue;
    let end = 0;
    while (end < words.length && end <= MAX_OPENING_TITLE && !words[end].punct && !COPULA.has(words[end].key) && !words[end].possessive) end++;
    if (end === 0 || end > MAX_OPENING_TITLE || !words[end]) continue;
    // A title is written in title case: 'Several of his films were thrillers' opens with no title.
    if (!isTitleCase(words.slice(1, end))) continue;
    const kind = definedKind(words, end);
    if (kind !== 'WORK_OF_ART') continue;
    const title = words.slice(0, end);
    const start = title[0].start;
    const stop = title[end - 1].end;
    out.push({ start, end: stop, text: text.slice(start, stop), type: 'WORK_OF_ART', strength: 3, roles: [], keys: title.map((w) => w.key), needsSupport: false });
  }
  return out;
}
