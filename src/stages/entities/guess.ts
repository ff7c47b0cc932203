import type { EntityType } from '../../article/types.js';
import type { Context } from './classify.js';
import { HONORIFICS, TITLES } from './titles.js';
import type { Word } from './words.js';

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'argued', 'wrote', 'who', 'insisted', 'warned', 'replied', 'recalled', 'announced']);
const OPENING_QUOTES = new Set(['"', '\u201c', '``', '\u2018']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "''", '\u2019']);
const LOCATIVE = new Set(['near', 'outside', 'around', 'throughout', 'across']);
const PLACE_NOUNS = new Set(['port', 'city', 'town', 'village', 'hamlet', 'parish', 'commune', 'municipality', 'capital', 'province', 'state', 'region', 'suburb', 'island', 'county', 'district']);
const COPULAS = new Set(['is', 'was']);

/** A name no list knows: its shape and the words around it decide, ORG when nothing does. */
export function guessType(ws: Word[], context: Context): { type: EntityType; strength: number } {
  const { knowledge, chunk } = context;
  const words = chunk.sentence.words;
  const at = chunk.index + chunk.words.indexOf(ws[0]);
  const after = at + ws.length;
  const previous = words[at - 1];
  const next = words[after];
  if (previous && (HONORIFICS.has(previous.key) || (TITLES.has(previous.key) && !previous.cap))) return { type: 'PERSON', strength: 3 };
  const alpha = ws.every((w) => !w.allCaps && /^\p{L}/u.test(w.text));
  // Town names that are also English words or surnames ('Union', 'Campbell') need more than the list.
  if (knowledge.cities.has(keyOf(ws)) && !(ws.length === 1 && (knowledge.commonWords.has(ws[0].key) || knowledge.lastNames.has(ws[0].key)))) {
    return { type: 'GPE', strength: 2 };
  }
  if (alpha && ws.length === 1 && knowledge.firstNames.has(ws[0].key) && !knowledge.commonWords.has(ws[0].key)) return { type: 'PERSON', strength: 2 };
  if (alpha && ws.length >= 2 && ws.length <= 4) {
    if (knowledge.firstNames.has(ws[0].key) || knowledge.lastNames.has(ws[ws.length - 1].key) || ws.some((w, i) => i > 0 && /^\p{Lu}\.$/u.test(w.text))) {
      return { type: 'PERSON', strength: 2 };
    }
    if (knowledge.moreFirstNames.has(ws[0].key) && !knowledge.cities.has(ws[0].key)) return { type: 'PERSON', strength: 1 };
    if (next && SPEECH_VERBS.has(next.key)) return { type: 'PERSON', strength: 2 };
  }
  if (previous?.key === 'of' && PLACE_NOUNS.has(words[at - 2]?.key ?? '')) return { type: 'GPE', strength: 2 };
  // 'Aisby is a village in …': a name defined as a place is a place.
  if (next && COPULAS.has(next.key)) {
    const noun = words.slice(after + 1, after + 5).find((w) => PLACE_NOUNS.has(w.key) || !/^(a|an|the|small|large|little|tiny|former|historic|market|coastal|rural)$/.test(w.key));
    if (noun && PLACE_NOUNS.has(noun.key)) return { type: 'GPE', strength: 2 };
  }
  if (next?.text === ',' && words[after + 1] && knowledge.names.get(words[after + 1].key)?.type === 'GPE' && ws.length <= 3) return { type: 'GPE', strength: 2 };
  // 'near Ramla': places are what one is near ('in' is not enough: 'a stake in Chrysler').
  if (previous && LOCATIVE.has(previous.key) && !previous.cap) return { type: 'GPE', strength: 1 };
  // “Gloomy Sunday”: a capitalised name no list knows, alone in quotation marks, is a title.
  if (previous && OPENING_QUOTES.has(previous.text) && next && CLOSING_QUOTES.has(next.text)) return { type: 'WORK_OF_ART', strength: 2 };
  // 'A380', 'KC-45': letters then a number name a model.
  if (ws.length === 1 && /^\p{Lu}{1,4}-?\d/u.test(ws[0].text)) return { type: 'PRODUCT', strength: 1 };
  // 'the Cagots', 'the Saracens': a capitalised plural no list knows, after 'the', names a people.
  if (ws.length === 1 && previous?.key === 'the' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(ws[0].text) && !knowledge.commonWords.has(ws[0].key)) {
    return { type: 'NORP', strength: 1 };
  }
  return { type: 'ORG', strength: 0 };
}

function keyOf(ws: Word[]): string {
  return ws.map((w) => w.key).join(' ');
}
