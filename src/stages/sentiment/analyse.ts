import type { Article, Mention, Span } from '../../article/types.js';
import type { Lexicon } from './lexicon.js';
import { readLaughter, sumWithoutLaughter } from './mockery.js';
import { sentenceSum, wordValences } from './valence.js';
import { straighten, unitOf, type Unit } from './words.js';

const TITLE_CASE = /^\p{Lu}.*\p{Ll}/u;
const LOWER_INITIAL = /^\p{Ll}/u;

/** One sentence as the sentiment rules read it. */
export interface SentenceReading {
  unit: Unit;
  /** Valence of each word of `unit.words`, after every rule. */
  valences: number[];
  /** The sentence's raw score (`sentenceSum`), before mapping into [-1, 1]. */
  sum: number;
  /** Laughter in it was read as mockery. */
  mocked: boolean;
}

/**
 * Reads every sentence, a segment at a time: laughter is judged against the whole segment, so that
 * '🤣🤣🤣' after 'Another nothing burger' is mockery even when the tokenizer makes it a sentence of its own.
 */
export function readSentences(article: Article, lexicon: Lexicon): SentenceReading[] {
  const names = mentionsBySentence(article, lexicon);
  const starts = sentenceStarts(article);
  const isOpinionWord = (key: string) => lexicon.words.has(key);
  const isKnownWord = (key: string) => lexicon.words.has(key) || lexicon.boosters.has(key) || lexicon.negators.has(key) || lexicon.connotations.has(key);
  const isEmoticon = (text: string) => !/^[\p{L}\p{N}]+$/u.test(text) && (lexicon.words.has(text) || lexicon.words.has(text.toLowerCase()));
  const readings: SentenceReading[] = [];
  let first = 0;
  while (first < article.sentences.length) {
    const segment = article.sentences[first].segment;
    let last = first;
    while (last + 1 < article.sentences.length && article.sentences[last + 1].segment === segment) last++;
    const group: SentenceReading[] = [];
    for (let s = first; s <= last; s++) {
      const sentence = article.sentences[s];
      const unit = unitOf(article.tokens, sentence.tokenStart, sentence.tokenEnd, names.get(s) ?? [], starts, isEmoticon, isOpinionWord, isKnownWord);
      group.push({ unit, valences: wordValences(unit, lexicon), sum: 0, mocked: false });
    }
    const context = group.reduce((total, reading) => total + sumWithoutLaughter(reading.unit.words, reading.valences, lexicon), 0);
    for (const reading of group) {
      reading.mocked = readLaughter(reading.unit.words, reading.valences, context, lexicon);
      reading.sum = sentenceSum(reading.valences, reading.unit);
      readings.push(reading);
    }
    first = last + 1;
  }
  return readings;
}

/**
 * The name part of each entity mention, grouped by the sentence it falls in, each list sorted by offset.
 * Opinion words and lower-case words at the edges of a mention are not part of the name ('Thanks Dianna',
 * 'Magic Mouse FTW', 'Japan-bashing'), words inside it are ('Central Asia Plus Japan Dialogue'); and what
 * is left must hold a capitalised word that is not an opinion word, so that 'AMAZING' or 'WTF' taken for
 * entities still count.
 */
function mentionsBySentence(article: Article, lexicon: Lexicon): Map<number, Span[]> {
  const bySentence = new Map<number, Span[]>();
  const isOpinion = (part: string) => lexicon.words.has(straighten(part.toLowerCase()));
  for (const entity of article.entities) {
    const surname = surnameOf(entity, isOpinion);
    for (const mention of entity.mentions) {
      const name = namePart(mention, (part) => part !== surname && isOpinion(part));
      if (!name) continue;
      const s = sentenceAt(article, name.start);
      if (s < 0) continue;
      const list = bySentence.get(s) ?? [];
      list.push(name);
      bySentence.set(s, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return bySentence;
}

/**
 * The last word of a person's full name ('Grimes' of 'Alison Lundergan Grimes'), which names them even
 * where it is also an opinion word; not when the name itself opens with one ('Thanks Dianna').
 */
function surnameOf(entity: Article['entities'][number], isOpinion: (part: string) => boolean): string | undefined {
  if (entity.type !== 'PERSON') return undefined;
  const parts = entity.name.split(/\s+/).map(withoutTrailingPunctuation);
  if (parts.length < 2 || parts.some((part) => !TITLE_CASE.test(part)) || isOpinion(parts[0])) return undefined;
  return parts[parts.length - 1];
}

function namePart(mention: Mention, isOpinion: (part: string) => boolean): Span | undefined {
  const parts = [...mention.text.matchAll(/[^\s\u2010-\u2015-]+/g)].map((match) => ({ text: withoutTrailingPunctuation(match[0]), start: match.index }));
  // 'Japan-bashing', 'AIDS-infected': a lower-case word joined to a name is not part of it.
  const outside = (part: { text: string }) => isOpinion(part.text) || LOWER_INITIAL.test(part.text);
  let first = 0;
  let last = parts.length - 1;
  while (first <= last && outside(parts[first])) first++;
  while (last >= first && outside(parts[last])) last--;
  const kept = parts.slice(first, last + 1);
  if (!kept.some((part) => TITLE_CASE.test(part.text) && !isOpinion(part.text))) return undefined;
  return { start: mention.start + kept[0].start, end: mention.start + kept[kept.length - 1].start + kept[kept.length - 1].text.length };
}

const NAME_CHAR = /[\p{L}\p{N}'\u2019]/u;

/** 'Smith,' -> 'Smith'; a loop rather than an anchored regex, which would rescan long runs of punctuation. */
function withoutTrailingPunctuation(part: string): string {
  let end = part.length;
  while (end > 0 && !NAME_CHAR.test(part[end - 1])) end--;
  return part.slice(0, end);
}

/** Index of the sentence that holds an offset, by binary search; -1 between sentences. */
export function sentenceAt(article: Article, offset: number): number {
  let low = 0;
  let high = article.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = article.sentences[middle];
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The first word of each sentence, whose capital says nothing about names. */
function sentenceStarts(article: Article): Set<number> {
  const starts = new Set<number>();
  for (const sentence of article.sentences) {
    let t = sentence.tokenStart;
    // Mentions, hashtags and quotation marks may come first; the first word is what is capitalised anyway.
    while (t < sentence.tokenEnd && article.tokens[t].type !== 'word') t++;
    starts.add(t);
  }
  return starts;
}
