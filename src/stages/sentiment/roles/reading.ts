import type { Lexicon } from '../lexicon.js';
import type { Word } from '../words.js';
import type { Roles } from './index.js';
import roleTable from './roles.json' with { type: 'json' };

/**
 * One reading of an entity's mentions in a sentence, shared by the parts that read before and after each
 * mention: the sentence, the roles found so far, the words several parts look for, and the acts that
 * record a role (a judgement, a harm suffered).
 */
export interface Reading {
  readonly words: readonly Word[];
  readonly valences: readonly number[];
  readonly lexicon: Lexicon;
  readonly roles: Roles;
  /** Whether a possessive apostrophe follows the word ('Rodgers' murder'), which leaves no word of its own. */
  readonly ownsNext: (word: number) => boolean;
  readonly markAfter: (word: number) => string;
}

// How many words may stand between a verb and the person it acts on ('accused the former senator X').
export const OBJECT_REACH = 3;
// How many words a possessive may reach for its noun ('X's long-awaited, failed bid').
export const POSSESSED_REACH = 3;
// No further than an entity reads around a mention at all, which keeps the work per mention bounded.
export const PREDICATE_REACH = 36;
// Auxiliaries before a participle that make it passive: 'X was criticised' judges X.
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting', "'s"]);
// Words that may stand between a subject and its verb without changing who acts ('X has not yet won').
export const VERB_COMPANIONS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
// 'refused to endorse X', 'declined to criticise X': the judgement is withheld.
export const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'hesitate', 'reluctant', 'unwilling']);
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'"]);
export const HARMS: ReadonlySet<string> = new Set(roleTable.harms);
export const VICTORIES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.victories));
export const CAMPS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.camps));
export const TROUBLES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.troubles));
// How many title words may stand before a name ('former House Speaker X').
export const TITLE_REACH = 3;
export const NOUN_PHRASE_PARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A noun, or a gerund the tagger calls a verb ('the Jones shooting'). */
export function isNominal(word: Word): boolean {
  return word.pos === 'NOUN' || (word.pos === 'VERB' && word.key.endsWith('ing') && HARMS.has(word.lemma));
}

export function suffer(reading: Reading, k: number): void {
  reading.roles.suffered.add(k);
  reading.roles.bystander = true;
}

/** A denied judgement ('did not criticise X') is not the opposite judgement: it says nothing either way. */
export function judge(reading: Reading, k: number, valence: number): void {
  reading.roles.patientOf.set(k, denied(reading, k) ? 0 : valence);
}

/** A negation just before the verb or its auxiliary: 'was not charged', 'did not criticise'. */
function denied(reading: Reading, k: number): boolean {
  if (k > 1 && reading.words[k - 1].key === 'to' && REFUSALS.has(reading.words[k - 2].lemma)) return true;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (reading.lexicon.negators.has(reading.words[j].key)) return true;
    if (!VERB_COMPANIONS.has(reading.words[j].pos)) return false;
  }
  return false;
}

export function isPassive(reading: Reading, k: number): boolean {
  const { words } = reading;
  // 'X is trying', 'X was lying': a present participle after 'be' is progressive.
  if (words[k].key.endsWith('ing')) return false;
  return (k > 0 && PASSIVE_AUXILIARIES.has(words[k - 1].key)) || (k > 1 && PASSIVE_AUXILIARIES.has(words[k - 2].key) && words[k - 1].pos === 'ADV');
}

export function judgementAt(reading: Reading, k: number): number | undefined {
  const word = reading.words[k];
  const { judgements } = reading.lexicon;
  // Headlines capitalise verbs, which the tagger then leaves unlemmatised: 'Bloomberg Criticizes Obama'.
  const singular = word.key.length > 3 && word.key.endsWith('s') && !word.key.endsWith('ss') ? word.key.slice(0, -1) : undefined;
  return judgements.get(word.lemma) ?? judgements.get(word.key) ?? (singular === undefined ? undefined : judgements.get(singular));
}
