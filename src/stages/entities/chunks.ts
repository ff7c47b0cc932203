import keywords from './keywords.json' with { type: 'json' };
import { actsAsSpeaker } from './speakers.js';
import type { Word, WordSentence } from './words.js';

/** A run of capitalised words that may name one or more entities, with the words around it. */
export interface Chunk {
  words: Word[];
  /** Index of the first word in the sentence. */
  index: number;
  sentence: WordSentence;
}

const HEADS = new Set([...Object.values(keywords.designators).flat(), ...Object.values(keywords.prefixes).flat()]);
const JOINERS = new Set(keywords.joiners);
/** Heads that take 'for' ('Program for …', 'Centre for …'); a league 'for' a team does not. */
const FOR_HEADS = new Set(keywords.forHeads);
const LIST_HEADS = new Set([...keywords.listHeads, 'center', 'centre', 'commission', 'committee', 'council', 'agency']);
const PARTICLES = new Set(keywords.nameParticles);
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Heads that a founder's or a commander's name in the possessive belongs to. */
const OWNED_HEADS = new Set(['brigade', 'division', 'regiment', 'battalion', 'corps', 'legion', 'raiders', 'limited', 'ltd', 'ltd.', 'creek', 'landing', 'ferry', 'crossing', 'mill', 'mills', 'tavern', 'inn', 'tomb', 'folly']);
const COMPANY_ENDINGS = new Set(['company', 'co.', 'co', 'corporation', 'corp.', 'corp', 'inc.', 'inc', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings']);
/** Heads that take 'on' ('Treaty on …', 'Committee on …'); a hotel 'on' a street does not. */
const ON_HEADS = new Set(['treaty', 'convention', 'conference', 'summit', 'dialogue', 'forum', 'committee', 'commission', 'council', 'declaration', 'agreement', 'protocol', 'talks', 'panel', 'symposium', 'act', 'charter', 'covenant', 'accord', 'framework']);
const QUOTES = new Set(['"', '\u201c', '\u201d', '``', "''"]);
const NOT_NAMES = new Set(keywords.notNames);
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'VERB', 'NUM', 'INTJ']);
/** Closed-class words that a capital never makes a name ('In', 'The', 'Our'). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(keywords.functionWords);

export function isNameWord(word: Word | undefined): word is Word {
  return !!word && !word.punct && (word.cap || word.allCaps) && !NOT_NAMES.has(word.key) && (word.allCaps || !FUNCTION_WORDS.has(word.key));
}

/** A chunk may open with a capitalised 'The' mid-sentence, when a name follows it. */
function opensName(words: Word[], i: number): boolean {
  const word = words[i];
  const capitalisedArticle = word.key === 'the' && word.cap && !word.initial;
  return isNameWord(word) || (capitalisedArticle && isNameWord(words[i + 1]));
}

/**
 * Capitalised runs, joined across 'of', 'for' and 'on' after a name-forming head ('Ministry of …',
 * 'Treaty on the …', 'Program for …'), across '&' and name particles ('van', 'de'), and across the
 * commas and 'and' of a list only inside a ministry-like name ('Ministry of Economy, Trade and Industry').
 */
export function findChunks(sentence: WordSentence): Chunk[] {
  const words = sentence.words;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    if (!opensName(words, i)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    let joined = false;
    let lastJoin = -1;
    let hasHead = HEADS.has(words[i].key);
    while (j < words.length && (!words[j - 1].possessive || ownedName(words, j))) {
      const next = words[j];
      if (isNameWord(next) && !next.initial) {
        hasHead ||= HEADS.has(next.key);
        j++;
        continue;
      }
      // 'Gloomy Sunday', 'Black Friday': a weekday closes a name that precedes it.
      if (WEEKDAYS.has(next.key) && next.cap && !words[j - 1].possessive && !words[j - 1].allCaps) {
        j++;
        break;
      }
      // 'Boeing 787', 'Formula 3', 'NASCAR 2002': a number right after a name continues it.
      // A year after a name is one only for a name in capitals or with a head ('Water Act 2000'), not a citation ('Ruhlen 1987').
      if (isModelNumber(next) && next.start === words[j - 1].end + 1 && !words[j - 1].punct && (!/^\d{4}$/.test(next.text) || words[j - 1].allCaps || HEADS.has(words[j - 1].key))) {
        j++;
        break;
      }
      // 'William "Cowboy" Cowley': a quoted nickname inside a name.
      if (QUOTES.has(next.text) && isNameWord(words[j + 1]) && QUOTES.has(words[j + 2]?.text ?? '') && isNameWord(words[j + 3])) {
        j += 4;
        continue;
      }
      // 'Procter & Gamble', 'Ludwig van Beethoven'; not 'Lee Tate & Gary Carvolth'.
      const ampersand = next.text === '&' && j === start + 1 && !isNameWord(words[j + 2]);
      if ((ampersand || (PARTICLES.has(next.key) && !next.cap)) && isNameWord(words[j + 1])) {
        j += 2;
        continue;
      }
      // After 'of', a part with a head of its own is a name of its own: 'Division of the IV Corps' | 'of the Army'.
      const headSinceJoin = joined && words.slice(lastJoin + 1, j).some((w) => HEADS.has(w.key));
      // 'Howe's Brigade' ends at its head: 'of Couch's Division' is another unit.
      const owned = words.slice(start, j).some((w) => w.possessive);
      if (JOINERS.has(next.key) && hasHead && !headSinceJoin && !owned && (next.key !== 'for' || FOR_HEADS.has(words[j - 1].key)) && (next.key !== 'on' || ON_HEADS.has(words[j - 1].key))) {
        const k = words[j + 1]?.key === 'the' ? j + 2 : j + 1;
        if (isNameWord(words[k])) {
          joined = true;
          lastJoin = j;
          hasHead ||= HEADS.has(words[k].key);
          j = k + 1;
          continue;
        }
      }
      // The head is the name's first word ('Ministry of …') or the word before its first 'of' ('Queensland Department of …').
      const firstJoin = words.slice(start, j).findIndex((w) => JOINERS.has(w.key));
      if (joined && (next.text === ',' || next.key === 'and') && (LIST_HEADS.has(words[start].key) || LIST_HEADS.has(words[start + firstJoin - 1]?.key ?? ''))) {
        const end = listEnd(words, j);
        if (end > j) {
          j = end;
          continue;
        }
      }
      break;
    }
    let first = start;
    // Sentence openers are capitalised whatever they are: 'The', 'In', 'Applying'.
    // A capitalised 'The' inside a sentence belongs to the name ('at The Forge'); elsewhere function words do not.
    const namesArticle = (w: Word) => w.key === 'the' && w.cap && !w.initial && first + 1 < j;
    // A company's name is no sentence opener however its first word is tagged ('Ford Motor Company').
    const company = j - first >= 3 && COMPANY_ENDINGS.has(words[j - 1].key);
    // 'Rove said', 'Rove, who …': a word that speaks is a name however the tagger reads it.
    const opener = (k: number) => words[k].initial && !company && FUNCTION_POS.has(words[k].pos) && !(j === k + 1 && actsAsSpeaker(words, k));
    while (first < j && !words[first].allCaps && !namesArticle(words[first]) && (FUNCTION_WORDS.has(words[first].key) || opener(first))) first++;
    if (first < j) chunks.push({ words: words.slice(first, j), index: first, sentence });
    i = j;
  }
  return chunks;
}

/** 'Howe's Brigade', 'Sayler's Creek': a possessive before one head word that names a unit or a place. */
function ownedName(words: Word[], j: number): boolean {
  const owned = words[j];
  return !!owned && owned.cap && !owned.initial && OWNED_HEADS.has(owned.key) && !isNameWord(words[j + 1]);
}

function isModelNumber(word: Word): boolean {
  return word.punct && word.text.length <= 8 && /^\d[\d\p{L}-]*$/u.test(word.text) && !/^\d+(st|nd|rd|th|d)$/.test(word.text);
}

/** Where ', Trade and Industry' ends: commas between capitalised runs, closed by 'and' and a last run. */
function listEnd(words: Word[], from: number): number {
  let j = from;
  while (j < words.length) {
    const separator = words[j];
    if (separator.text !== ',' && separator.key !== 'and') return from;
    let k = j + 1;
    if (separator.text === ',' && words[k]?.key === 'and') k++;
    if (!isNameWord(words[k])) return from;
    while (isNameWord(words[k])) if (words[k++].possessive) return from;
    if (separator.key === 'and' || words[j + 1]?.key === 'and') return k;
    j = k;
  }
  return from;
}
