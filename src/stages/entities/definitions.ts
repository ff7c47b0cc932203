import type { EntityType } from '../../article/types.js';
import kinds from './kinds.json' with { type: 'json' };
import type { Word } from './words.js';

/** Common nouns that say what kind of thing a name is ('village', 'band', 'pianist', 'album'). */
const KIND_NOUNS: ReadonlyMap<string, EntityType> = new Map(
  Object.entries(kinds).flatMap(([type, nouns]) => (Array.isArray(nouns) ? nouns.map((noun) => [noun, type as EntityType] as const) : [])),
);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Nouns that only count or gather what follows 'of': 'a series of compilation albums', 'one of the largest towns'. */
const GATHERING = new Set(['series', 'collection', 'set', 'chain', 'pair', 'group', 'one', 'number', 'line', 'range', 'family', 'kind', 'type', 'sort']);
/** Words that close the noun phrase the head of which is sought. */
const PHRASE_ENDS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PRON', 'VERB', 'AUX', 'PART', 'INTJ']);
/** How many words the head of a definition may stand from its start, and a bracket before the verb may hold. */
const SCAN = 10;
const MAX_BRACKET = 20;

/** The kind a common noun names: 'villages' and 'pianist' say GPE and PERSON. */
export function kindOf(word: Word | undefined): EntityType | undefined {
  if (!word || word.cap || word.punct) return undefined;
  return kindOfKey(word.key);
}

/** The kind of a noun's lower-case form, singular or plural. */
export function kindOfKey(key: string): EntityType | undefined {
  return KIND_NOUNS.get(key) ?? (key.endsWith('s') ? KIND_NOUNS.get(key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1)) : undefined);
}

/**
 * The article's own definition of the name that ends before `after`: 'Aisby is a village in …', 'Dark Room
 * Notes are a four-piece electro band', 'Ervenik (Serbian Cyrillic: …) is a village', 'Tilst, a suburb of
 * Aarhus', 'Aguano is the same language', 'Dancemania is a series of remix albums'. The head of the noun
 * phrase after the copula or the comma decides; a phrase that belongs to someone else ('Paris, the city's
 * mayor') or has no known head defines nothing.
 */
export function definedKind(words: Word[], after: number): EntityType | undefined {
  let k = after;
  if (words[k]?.text === '(') {
    const open = k;
    while (k < words.length && k - open <= MAX_BRACKET && words[k].text !== ')') k++;
    if (words[k]?.text !== ')') return undefined;
    k++;
  }
  const link = words[k];
  if (!link) return undefined;
  if (link.text === ',') return DETERMINERS.has(words[k + 1]?.key ?? '') ? headKind(words, k + 1) : undefined;
  if (!COPULAS.has(link.key)) return undefined;
  k++;
  while (words[k] && words[k].pos === 'ADV' && !words[k].cap) k++;
  return headKind(words, k);
}

/** The kind of the head noun of the phrase from `from`: its last word before a preposition, a verb or a stop. */
function headKind(words: Word[], from: number): EntityType | undefined {
  let head: Word | undefined;
  for (let k = from; k < Math.min(words.length, from + SCAN); k++) {
    const word = words[k];
    if (word.possessive) return undefined;
    if (word.text === '-' || word.text === '/') continue;
    // 'a discriminated minority', 'a leading figure'; but 'a village located in …' ends at 'located'.
    const participle = word.pos === 'VERB' && /(ed|ing)$/.test(word.key);
    if (participle && head?.pos !== 'NOUN') continue;
    if (word.punct || PHRASE_ENDS.has(word.pos)) {
      // 'a series of …', 'one of the …': the kind is what is gathered.
      if (word.key === 'of' && (words[k - 1]?.key === 'one' || (head && GATHERING.has(head.key.replace(/s$/, ''))))) {
        head = undefined;
        continue;
      }
      break;
    }
    if (word.pos === 'NOUN' || word.pos === 'PROPN' || kindOf(word)) head = word;
  }
  return kindOf(head);
}
