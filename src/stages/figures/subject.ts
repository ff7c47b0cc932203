import type { Word } from './words.js';

// Verbs that put a measured thing and its figure on either side: 'trade totals $3 billion', 'sales rose to $1.45 billion'.
const LINKING_VERBS = new Set([
  'be', 'reach', 'total', 'amount', 'stand', 'rise', 'fall', 'grow', 'drop', 'climb', 'jump', 'exceed', 'hit', 'top',
  'cost', 'decline', 'increase', 'decrease', 'surge', 'soar', 'plunge', 'tumble', 'slip', 'ease', 'come', 'equal',
  'approach', 'near', 'shrink', 'slump', 'double', 'average', 'run', 'remain', 'stay', 'value', 'estimate', 'put',
]);
// Between the verb and the figure: 'is worth about', 'rose to', 'stood at', 'amounted to'.
const BEFORE_FIGURE = new Set(['to', 'at', 'by', 'worth', 'valued', 'estimated', 'some', 'of', 'nearly', 'almost', 'only', 'just']);
// Between the subject and the verb: 'had reached', 'is still', 'has already'.
const AUXILIARY_TAGS = new Set(['AUX', 'ADV', 'PART']);
// Where a subject phrase starts: after these, or at a clause boundary.
const OPENING_TAGS = new Set(['SCONJ', 'VERB', 'AUX', 'PRON', 'PUNCT', 'SYM', 'NUM']);
const OPENING_WORDS = new Set(['that', 'which', 'who', 'whose', 'while', 'whereas', 'as', 'but', 'when', 'where', 'said', 'says']);
const LEADING_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those']);
const MAX_SUBJECT = 12;

/**
 * The short phrase a figure is about, where the sentence says it: the subject of a linking verb
 * ('annual trade volume between Russia and Central Asia had reached $45 billion', 'China’s annual trade
 * with Central Asia is worth about $100 billion') or the noun the figure is 'of' ('a loss of $381 million').
 */
export function subjectOf(text: string, words: Word[], first: number, inFigure: (word: number) => boolean): string | undefined {
  let k = first - 1;
  if (k >= 0 && words[k].key === 'of' && k >= 1 && isNoun(words[k - 1]) && !inFigure(k - 1)) {
    return phraseEndingAt(text, words, k - 1, false, inFigure);
  }
  while (k >= 0 && BEFORE_FIGURE.has(words[k].key)) k--;
  if (k < 0 || !isLinkingVerb(words[k])) return undefined;
  k--;
  while (k >= 0 && AUXILIARY_TAGS.has(words[k].pos) && !words[k].punct) k--;
  if (k < 0 || !isNoun(words[k]) || inFigure(k)) return undefined;
  return phraseEndingAt(text, words, k, true, inFigure);
}

/** The noun phrase ending at `words[last]`, read leftwards; prepositional phrases are kept when `long`. */
function phraseEndingAt(text: string, words: Word[], last: number, long: boolean, inFigure: (word: number) => boolean): string | undefined {
  let start = last;
  for (let k = last - 1; k >= 0 && last - k < MAX_SUBJECT; k--) {
    const word = words[k];
    if (word.punct || OPENING_WORDS.has(word.key) || inFigure(k)) break;
    if (OPENING_TAGS.has(word.pos) && !(word.pos === 'VERB' && /ed$/.test(word.key) && !long)) break;
    if (!long && (word.pos === 'ADP' || word.pos === 'CCONJ' || word.pos === 'DET')) break;
    start = k;
  }
  while (start < last && (LEADING_DETERMINERS.has(words[start].key) || words[start].pos === 'ADP' || words[start].pos === 'CCONJ')) start++;
  if (!words.slice(start, last + 1).some(isNoun)) return undefined;
  return text.slice(words[start].start, words[last].end);
}

/** wink-nlp tags 'totals' in 'trade totals $3 billion' as a noun: a third-person form of a linking verb counts too. */
function isLinkingVerb(word: Word): boolean {
  if (/^(VERB|AUX)$/.test(word.pos)) return LINKING_VERBS.has(word.lemma);
  return word.key.endsWith('s') && LINKING_VERBS.has(word.key.slice(0, -1));
}

function isNoun(word: Word): boolean {
  return (word.pos === 'NOUN' || word.pos === 'PROPN') && !word.punct;
}
