import type { EventEffect } from '../events.js';
import { isPassive, NOUN_PHRASE_PARTS, OBJECT_REACH, POSSESSED_REACH, POSSESSIVE_MARKS, type Reading } from './reading.js';
import roleTable from './roles.json' with { type: 'json' };

// What is said of a person by comparing others to them, by naming them something, or by a feeling aimed at them.

// 'proud of X', 'comfortable with X', 'furious at X', 'jealous of X': what a feeling aimed at someone says of them.
const ATTITUDES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.attitudes));
export const ATTITUDE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'to', 'by', 'at', 'in', 'about', 'for', 'on', 'toward', 'towards']);
// How far back from 'than X' or the second 'as' of 'as toxic as X' the comparison may reach.
const COMPARISON_REACH = 7;
// 'as well as X', 'as long as X', 'rather than X': phrases that compare nothing said of X.
const NON_COMPARISONS: ReadonlySet<string> = new Set(['well', 'long', 'far', 'soon', 'much', 'many', 'early', 'late', 'rather', 'other', 'more', 'less']);
// 'called X "the most endangered incumbent"', 'found X guilty': verbs whose object is then said to be something.
const NAMING: ReadonlySet<string> = new Set(roleTable.naming);
// How long what a naming verb says its object is may be.
const COMPLEMENT_REACH = 12;

/**
 * The polar word a comparison ending at `at` ('than' or the second 'as') holds: a noun ('a bigger hypocrite
 * than'), a word made negative by degree ('worse than', 'more corrupt than'), or any polar word between
 * two 'as' ('as toxic as'). A positive degree ('better than X') says X is less so: nothing is read then.
 * Read as rated in the lexicon: 'nowhere near as toxic as X' still calls X toxic.
 */
export function comparison(reading: Reading, at: number): EventEffect | undefined {
  const { words } = reading;
  if (at === 0 || NON_COMPARISONS.has(words[at - 1].key) || words[at].afterBreak) return undefined;
  const equative = words[at].key === 'as';
  let found: EventEffect | undefined;
  for (let j = at - 1; j >= Math.max(0, at - COMPARISON_REACH); j--) {
    if (equative && words[j].key === 'as') return found && !NON_COMPARISONS.has(words[j + 1].key) ? found : undefined;
    const valence = rated(reading, j);
    if (!equative && valence && (words[j].pos === 'NOUN' || valence < 0)) return { at: j, valence };
    if (equative && valence && !found) found = { at: j, valence };
    if (words[j].afterBreak) return undefined;
  }
  return undefined;
}

/** A word's valence as the lexicon rates it, before negation or degree. */
function rated(reading: Reading, k: number): number {
  const { words, lexicon } = reading;
  return lexicon.words.get(words[k].key) ?? lexicon.connotations.get(words[k].key) ?? 0;
}

/** 'called X "the most endangered incumbent"', 'found X guilty': what follows the object, up to the end of its clause, is said of X. */
export function complement(reading: Reading, first: number, last: number): void {
  const { words } = reading;
  // Whom a pronoun stands for is a guess: what it is called is not pinned on the guess.
  if (words[first].pos === 'PRON') return;
  let verb = first - 1;
  while (verb >= Math.max(0, first - OBJECT_REACH) && (NOUN_PHRASE_PARTS.has(words[verb].pos) && !NAMING.has(words[verb].lemma)) && !words[verb + 1].afterBreak) verb--;
  if (verb < 0 || words[verb + 1].afterBreak || !NAMING.has(words[verb].lemma) || words[verb].pos !== 'VERB' || isPassive(reading, verb)) return;
  let end = last + 1;
  if (POSSESSIVE_MARKS.has(words[end]?.key ?? '')) end = possessedEnd(reading, end + 1);
  const limit = Math.min(words.length, end + COMPLEMENT_REACH);
  let to = end;
  // 'found X not guilty of murder, but guilty of homicide': a second complement goes on the first.
  const goesOn = (k: number) => words[k].pos === 'CCONJ' && (words[k + 1]?.pos === 'ADJ' || words[k + 1]?.pos === 'ADV') && !words[k + 1].afterBreak;
  const endsClause = (k: number) => words[k].pos === 'SCONJ' || (((k > end && words[k].afterBreak) || words[k].pos === 'CCONJ') && !goesOn(k));
  while (to < limit && !endsClause(to)) to++;
  if (to > end) reading.roles.predicates.push([end, to]);
}

/** Past the noun phrase a possessive owns ('X's address'). */
function possessedEnd(reading: Reading, from: number): number {
  const { words } = reading;
  let k = from;
  while (k < Math.min(words.length, from + POSSESSED_REACH) && !words[k].afterBreak && NOUN_PHRASE_PARTS.has(words[k].pos)) k++;
  return k;
}

/** A feeling right before the preposition at k ('proud of', 'deeply grateful to', 'fed up with'): what it says of the one it is aimed at. */
export function attitudeBefore(reading: Reading, k: number): EventEffect | undefined {
  const { words } = reading;
  const at = k > 1 && (words[k - 1].pos === 'ADV' || words[k - 1].key === 'up') && !words[k - 1].afterBreak ? k - 2 : k - 1;
  if (at < 0 || words[at + 1].afterBreak || words[k].afterBreak) return undefined;
  const valence = ATTITUDES.get(words[at].key) ?? ATTITUDES.get(words[at].lemma);
  return valence === undefined ? undefined : { at, valence };
}
