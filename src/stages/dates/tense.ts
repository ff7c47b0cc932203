import type { Token } from '../../article/types.js';
import lexicon from './lexicon.json' with { type: 'json' };

export type Tense = 'past' | 'future' | 'neutral';

/** A verb group ('will be held', 'was signed', 'plans to host') and the time it points to. */
export interface VerbGroup {
  start: number;
  end: number;
  tense: Tense;
}

const FUTURE_WORDS = new Set(lexicon.futureMarkers.filter((marker) => !marker.includes(' ')));
const FUTURE_PAIRS = new Set(lexicon.futureMarkers.filter((marker) => marker.includes(' ')));
const FUTURE_PAIR_STARTS = new Set([...FUTURE_PAIRS].map((pair) => pair.split(' ')[0]));
const IRREGULAR_PAST = new Set(lexicon.irregularPast);
const GROUP_TAIL = new Set(['AUX', 'VERB', 'PART', 'ADV']);

function isPast(token: Token): boolean {
  const word = token.text.toLowerCase();
  if (IRREGULAR_PAST.has(word)) return true;
  return token.pos === 'VERB' && word !== token.lemma.toLowerCase() && word.endsWith('ed');
}

/** The two words from token i, where the first can start a marker such as 'plans to'. */
function pairAt(tokens: Token[], i: number, to: number, word: string): string {
  return i + 1 < to && FUTURE_PAIR_STARTS.has(word) ? `${word} ${tokens[i + 1].text.toLowerCase()}` : '';
}

/** The verb groups of tokens[from, to), in order; a group is future when it holds a modal or a 'plans to'. */
export function verbGroups(tokens: Token[], from: number, to: number): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    const word = token.text.toLowerCase();
    const pair = pairAt(tokens, i, to, word);
    // A capitalised 'verb' inside a sentence is a name the tagger misread ('Ford brand sales were up').
    const verb = (token.pos === 'AUX' || token.pos === 'VERB') && (i === from || token.text[0] === word[0]);
    const mayAsMonth = token.text === 'May';
    if (mayAsMonth || (!verb && !FUTURE_WORDS.has(word) && !FUTURE_PAIRS.has(pair))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && GROUP_TAIL.has(tokens[end].pos)) end++;
    // Adverbs inside a group belong to it ('will not be'), those after it do not ('fell sharply').
    while (end - 1 > i && (tokens[end - 1].pos === 'ADV' || tokens[end - 1].pos === 'PART')) end--;
    let tense: Tense = isPast(token) ? 'past' : 'neutral';
    for (let j = i; j < end; j++) {
      const w = tokens[j].text.toLowerCase();
      if (FUTURE_WORDS.has(w) || FUTURE_PAIRS.has(pairAt(tokens, j, to, w))) tense = 'future';
    }
    groups.push({ start: token.start, end: tokens[end - 1].end, tense });
    i = end;
  }
  return groups;
}

/** The tense that governs a date: the nearest verb group before it in the sentence, else the first after it. */
export function tenseAt(groups: VerbGroup[], start: number): Tense {
  let before: VerbGroup | undefined;
  for (const group of groups) {
    if (group.end <= start) before = group;
    else if (!before && group.start >= start) return group.tense;
  }
  return before?.tense ?? 'neutral';
}

export function hasFuture(groups: VerbGroup[]): boolean {
  return groups.some((group) => group.tense === 'future');
}
