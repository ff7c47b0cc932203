import type { Lexicon } from '../lexicon.js';
import { straighten, type Word } from '../words.js';
import { complement } from './judgements.js';
import { before, modified } from './objects.js';
import { isNominal, POSSESSIVE_MARKS, type Reading } from './reading.js';
import { after } from './subject.js';

export { confesses } from './subject.js';

/**
 * What part a person plays in one sentence, read from the few words around each mention: who a sentence
 * judges is mostly said next to the name ('accused X', 'X was praised', 'X's failed bid', 'X faces
 * charges', 'X defeated Y'), whereas the rest of the sentence may be about someone else. Each mention
 * looks at a bounded number of words, so the work is linear in the sentence.
 */
export interface Roles {
  /** Words whose valence falls on the entity in full, whatever their distance, with that valence. */
  patientOf: Map<number, number>;
  /** Words by which the entity judges someone else: they describe the one judging far less. */
  agentOf: Set<number>;
  /** Harms the entity suffered ('X was killed', 'the death of X', 'X's death'): no view of it. */
  suffered: Set<number>;
  /** The entity is harmed or spoken to here: the sentence's other words are mostly about someone else. */
  bystander: boolean;
  /** Every word before this one is the entity's own reported speech ('…, Jones said'); 0 if none. */
  speaksBefore: number;
  /** Where the entity's own words or criticism of others start ('X described Y as …', 'X blamed Y for …'). */
  speaksFrom: number[];
  /** What the entity, as subject, is said to do or be, up to the end of the clause: [start, end). */
  predicates: Array<[number, number]>;
}

/** The roles of an entity whose mentions stand at `positions` (word indices, sorted, without repeats). */
export function rolesOf(
  words: readonly Word[],
  valences: readonly number[],
  positions: readonly number[],
  lexicon: Lexicon,
  markAfter: (word: number) => string,
): Roles {
  const roles: Roles = { patientOf: new Map(), agentOf: new Set(), suffered: new Set(), bystander: false, speaksBefore: 0, speaksFrom: [], predicates: [] };
  // 'Rodgers' murder': a bare apostrophe after a name ending in s; after other words it closes a quotation.
  const ownsNext = (word: number) => /s$/i.test(words[word].text) && POSSESSIVE_MARKS.has(straighten(markAfter(word)));
  const reading: Reading = { words, valences, lexicon, roles, ownsNext, markAfter };
  for (const [first, last] of mentionSpans(positions)) {
    // 'the Marlow killing', 'the Okafor email probe': a name used as a modifier is judged through its noun.
    const next = words[last + 1];
    if (next && !next.afterBreak && isNominal(next) && !next.inName && !ownsNext(last)) {
      modified(reading, last + 1);
      continue;
    }
    before(reading, first, last, ownsNext(last) || POSSESSIVE_MARKS.has(next?.key ?? ''));
    complement(reading, first, last);
    after(reading, first, last);
  }
  return roles;
}

/** Runs of consecutive positions: one per mention ('Hillary Rodham Clinton'), as [first, last]. */
function mentionSpans(positions: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const p of positions) {
    const last = spans[spans.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else spans.push([p, p]);
  }
  return spans;
}
