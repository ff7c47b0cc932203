import type { EntityType } from '../../article/types.js';
import { WEEKDAYS } from './chunks.js';
import type { Context } from './classify.js';
import type { Knowledge } from './knowledge.js';
import { HONORIFICS, TITLES } from './titles.js';
import type { Word } from './words.js';

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'argued', 'wrote', 'who', 'insisted', 'warned', 'replied', 'recalled', 'announced']);
const OPENING_QUOTES = new Set(['"', '\u201c', '``', '\u2018']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "''", '\u2019']);
const LOCATIVE = new Set(['near', 'outside', 'around', 'throughout', 'across']);
const PLACE_NOUNS = new Set(['port', 'city', 'town', 'village', 'hamlet', 'parish', 'commune', 'municipality', 'capital', 'province', 'state', 'region', 'suburb', 'island', 'county', 'district']);
const COPULAS = new Set(['is', 'was']);
/** 'the villagers of …', 'the outskirts of …': who lives in a place and what surrounds it. */
const DWELLERS = new Set(['villagers', 'residents', 'inhabitants', 'townspeople', 'citizens', 'outskirts', 'suburbs', 'streets', 'mayor']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northward', 'southward', 'eastward', 'westward', 'northwards', 'southwards', 'eastwards', 'westwards']);
const PEOPLE_NOUNS = new Set(['people', 'peoples', 'tribe', 'tribes', 'tribesmen', 'minority', 'ethnicity']);
const LANGUAGE_NOUNS = new Set(['language', 'languages', 'dialect', 'dialects', 'speakers']);
/** Kinds of work whose title may follow without quotation marks. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['album', 'song', 'single', 'film', 'movie', 'novel', 'book', 'poem', 'play', 'opera', 'musical', 'symphony', 'anthem', 'hymn', 'painting', 'sculpture', 'ep', 'sitcom', 'documentary', 'titled', 'entitled']);

/** Nouns that say what kind of organisation the name after them is: 'the band …', 'carmaker …'. */
const ORG_NOUNS = new Set(['band', 'journal', 'magazine', 'newspaper', 'tabloid', 'daily', 'company', 'firm', 'label', 'club', 'team', 'brand', 'retailer', 'airline', 'carrier', 'manufacturer', 'maker', 'automaker', 'carmaker', 'airframer', 'publisher', 'broadcaster', 'network', 'outlet', 'insurer', 'lender', 'conglomerate', 'chain', 'franchise', 'agency', 'supplier', 'operator', 'startup', 'bank', 'group', 'party']);
/** Nouns that say the same after the name: 'The Economist magazine', 'the Paper Mate brand'. */
const ORG_NOUNS_AFTER = new Set(['magazine', 'newspaper', 'journal', 'brand', 'label', 'chain']);
const PLAYED = new Set(['played', 'plays', 'playing', 'play', 'signed', 'starred', 'scored']);
const SIGNED = new Set(['signed', 'signs', 'signing']);
const COACHED = new Set(['coached', 'captained']);
const TEAM_MEMBERS = new Set(['player', 'players', 'striker', 'midfielder', 'goalkeeper', 'defender', 'forward', 'quarterback', 'pitcher', 'footballer', 'supporters']);

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
  // 'Aisby is a village in …', 'Tilst, a suburb of Aarhus', 'the Azna, a pagan people': the article's own definition decides.
  if (next && (COPULAS.has(next.key) || next.text === ',')) {
    const defined = definingNoun(words, after + 1);
    if (defined) return { type: defined, strength: 3 };
  }
  // 'the Ridgeway Falcons', 'Bowling Green Eagles': a plural of an English noun closing a place or after 'the' names a team or a band.
  if (ws.length >= 2 && isPluralNoun(ws[ws.length - 1], knowledge) && (previous?.key === 'the' || isPlace(ws.slice(0, -1), knowledge))) {
    return { type: 'ORG', strength: 2 };
  }
  // 'Louis XVI', 'Carlos I': a regnal number after a given name.
  if (ws.length === 2 && /^[IVX]+$/.test(ws[1].text) && (knowledge.firstNames.has(ws[0].key) || knowledge.moreFirstNames.has(ws[0].key))) {
    return { type: 'PERSON', strength: 3 };
  }
  // 'the album Quiet Harbours', 'the film Blue Orchard': a name right after the kind of work it names.
  if (previous && WORK_NOUNS.has(previous.key) && !previous.cap) return { type: 'WORK_OF_ART', strength: 2 };
  // 'the band God Street Wine', 'The Economist magazine', 'played for Rangers', 'signed to Parlophone'.
  if ((previous && !previous.cap && ORG_NOUNS.has(previous.key)) || (next && !next.cap && ORG_NOUNS_AFTER.has(next.key)) || isTeam(words, at, after)) {
    return { type: 'ORG', strength: 2 };
  }
  // Town names that are also English words or surnames ('Union', 'Campbell') need more than the list.
  if (knowledge.cities.has(keyOf(ws)) && !(ws.length === 1 && (knowledge.commonWords.has(ws[0].key) || knowledge.lastNames.has(ws[0].key)))) {
    return { type: 'GPE', strength: 2 };
  }
  if (alpha && ws.length === 1 && knowledge.firstNames.has(ws[0].key) && !knowledge.commonWords.has(ws[0].key)) return { type: 'PERSON', strength: 2 };
  if (alpha && ws.length >= 2 && ws.length <= 4) {
    if (knowledge.firstNames.has(ws[0].key) || knowledge.lastNames.has(ws[ws.length - 1].key) || ws.some((w, i) => i > 0 && /^\p{Lu}\.$/u.test(w.text))) {
      return { type: 'PERSON', strength: 2 };
    }
    // Weaker lists hold place names too ('Australia', 'Salvador'): a known place opens no person's name.
    const firstKnown = knowledge.names.get(ws[0].key)?.type;
    if (knowledge.moreFirstNames.has(ws[0].key) && !knowledge.cities.has(ws[0].key) && firstKnown !== 'GPE' && firstKnown !== 'LOC' && firstKnown !== 'NORP') return { type: 'PERSON', strength: 1 };
    if (next && SPEECH_VERBS.has(next.key)) return { type: 'PERSON', strength: 2 };
  }
  // 'Anna Vos (born 1949)', 'Adenet Le Roi (c. 1240 – c. 1300)', 'Mary Barra, 51,': a life's dates or an age follow a person.
  if (next?.text === '(' && lifeDates(words, after + 1)) return { type: 'PERSON', strength: 2 };
  // 'Hollywood Canteen (1944)': a year alone in brackets after a title dates a work.
  if (next?.text === '(' && /^\d{4}$/.test(words[after + 1]?.text ?? '') && words[after + 2]?.text === ')' && ws.length > 1) return { type: 'WORK_OF_ART', strength: 1 };
  if (next?.text === ',' && /^\d{1,2}$/.test(words[after + 1]?.text ?? '') && words[after + 2]?.text === ',') return { type: 'PERSON', strength: 2 };
  // 'the Chamicuro people', 'the Aguano language'.
  if (next && !next.cap && PEOPLE_NOUNS.has(next.key)) return { type: 'NORP', strength: 2 };
  if (next && !next.cap && LANGUAGE_NOUNS.has(next.key)) return { type: 'LANGUAGE', strength: 2 };
  if (previous?.key === 'of' && (isPlaceNoun(words[at - 2]) || DWELLERS.has(words[at - 2]?.key ?? ''))) return { type: 'GPE', strength: 2 };
  // 'north of Whitebirk', 'south to Hilsea', 'eastward to Bedhampton'.
  if ((previous?.key === 'of' || previous?.key === 'to') && COMPASS.has(words[at - 2]?.key ?? '') && !words[at - 2].cap) return { type: 'GPE', strength: 2 };
  if (next?.text === ',' && words[after + 1] && knowledge.names.get(words[after + 1].key)?.type === 'GPE' && ws.length <= 3) return { type: 'GPE', strength: 2 };
  // 'near Ramla': places are what one is near ('in' is not enough: 'a stake in Chrysler').
  if (previous && LOCATIVE.has(previous.key) && !previous.cap) return { type: 'GPE', strength: 1 };
  // “Gloomy Sunday”: a capitalised name no list knows, alone in quotation marks, is a title.
  if (previous && OPENING_QUOTES.has(previous.text) && next && CLOSING_QUOTES.has(next.text)) return { type: 'WORK_OF_ART', strength: 2 };
  // 'A380', 'KC-45': letters then a number name a model.
  if (ws.length === 1 && /^\p{Lu}{1,4}-?\d/u.test(ws[0].text)) return { type: 'PRODUCT', strength: 1 };
  // 'the Cagots', 'the Saracens': a capitalised plural no list knows, after 'the', names a people ('Airbus' is no plural).
  if (ws.length === 1 && previous?.key === 'the' && /^\p{Lu}\p{Ll}+[^su]s$/u.test(ws[0].text) && !knowledge.commonWords.has(ws[0].key)) {
    return { type: 'NORP', strength: 1 };
  }
  // 'Protestantism', 'Jansenism': a belief or a movement is what its followers share.
  if (ws.length === 1 && alpha && /\p{Ll}{3,}ism$/u.test(ws[0].text) && !knowledge.commonWords.has(ws[0].key)) return { type: 'NORP', strength: 1 };
  // 'Black Friday', 'Bloody Sunday': a name closed by a weekday is a day that is remembered.
  if (ws.length > 1 && WEEKDAYS.has(ws[ws.length - 1].key)) return { type: 'EVENT', strength: 1 };
  // 'at The Copper Lantern': a capitalised 'The' inside a sentence opens a name.
  if (ws.length > 1 && ws[0].key === 'the' && ws[0].cap && !ws[0].initial) return { type: 'ORG', strength: 2 };
  return { type: 'ORG', strength: 0 };
}

/** '(born 1949', '(c. 1240', '(1904 – 1980', '(1904-1980': not a work's year alone, '(1944)'. */
function lifeDates(words: Word[], at: number): boolean {
  const first = words[at]?.key ?? '';
  if (/^(born|b\.|c\.|died|d\.)$/.test(first)) return true;
  if (/^\d{3,4}[-\u2013\u2014]\d{2,4}$/.test(first)) return true;
  return /^\d{3,4}$/.test(first) && /^([-\u2013\u2014]|--|to)$/.test(words[at + 1]?.text ?? '');
}

/**
 * 'played for …', 'signed with …', 'coached …', '… player Ann Vos': a team (or a label) is what a player
 * plays for or an artist signs with, also when a town's name is the team's.
 */
export function isTeam(words: Word[], at: number, after: number): boolean {
  const previous = words[at - 1]?.key;
  const verb = words[at - 2]?.key ?? '';
  const next = words[after];
  if ((previous === 'for' || previous === 'with' || previous === 'against') && PLAYED.has(verb)) return true;
  if ((previous === 'to' || previous === 'with') && SIGNED.has(verb)) return true;
  return (previous !== undefined && COACHED.has(previous)) || (!!next && !next.cap && TEAM_MEMBERS.has(next.key));
}

/** The head noun of 'a small village', 'a pagan people' when it says what a place or a people is. */
function definingNoun(words: Word[], from: number): EntityType | undefined {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    const word = words[k];
    if (word.punct) return undefined;
    if (isPlaceNoun(word)) return 'GPE';
    if (PEOPLE_NOUNS.has(word.key)) return 'NORP';
    if (word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'VERB') return undefined;
  }
  return undefined;
}

/** 'village', 'villages', 'cities'. */
function isPlaceNoun(word: Word | undefined): boolean {
  if (!word || word.cap) return false;
  const key = word.key;
  return PLACE_NOUNS.has(key) || PLACE_NOUNS.has(key.replace(/ies$/, 'y').replace(/s$/, ''));
}

function isPluralNoun(word: Word, knowledge: Knowledge): boolean {
  return /^\p{Lu}\p{Ll}+[^su]s$/u.test(word.text) && knowledge.commonWords.has(word.key.slice(0, -1)) && knowledge.commonWords.has(word.key);
}

function isPlace(ws: Word[], knowledge: Knowledge): boolean {
  const key = keyOf(ws);
  const type = knowledge.names.get(key)?.type;
  return type === 'GPE' || type === 'LOC' || knowledge.cities.has(key);
}

function keyOf(ws: Word[]): string {
  return ws.map((w) => w.key).join(' ');
}
