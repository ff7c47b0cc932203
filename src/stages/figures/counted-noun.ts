import { isMonth, isTimeNoun, isWeekday } from './calendar-words.js';
import type { Word } from './words.js';

/**
 * The noun a number counts; 'time' when it counts years, days, hours (a duration, not a figure); 'name' when
 * the number is followed by a singular noun, as in a model name ('787 Dreamliner', 'the 717 program').
 */
export type CountedNoun = { head: number } | 'time' | 'name' | undefined;

// Words that modify the counted noun without being adjectives to wink-nlp ('six new A350 aircraft').
const MODIFIERS = new Set(['new', 'more', 'additional', 'extra', 'other', 'further', 'separate', 'different', 'old', 'existing', 'current', 'former']);
// After 'of', these introduce whose things are counted: '20 of its planes', '2 of the Airbus jets'.
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'whose']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
// Plural without an -s, and the same as their lemma to wink-nlp.
const INVARIANT_PLURALS = new Set(['people', 'aircraft', 'staff', 'personnel', 'police', 'cattle', 'sheep', 'fish', 'deer', 'crew', 'series', 'species', 'offspring', 'livestock', 'headquarters', 'spacecraft', 'watercraft', 'militia', 'clergy']);
// 'roughly 900 last year': these start a new phrase, about when rather than what.
const PHRASE_BREAKS = new Set(['last', 'next', 'this', 'that', 'previous', 'each', 'every', 'per', 'earlier', 'later', 'ago']);
const MAX_PHRASE = 7;

/**
 * Finds the head noun of the noun phrase at `words[at]`, skipping what modifies it: 'six high-speed trains'
 * -> trains, 'nine foreign ministers’ meetings' -> meetings, '158 memoranda of cooperation' -> memoranda,
 * '20 of Boeing's larger 777 planes' -> planes.
 */
export function countedNoun(words: Word[], at: number, value: number): CountedNoun {
  let start = at;
  if (words[start]?.key === 'of') {
    start++;
    if (words[start] && (OF_DETERMINERS.has(words[start].key) || (words[start].possessive && words[start].capitalized))) start++;
  }
  let head = -1;
  for (let k = start; k < words.length && k < start + MAX_PHRASE; k++) {
    const word = words[k];
    if (word.punct || PHRASE_BREAKS.has(word.key)) break;
    if (isMonth(word) || isWeekday(word)) return head < 0 ? 'time' : { head };
    if (isTimeNoun(word)) return 'time';
    const previous = k > start ? words[k - 1] : undefined;
    const inName = previous !== undefined && previous.capitalized && !previous.possessive;
    if (isNounLike(word) || (inName && word.capitalized)) {
      head = k;
      // A plural common noun ends the phrase: '301 passengers onboard'.
      if (!word.capitalized && !word.possessive && value !== 1 && isPlural(word)) break;
      continue;
    }
    // A number inside a name ('Boeing 787 Dreamliner', 'A350 XWB', 'five new 737 aircraft') belongs to the phrase.
    if (/^\d[\d-]*$/.test(word.text) && (inName || (k > start && k + 1 < words.length && isNounLike(words[k + 1])))) continue;
    const modifies = word.pos === 'ADJ' || MODIFIERS.has(word.key) || (word.text.includes('-') && /\p{L}/u.test(word.text));
    if (modifies && (head < 0 || words[head].possessive)) continue;
    break;
  }
  if (head < 0 || words[head].possessive) return undefined;
  if (value !== 1 && !isPlural(words[head])) return 'name';
  return { head };
}

/** 'trains', 'memoranda', 'people', 'aircraft': a noun that counts more than one. */
export function isPlural(word: Word): boolean {
  // The lemma is that of the last part of a hyphenated word ('high-speed' -> 'speed').
  const last = word.key.slice(word.key.lastIndexOf('-') + 1);
  return (last.endsWith('s') && !last.endsWith('ss')) || word.lemma !== last || INVARIANT_PLURALS.has(last);
}

/** A noun to wink-nlp, or a model name in the plural ('777s', 'A320s'). */
function isNounLike(word: Word): boolean {
  if (NOUN_TAGS.has(word.pos) && /\p{L}/u.test(word.text)) return true;
  return /^[A-Z]*\d+[A-Z]*s$/.test(word.text);
}
