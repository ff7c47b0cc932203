import type { Span, Token } from '../../article/types.js';

/** A token as the valence rules see it: punctuation is left out, names are marked. */
export interface Word {
  /** Lower case with straight apostrophes, letters drawn out for emphasis cut back ('goooood' -> 'good'): the key into the lexicons. */
  key: string;
  lemma: string;
  text: string;
  pos: string;
  /** wink-nlp token type: word, emoji, emoticon, hashtag, … */
  type: string;
  /** Shouted: all letters upper case, at least two of them. */
  allCaps: boolean;
  /** Part of a name ('Central Asia Plus Japan Dialogue'): carries no opinion of its own. */
  inName: boolean;
  /** Index into `Article.tokens`. */
  token: number;
  /** A comma, semicolon, colon, dash or bracket comes right before it: a new clause may start here. */
  afterBreak: boolean;
}

/** What a stretch of text holds for the valence rules: its words and its emphatic punctuation. */
export interface Unit {
  words: Word[];
  exclamations: number;
  questions: number;
}

const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/g;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER_INITIAL = /^\p{Lu}\p{Ll}/u;
const UPPER_INITIAL_ANY = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'de', '&']);

export function straighten(text: string): string {
  return text.replace(CURLY_APOSTROPHES, "'");
}

/**
 * Builds the unit for tokens [from, to). `names` are spans of entity mentions; beyond them, a run of
 * capitalised words inside an otherwise lower-case sentence is read as a name too, so that 'Plus' in
 * 'Central Asia Plus Japan Dialogue' or 'Reduction' in 'Sendai Framework for Disaster Risk Reduction'
 * say nothing about anyone. `isKnownWord` tells which spellings the lexicons know, to undo stretching.
 */
export function unitOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  names: readonly Span[],
  sentenceStarts: ReadonlySet<number>,
  isEmoticon: (text: string) => boolean,
  isOpinionWord: (key: string) => boolean,
  isKnownWord: (key: string) => boolean = isOpinionWord,
): Unit {
  const words: Word[] = [];
  const nameCursor = new NameCursor(names);
  let exclamations = 0;
  let questions = 0;
  let pendingBreak = false;
  const push = (word: Word) => {
    word.afterBreak = pendingBreak;
    pendingBreak = false;
    words.push(word);
  };
  for (let chunkStart = from; chunkStart < to; ) {
    // A chunk is a run of tokens with no space between them: a URL, an emoticon the tokenizer split.
    let chunkEnd = chunkStart + 1;
    while (chunkEnd < to && tokens[chunkEnd].start === tokens[chunkEnd - 1].end) chunkEnd++;
    const single = chunkEnd - chunkStart === 1;
    const chunkText = single ? tokens[chunkStart].text : textOf(tokens, chunkStart, chunkEnd);
    if (URL_START.test(chunkText)) {
      chunkStart = chunkEnd;
      continue;
    }
    const emoticon = single && tokens[chunkStart].type !== 'emoticon' ? undefined : emoticonIn(chunkText, isEmoticon);
    if (emoticon) {
      push(wordOf(tokens[chunkStart], chunkStart, nameCursor, emoticon, 'emoticon'));
      chunkStart = chunkEnd;
      continue;
    }
    for (let index = chunkStart; index < chunkEnd; index++) {
      const token = tokens[index];
      if (token.type === 'punctuation') {
        for (const char of token.text) {
          if (char === '!') exclamations++;
          else if (char === '?') questions++;
        }
        // A hyphen inside a word ('long-winded') joins; only a spaced dash breaks the clause.
        const joining = token.text === '-' && index > chunkStart && index < chunkEnd - 1;
        if (CLAUSE_BREAK.test(token.text) && !joining) pendingBreak = true;
      } else {
        const word = wordOf(token, index, nameCursor, token.text, token.type);
        if (word.type === 'word') unstretch(word, isKnownWord);
        push(word);
      }
    }
    chunkStart = chunkEnd;
  }
  markCapitalisedRuns(words, sentenceStarts, isOpinionWord);
  return { words, exclamations, questions };
}

/**
 * Answers whether spans, asked about in text order, overlap a name. The names (sorted by start) are
 * merged into disjoint runs once and walked with a cursor, so a sentence costs its words plus its names.
 */
class NameCursor {
  private readonly runs: Span[] = [];
  private next = 0;

  constructor(names: readonly Span[]) {
    for (const name of names) {
      const last = this.runs[this.runs.length - 1];
      if (last && name.start < last.end) last.end = Math.max(last.end, name.end);
      else this.runs.push({ start: name.start, end: name.end });
    }
  }

  inside(span: Span): boolean {
    while (this.next < this.runs.length && this.runs[this.next].end <= span.start) this.next++;
    const run = this.runs[this.next];
    return run !== undefined && run.start < span.end;
  }
}

const URL_START = /^(?:https?:|www\.)/i;
const CLAUSE_BREAK = /[,;:()\[\]\u2013\u2014-]/;
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };
const HTML_ESCAPE = /&(?:lt|gt|amp|quot);/g;

/**
 * The emoticon a chunk of text spells, in the form the lexicon lists it: scraped comments often keep
 * HTML escapes ('&lt;3' for '<3'), and a repeated last stroke stresses the face (':DDD', ':)))').
 */
function emoticonIn(chunk: string, isEmoticon: (text: string) => boolean): string | undefined {
  const text = chunk.includes('&') ? chunk.replace(HTML_ESCAPE, (escape) => HTML_ESCAPES[escape]) : chunk;
  if (isEmoticon(text)) return text;
  // A loop rather than /(.)\1+$/, which backtracks quadratically over a long run that does not end the text.
  let end = text.length;
  while (end > 1 && text[end - 1] === text[end - 2]) end--;
  return end < text.length && isEmoticon(text.slice(0, end)) ? text.slice(0, end) : undefined;
}

function wordOf(token: Token, index: number, names: NameCursor, text: string, type: string): Word {
  const key = straighten(text.toLowerCase());
  return {
    key,
    lemma: straighten((token.lemma ?? key).toLowerCase()),
    text,
    pos: token.pos,
    type,
    allCaps: isAllCaps(text),
    inName: names.inside(token),
    token: index,
    afterBreak: false,
  };
}

const STRETCHED = /(\p{L})\1{2,}/u;
const STRETCHES = /(\p{L})\1{2,}/gu;

/**
 * 'goooood' -> 'good', 'yaaaay' -> 'yay', 'sooo' -> 'so': English doubles letters but never triples
 * them, so a run of three or more is drawn out for emphasis. It is cut back to two letters, or to one
 * when only that spells a word the lexicons know.
 */
function unstretch(word: Word, isKnownWord: (key: string) => boolean): void {
  if (!STRETCHED.test(word.key) || isKnownWord(word.key)) return;
  const doubled = word.key.replace(STRETCHES, '$1$1');
  if (isKnownWord(doubled)) word.key = doubled;
  else {
    const single = word.key.replace(STRETCHES, '$1');
    if (isKnownWord(single)) word.key = single;
  }
}

function textOf(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let t = from; t < to; t++) text += tokens[t].text;
  return text;
}

function isAllCaps(text: string): boolean {
  if (text === text.toLowerCase()) return false;
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    if (LOWER.test(char)) return false;
    letters++;
  }
  return letters >= 2;
}

function markCapitalisedRuns(words: Word[], sentenceStarts: ReadonlySet<number>, isOpinionWord: (key: string) => boolean): void {
  let lower = 0;
  let upper = 0;
  for (const word of words) {
    if (word.type !== 'word') continue;
    if (LOWER_INITIAL.test(word.text)) lower++;
    else if (UPPER_INITIAL_ANY.test(word.text)) upper++;
  }
  // Headlines and shouted tweets capitalise (nearly) everything: there, capitals say nothing about names.
  if (lower * 2 < upper) return;
  let runStart = -1;
  const closeRun = (end: number) => {
    let last = end - 1;
    while (last > runStart && NAME_LINKS.has(words[last].key)) last--;
    const capitals = words.slice(runStart, last + 1).filter((word) => !NAME_LINKS.has(word.key)).length;
    if (capitals >= 2) for (let i = runStart; i <= last; i++) words[i].inName = true;
    runStart = -1;
  };
  words.forEach((word, i) => {
    // A sentence's first word is capitalised anyway: it starts a name only as a proper noun that is not
    // an opinion word itself ('Happy Anniversary').
    const capitalised =
      word.type === 'word' && UPPER_INITIAL.test(word.text) && (!sentenceStarts.has(word.token) || (word.pos === 'PROPN' && !isOpinionWord(word.key)));
    if (capitalised) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0 && !(NAME_LINKS.has(word.key) && word.type === 'word')) {
      closeRun(i);
    }
  });
  if (runStart >= 0) closeRun(words.length);
}
