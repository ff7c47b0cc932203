import type { Token } from '../../article/types.js';

/**
 * A whitespace-delimited word of a sentence, with opening and closing punctuation split off into words
 * of their own. Figures are read from words rather than from wink-nlp tokens because wink splits the
 * compact forms ('$1.13bn' -> '$', '1.13', 'bn') and glues others ('15-20'); a word keeps both readings.
 */
export interface Word {
  text: string;
  /** Lower case, diacritics and dots removed: the form lexicons are keyed by ('U.S.' -> 'us'). */
  key: string;
  start: number;
  end: number;
  /** Universal POS tag of the word's last wink-nlp token ('high-speed' -> the tag of 'speed'). */
  pos: string;
  /** Lemma of that token ('reached' -> 'reach'). */
  lemma: string;
  /** Only punctuation: a split-off bracket, quotation mark, comma or full stop. */
  punct: boolean;
  capitalized: boolean;
  /** Ends with a possessive: "ministers’", "Japan’s". */
  possessive: boolean;
  /** The number without the spaces of tokenised text ('80 , 000' -> '80,000'). */
  compact?: string;
}

const OPENERS = new Set(['(', '[', '{', '"', '“', '‘', "'", '«']);
const CLOSERS = new Set([')', ']', '}', '"', '”', '’', "'", ',', '.', ';', ':', '!', '?', '»', '…']);
const QUOTES = new Set(['’', "'"]);
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}$€£¥₹₽%]+$/u;
const WHITESPACE = /\S+/g;

/** Splits `text[start, end)` into words; `tokens` (in text order) give each word its part of speech. */
export function splitWords(text: string, start: number, end: number, tokens: Token[]): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  let tokenIndex = 0;
  const tokenAt = (wordStart: number, wordEnd: number): Token | undefined => {
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= wordStart) tokenIndex++;
    // A possessive ending is its own token ('’s', '’'): the word's tag is that of the noun before it.
    let last: Token | undefined;
    for (let t = tokenIndex; t < tokens.length && tokens[t].start < wordEnd; t++) {
      if (!last || !/^(PUNCT|PART)$/.test(tokens[t].pos)) last = tokens[t];
    }
    return last;
  };
  const push = (wordStart: number, wordEnd: number): void => {
    const token = tokenAt(wordStart, wordEnd);
    words.push(makeWord(text.slice(wordStart, wordEnd), wordStart, wordEnd, token?.pos ?? 'X', token?.lemma));
  };
  // exec on the shared pattern: matchAll would compile a copy of it for every sentence.
  WHITESPACE.lastIndex = 0;
  for (let match = WHITESPACE.exec(slice); match; match = WHITESPACE.exec(slice)) {
    // Offsets are kept; text is read back from `text` so a word always equals its slice.
    let left = start + match.index;
    let right = left + match[0].length;
    const leading: number[] = [];
    while (right - left > 1 && OPENERS.has(text[left])) leading.push(left++);
    const trailing: number[] = [];
    while (right - left > 1 && CLOSERS.has(text[right - 1]) && !isPossessiveMark(text, left, right) && !isDottedAbbreviation(text.slice(left, right))) trailing.unshift(--right);
    for (const at of leading) push(at, at + 1);
    push(left, right);
    for (const at of trailing) push(at, at + 1);
  }
  return joinSpacedNumbers(text, words);
}

/**
 * Tokenised text writes '6 . 2 %' and '80 , 000': a lone full stop or comma with a space on either side,
 * between digits, is a decimal point or thousands separator. Ordinary prose never spaces them so.
 */
function joinSpacedNumbers(text: string, words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const left = joined[joined.length - 1];
    const mark = words[i];
    const right = words[i + 1];
    const spaced = left && right && mark.start === left.end + 1 && right.start === mark.end + 1;
    const decimal = spaced && mark.text === '.' && /^\d+$/.test(left.compact ?? left.text) && /^\d+%?$/.test(right.text);
    const thousands = spaced && mark.text === ',' && /^\d{1,3}(?:,\d{3})*$/.test(left.compact ?? left.text) && /^\d{3}$/.test(right.text);
    if (decimal || thousands) {
      const merged = makeWord(text.slice(left.start, right.end), left.start, right.end, right.pos, right.lemma);
      merged.compact = `${left.compact ?? left.text}${mark.text}${right.text}`;
      joined[joined.length - 1] = merged;
      i++;
      continue;
    }
    joined.push(mark);
  }
  return joined;
}

/** The word as a number is read from it: '6.2' for the tokenised '6 . 2'. */
export function numberText(word: Word): string {
  return word.compact ?? word.text;
}

/** 'U.S.', 'a.m.', 'U.K.': the last full stop belongs to the abbreviation. */
function isDottedAbbreviation(word: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(word);
}

/** "ministers’": a quotation mark right after a plural s is read as a possessive, not a closing quote. */
function isPossessiveMark(text: string, left: number, right: number): boolean {
  return QUOTES.has(text[right - 1]) && right - left > 2 && text[right - 2] === 's' && /\p{L}/u.test(text[right - 3]);
}

export function makeWord(text: string, start: number, end: number, pos: string, lemma?: string): Word {
  const lower = text.toLowerCase();
  return {
    lemma: (lemma ?? lower).toLowerCase(),
    text,
    key: foldKey(lower),
    start,
    end,
    pos,
    punct: PUNCTUATION_ONLY.test(text),
    capitalized: /^\p{Lu}/u.test(text),
    possessive: /\p{L}(?:['’]s|s['’])$/u.test(text),
  };
}

/** Lower case without dots and, where there are any, diacritics: 'U.S.' -> 'us', 'złoty' -> 'złoty', 'colón' -> 'colon'. */
function foldKey(lower: string): string {
  const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  return folded.includes('.') ? folded.replace(/\./g, '') || lower : folded;
}

/** The word without a possessive ending: "ministers’" -> "ministers", "Japan’s" -> "Japan". */
export function withoutPossessive(text: string): string {
  return text.replace(/['’]s$/, '').replace(/(s)['’]$/, '$1');
}
