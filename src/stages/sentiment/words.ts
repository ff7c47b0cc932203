import type { Span, Token } from '../../article/types.js';

/** A token as the valence rules see it: punctuation is left out, names are marked. */
export interface Word {
  /** Lower case with straight apostrophes: the key into the lexicons. */
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
 * say nothing about anyone.
 */
export function unitOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  names: readonly Span[],
  sentenceStarts: ReadonlySet<number>,
  isEmoticon: (text: string) => boolean,
  isOpinionWord: (key: string) => boolean,
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
    if (!single && isEmoticon(chunkText)) {
      push(wordOf(tokens[chunkStart], chunkStart, nameCursor, chunkText, 'emoticon'));
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
        if (CLAUSE_BREAK.test(token.text)) pendingBreak = true;
      } else {
        push(wordOf(token, index, nameCursor, token.text, token.type));
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
