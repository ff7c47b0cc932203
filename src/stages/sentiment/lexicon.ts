import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { emojiEmotion } from 'emoji-emotion';
import newsLexicon from './lexicon-news.json' with { type: 'json' };
import emojiOverrides from './emoji.json' with { type: 'json' };
import phraseTable from './phrases.json' with { type: 'json' };
import rules from './rules.json' with { type: 'json' };
import connotationTable from './connotations.json' with { type: 'json' };
import judgementTable from './judgements.json' with { type: 'json' };

/** A multi-word expression with a valence of its own ('nothing burger'), or 0 for a neutral term ('gross domestic product'). */
export interface Phrase {
  words: string[];
  valence: number;
}

/** What the sentiment stage shares between articles: built once by `load`, read-only afterwards. */
export interface Lexicon {
  /** Word (lower case, straight apostrophes) to valence on VADER's scale, about -4 to 4. */
  words: ReadonlyMap<string, number>;
  /** Connotations induced for words VADER does not rate (see induce-connotations.ts); read for content words only. */
  connotations: ReadonlyMap<string, number>;
  /** Emoji (without variation selectors or skin tones) to valence on the same scale. */
  emoji: ReadonlyMap<string, number>;
  /** Phrases by their first word, longest first. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Degree adverbs: 1 for boosters ('very'), -1 for dampeners ('slightly'). */
  boosters: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  /** Adjectives of size or degree ('great', 'growing'): before a harm they measure it ('great peril') rather than praise. */
  magnitudes: ReadonlySet<string>;
  /** Words that turn a clause around ('but'): what comes before counts less, what follows more. */
  contrasts: ReadonlySet<string>;
  /** Conjunctions of concession ('although'): what their clause grants counts less. */
  concessions: ReadonlySet<string>;
  /** Verbs that introduce what someone said: their subject is the speaker. */
  speechVerbs: ReadonlySet<string>;
  /** Modals and conditions: what follows them is not asserted ('should be fair', 'if it works'). */
  irrealis: ReadonlySet<string>;
  /** Words of acting against something ('against', 'prevention'): the harm they name is not the writer's opinion. */
  countersBefore: ReadonlySet<string>;
  countersAfter: ReadonlySet<string>;
  /** Laughter ('lol', '🤣'): a reaction no negation denies; laughing emoji mock when the text around them is negative. */
  laughter: ReadonlySet<string>;
  /** Verbs of judging or acting on a person ('criticise', 'praise', 'indict'), by lemma: the valence they carry for the person judged. */
  judgements: ReadonlyMap<string, number>;
  /** Openers that usually mean the opposite of what they say ('yeah right'), flagged as sarcasm. */
  sarcasmMarkers: readonly Phrase[];
}

// emoji-emotion rates from -5 to 5; VADER's words go from about -4 to 4.
const EMOJI_SCALE = 0.6;

/** Reads VADER's lexicon (MIT, shipped by vader-sentiment) and adds Dossier's own tables beside this file. */
export function loadLexicon(): Lexicon {
  const words = readVaderLexicon(readFileSync(vaderLexiconPath(), 'utf8'));
  for (const [word, valence] of Object.entries(newsLexicon.words as Record<string, number>)) words.set(word, valence);
  const connotations = new Map(Object.entries(connotationTable as Record<string, number>).filter(([word]) => !words.has(word)));

  const emoji = new Map<string, number>();
  for (const { emoji: symbol, polarity } of emojiEmotion) emoji.set(bareEmoji(symbol), polarity * EMOJI_SCALE);
  for (const [symbol, polarity] of Object.entries(emojiOverrides.polarity as Record<string, number>)) emoji.set(bareEmoji(symbol), polarity * EMOJI_SCALE);

  return {
    words,
    connotations,
    emoji,
    phrases: indexPhrases([...ratedPhrases(phraseTable.idioms), ...neutralPhrases(phraseTable.neutral)]),
    boosters: new Map([
      ...rules.boosters.map((word): [string, number] => [word, 1]),
      ...rules.dampeners.map((word): [string, number] => [word, -1]),
    ]),
    negators: new Set(rules.negators),
    magnitudes: new Set(rules.magnitudes),
    contrasts: new Set(rules.contrasts),
    concessions: new Set(rules.concessions),
    irrealis: new Set(rules.irrealis),
    speechVerbs: new Set(rules.speechVerbs),
    countersBefore: new Set(rules.countersBefore),
    countersAfter: new Set(rules.countersAfter),
    laughter: new Set([...rules.laughterWords, ...emojiOverrides.laughter.map(bareEmoji)]),
    sarcasmMarkers: neutralPhrases(phraseTable.sarcasm),
    judgements: new Map(Object.entries(judgementTable.patient as Record<string, number>)),
  };
}

const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Reads VADER's lexicon file (token, mean rating, …, one a line). The file was sorted before it was
 * lower-cased, so an emoticon listed twice stands for two spellings: the first line is the upper-case
 * one ('D:', horror, -2.9), the second the lower-case one ('d:', a tongue, 1.2). Emoticons are looked up
 * by their exact text first, so both keep their own rating. A word listed twice keeps its last rating,
 * as the reference implementation reads it.
 */
export function readVaderLexicon(text: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [token, mean] = line.split('\t');
    if (!token || mean === undefined) continue;
    const earlier = words.get(token);
    if (earlier !== undefined && !LETTERS_ONLY.test(token) && token.toUpperCase() !== token) words.set(token.toUpperCase(), earlier);
    words.set(token, Number(mean));
  }
  return words;
}

function vaderLexiconPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
}

/** Strips variation selectors and skin-tone modifiers, which do not change what an emoji means. */
export function bareEmoji(symbol: string): string {
  return symbol.replace(/[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF]/g, '');
}

function ratedPhrases(table: Record<string, number>): Phrase[] {
  return Object.entries(table).map(([text, valence]) => ({ words: text.split(' '), valence }));
}

function neutralPhrases(list: string[]): Phrase[] {
  return list.map((text) => ({ words: text.split(' '), valence: 0 }));
}

function indexPhrases(phrases: Phrase[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const list = byFirst.get(phrase.words[0]) ?? [];
    list.push(phrase);
    byFirst.set(phrase.words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}
