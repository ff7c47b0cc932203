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
  /** Degree adverbs: positive boosters, negative dampeners. */
  boosters: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  /** Words that turn a clause around ('but'): what comes before counts less, what follows more. */
  contrasts: ReadonlySet<string>;
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
// VADER's empirically derived step for a degree adverb.
const BOOSTER = 0.293;

/** Reads VADER's lexicon (MIT, shipped by vader-sentiment) and adds Dossier's own tables beside this file. */
export function loadLexicon(): Lexicon {
  const words = new Map<string, number>();
  for (const line of readFileSync(vaderLexiconPath(), 'utf8').split('\n')) {
    const [token, mean] = line.split('\t');
    if (token && mean !== undefined) words.set(token, Number(mean));
  }
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
      ...rules.boosters.map((word): [string, number] => [word, BOOSTER]),
      ...rules.dampeners.map((word): [string, number] => [word, -BOOSTER]),
    ]),
    negators: new Set(rules.negators),
    contrasts: new Set(rules.contrasts),
    irrealis: new Set(rules.irrealis),
    speechVerbs: new Set(rules.speechVerbs),
    countersBefore: new Set(rules.countersBefore),
    countersAfter: new Set(rules.countersAfter),
    laughter: new Set([...rules.laughterWords, ...emojiOverrides.laughter.map(bareEmoji)]),
    sarcasmMarkers: neutralPhrases(phraseTable.sarcasm),
    judgements: new Map(Object.entries(judgementTable.patient as Record<string, number>)),
  };
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
