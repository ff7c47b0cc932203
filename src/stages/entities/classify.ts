import type { EntityType } from '../../article/types.js';
import { FUNCTION_WORDS, WEEKDAYS, type Chunk } from './chunks.js';
import type { Knowledge, KnownName } from './knowledge.js';
import keywords from './keywords.json' with { type: 'json' };
import { kindOfKey } from './definitions.js';
import { guessType, isTeam } from './guess.js';
import { introducedAsPerson, speaksAsPerson } from './speakers.js';
import { findTitle, HONORIFICS, TITLES } from './titles.js';
import type { Word } from './words.js';

/** One mention found in the text, before mentions are grouped into entities. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** How sure the type is: 6 user gazetteer … 1 a hint from the context, 0 the default guess. */
  strength: number;
  /** A canonical name given by a gazetteer alias ('United States' for 'US'). */
  canonical?: string;
  roles: string[];
  /** Word keys of the mention, for surname and variant binding. */
  keys: string[];
  /** Capitalised only because it opens a sentence, quote or heading: kept only if the name is found elsewhere. */
  needsSupport: boolean;
  /** The form of the fuller name this short form stands for ('ford motor company' for 'Ford'). */
  alias?: string;
}

const STRENGTH: Record<KnownName['source'], number> = { user: 6, builtin: 5, data: 3 };
const DESIGNATORS = typeMap(keywords.designators);
const PREFIXES = typeMap(keywords.prefixes);
const BARE_LOCATION_PREFIXES = new Set(keywords.bareLocationPrefixes);
const BARE_FACILITY_PREFIXES = new Set(keywords.bareFacilityPrefixes);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest']);
const NOT_ACRONYMS = new Set(keywords.notAcronyms);
const NAME_PARTICLES = new Set(keywords.nameParticles);
const JOINERS = new Set(keywords.joiners);
const QUOTE_MARKS = /^("|\u201c|\u201d|``|'')$/;
const JOINER_WORDS = new Set([...keywords.joiners, 'the', 'and', ',', '&']);
const ARMED_SERVICES = new Set(['army', 'navy', 'police']);
const LEGAL_FORMS = new Set(['inc', 'inc.', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'gmbh', 'n.v.', 's.a.']);
const PLACE_WORDS = new Set(['fort', 'port', 'saint', 'san', 'santa', 'st', 'st.', 'new', 'old', 'little', 'great', 'big', 'grand']);

function typeMap(lists: Record<string, string[]>): Map<string, EntityType> {
  const map = new Map<string, EntityType>();
  for (const [type, words] of Object.entries(lists)) for (const word of words) if (!map.has(word)) map.set(word, type as EntityType);
  return map;
}

export interface Context {
  chunk: Chunk;
  knowledge: Knowledge;
  text: string;
  /** Title-case headings and list labels: only names the gazetteers know. */
  restricted: boolean;
  usage: WordUsage;
  out: Candidate[];
}

/** How the article writes its words: capitalised inside sentences, or in lower case anywhere. */
export interface WordUsage {
  capitalised: Map<string, number>;
  lowercase: Set<string>;
}

/** Reads one chunk into typed mentions: gazetteer, titles, name-internal keywords, context. */
export function classifyChunk(chunk: Chunk, knowledge: Knowledge, text: string, usage: WordUsage): Candidate[] {
  const sentence = chunk.sentence;
  const context: Context = { chunk, knowledge, text, usage, restricted: sentence.titleCase || chunk.index < sentence.labelEnd, out: [] };
  interpret(chunk.words, context);
  for (const c of context.out) {
    if (c.type === 'EVENT') withOrdinal(c, context);
    else if (c.type === 'GPE' && playsAsTeam(c, context)) Object.assign(c, { type: 'ORG', strength: 4, canonical: undefined });
    else if (c.strength < 3 && c.type !== 'PERSON') withLowerCaseHead(c, context);
  }
  return context.out;
}

/** 'played with Footscray', 'North Melbourne player …': a town's name that names its team. */
function playsAsTeam(c: Candidate, context: Context): boolean {
  const words = context.chunk.sentence.words;
  const at = words.findIndex((w) => w.start === c.start);
  const after = words.findIndex((w) => w.end === c.end) + 1;
  return at >= 0 && after > 0 && isTeam(words, at, after);
}

/** Heads written in lower case after a name they complete: 'the Huallaga river', 'Cosham railway station'. */
const LOWER_CASE_HEADS = new Map<string, EntityType>([['river', 'LOC'], ['station', 'FAC'], ['airport', 'FAC'], ['canal', 'FAC']]);

function withLowerCaseHead(c: Candidate, context: Context): void {
  const words = context.chunk.sentence.words;
  let at = words.findIndex((w) => w.end === c.end) + 1;
  if (at <= 0 || words[at - 1].possessive) return;
  if (words[at]?.key === 'railway' || words[at]?.key === 'train') at++;
  const head = words[at];
  const type = head && !head.cap ? LOWER_CASE_HEADS.get(head.key) : undefined;
  if (!type) return;
  Object.assign(c, { end: head.end, text: context.text.slice(c.start, head.end), type, strength: 3, needsSupport: false });
}

/** 'the 38th Image Awards', 'the 2nd Battle of Ypres': the ordinal numbers the event. */
function withOrdinal(c: Candidate, context: Context): void {
  const words = context.chunk.sentence.words;
  const at = words.findIndex((w) => w.start === c.start);
  const previous = words[at - 1];
  if (previous && previous.end + 1 === c.start && /^\d+(st|nd|rd|th|d)$/i.test(previous.text)) {
    c.start = previous.start;
    c.text = context.text.slice(c.start, c.end);
  }
}

function interpret(ws: Word[], context: Context): void {
  const { knowledge, text, out } = context;
  while (ws.length && JOINER_WORDS.has(ws[ws.length - 1].key)) ws = ws.slice(0, -1);
  if (!ws.length) return;
  if (ws.length > 1 && ws[0].key === 'the' && knowledge.names.has(keyOf(ws.slice(1)))) ws = ws.slice(1);
  // A weekday names a day only after one English word ('Black Friday'); 'Boeing Monday said' dates a name.
  if (ws.length > 1 && WEEKDAYS.has(ws[ws.length - 1].key) && !(ws.length === 2 && knowledge.commonWords.has(ws[0].key) && !ws[0].allCaps)) ws = ws.slice(0, -1);
  // 'KOs', 'MPs': a plural acronym is no place that a list writes in lower case ('Kos').
  const pluralAcronym = ws.length === 1 && /^\p{Lu}{2,}s$/u.test(ws[0].text);
  const known = pluralAcronym ? undefined : knowledge.names.get(keyOf(ws));
  if (known) {
    out.push({ ...candidate(ws, text, known.type, STRENGTH[known.source]), canonical: known.name });
    return;
  }
  // 'Seniors Kory Lichtensteiger', 'fellow Senior Ann Vos': an English word before a name is not part of it
  // ('Fort William' and 'Saint Helen' are names of their own).
  if (ws.length > 1 && ws[0].key !== 'the' && knowledge.commonWords.has(ws[0].key) && !TITLES.has(ws[0].key) && !PREFIXES.has(ws[0].key) && !DESIGNATORS.has(ws[0].key) && !PLACE_WORDS.has(ws[0].key)) {
    const rest = ws.slice(1);
    // The weaker lists hold places too ('Asia', 'Salvador'): a known place opens no person's name.
    const place = ['GPE', 'LOC', 'NORP'].includes(knowledge.names.get(rest[0].key)?.type ?? '');
    const givenName = knowledge.firstNames.has(rest[0].key) || (knowledge.moreFirstNames.has(rest[0].key) && !place);
    const given = ws[0].initial ? givenName : givenName && rest.length > 1 && !knowledge.commonWords.has(rest[0].key);
    if (given && !knowledge.firstNames.has(ws[0].key) && !knowledge.moreFirstNames.has(ws[0].key) && !knowledge.names.has(keyOf(ws))) {
      interpret(rest, context);
      return;
    }
  }
  // 'Howe's Brigade' is one name; in 'Japan's Ministry' a known name owns another.
  const owner = ws.findIndex((w, i) => w.possessive && i < ws.length - 1);
  if (owner >= 0 && knowledge.names.has(keyOf(ws.slice(0, owner + 1)))) {
    interpret(ws.slice(0, owner + 1), context);
    interpret(ws.slice(owner + 1), context);
    return;
  }
  // 'Chrysler LLC Jim Press': a legal form closes a company's name; what follows is another name.
  const closed = ws.findIndex((w, i) => i > 0 && i < ws.length - 1 && LEGAL_FORMS.has(w.key));
  if (closed > 0) {
    interpret(ws.slice(0, closed + 1), context);
    interpret(ws.slice(closed + 1), context);
    return;
  }
  const designated = ws.length > 1 ? DESIGNATORS.get(ws[ws.length - 1].key) : undefined;
  if (!designated) {
    const title = findTitle(ws);
    // 'Alexander Pope', 'John Major', 'Carole King': a title word right after a given name, closing the name, is a surname.
    const surname = title && title.at === 1 && ws.length === 2 && isGivenName(ws[0], knowledge);
    if (title && !surname) {
      interpret(ws.slice(0, title.at), context);
      // In a heading, capitals do not end the name: 'President Okafor Wins Vote' names 'Okafor'.
      const rest = context.restricted ? headingName(ws.slice(title.end), knowledge) : ws.slice(title.end);
      if (rest.length && !knowledge.names.has(keyOf(rest))) {
        const titleWords = ws.slice(title.at, title.end).filter((w) => !HONORIFICS.has(w.key));
        const role = titleWords.length ? text.slice(titleWords[0].start, titleWords[titleWords.length - 1].end) : undefined;
        out.push({ ...candidate(rest, text, 'PERSON', 4), roles: role ? [role] : [] });
      } else interpret(rest, context);
      return;
    }
  }
  if (context.restricted) return;
  if (ws.length > 1) {
    // 'Western Australia', 'Northern Ontario': a compass word before a place is part of the place.
    const place = DIRECTIONS.has(ws[0].key) ? knowledge.names.get(keyOf(ws.slice(1))) : undefined;
    if (place && (place.type === 'GPE' || place.type === 'LOC')) {
      out.push(candidate(ws, text, place.type, STRENGTH[place.source]));
      return;
    }
  }
  if (ws.length > 1 && knowledge.names.get(ws[0].key)?.type === 'NORP' && !designated) {
    const first = knowledge.names.get(ws[0].key)!;
    const rest = ws.slice(1);
    const restKnown = knowledge.names.get(keyOf(rest));
    // 'British Indian' is one people and 'French Sudan' one place.
    if (restKnown?.type === 'NORP' || restKnown?.type === 'GPE' || restKnown?.type === 'LOC') {
      out.push(candidate(ws, text, restKnown.type, STRENGTH[restKnown.source]));
      return;
    }
    // 'American Scientific Affiliation', 'British Ultimatum' are names; in 'Swiss Anna Keller' or 'Russian Gazprom'
    // the adjective only describes the name that follows.
    if (!restKnown && rest.every((w) => knowledge.commonWords.has(w.key)) && guessType(rest, context).type !== 'PERSON') {
      // 'a Russian Rock singer': capitalised words before a lower-case noun describe it; only the people is a name.
      if (describesNoun(ws, context)) out.push({ ...candidate(ws.slice(0, 1), text, 'NORP', STRENGTH[first.source]), canonical: first.name });
      else out.push(candidate(ws, text, 'ORG', 1));
      return;
    }
    out.push({ ...candidate(ws.slice(0, 1), text, 'NORP', STRENGTH[first.source]), canonical: first.name });
    interpret(rest, context);
    return;
  }
  // 'Airbus A380', 'Boeing 787', 'Caloi 10': a maker's name with a model number names a product;
  // 'Water Act 2000' and 'Euro 1996' keep the type of the name the number dates.
  if (ws.length > 1 && isModel(ws[ws.length - 1]) && !designated) {
    const base = ws.slice(0, -1);
    const number = ws[ws.length - 1];
    const baseKnown = knowledge.names.get(keyOf(base));
    const baseType = DESIGNATORS.get(base[base.length - 1].key) ?? baseKnown?.type;
    // A number after an English word counts or dates it ('Football Season 882', 'Fortune 500'): the maker's name is a proper one.
    const plainWord = !baseType && !base[base.length - 1].allCaps && knowledge.commonWords.has(base[base.length - 1].key);
    if (number.punct && (plainWord || baseType === 'GPE' || baseType === 'LOC' || baseType === 'PERSON' || baseType === 'NORP')) interpret(base, context);
    else out.push(candidate(ws, text, baseType === 'EVENT' || baseType === 'LAW' ? baseType : 'PRODUCT', 3));
    return;
  }
  // 'World War II Hungary': two known names side by side are two names; so are a known name and a person's
  // ('the United Nations Anna Vos').
  for (let split = ws.length - 1; split > 0 && !designated; split--) {
    const rest = ws.slice(split);
    const person = rest.length >= 2 && knowledge.firstNames.has(rest[0].key) && !knowledge.commonWords.has(rest[0].key);
    // 'the Okafor White House', 'a Brandvik Senate campaign': a surname before a known body is the person's.
    const owner = split === 1 && !ws[0].initial && !ws[0].allCaps && isProperInside(ws[0], knowledge) && !knowledge.names.has(ws[0].key);
    const restKnown = knowledge.names.get(keyOf(rest))?.type;
    if (owner && rest.length >= 2 && (restKnown === 'ORG' || restKnown === 'FAC')) {
      out.push(candidate(ws.slice(0, 1), text, 'PERSON', 1));
      interpret(rest, context);
      return;
    }
    if (knowledge.names.has(keyOf(ws.slice(0, split))) && (person || restKnown)) {
      interpret(ws.slice(0, split), context);
      interpret(ws.slice(split), context);
      return;
    }
  }
  if (ws.length > 1) {
    // In 'Australian League of Rights' and 'Treaty on the …' the word before the first 'of' or 'on' is the head.
    const joiner = ws.findIndex((w) => JOINERS.has(w.key));
    const head = joiner > 0 ? ws[joiner - 1].key : undefined;
    // A head that only ends names ('Hall' of 'Hall of Fame') yields to the name's own last word.
    const headed = head ? PREFIXES.get(head) : undefined;
    const bare = BARE_LOCATION_PREFIXES.has(ws[0].key) ? 'LOC' : BARE_FACILITY_PREFIXES.has(ws[0].key) ? 'FAC' : undefined;
    const type = headed ?? bare ?? designated ?? (head ? DESIGNATORS.get(head) : undefined);
    if (type) {
      out.push(candidate(ws, text, type, 4));
      return;
    }
    // 'Air France', 'Air India': an airline, not the country.
    if (ws[0].key === 'air' && knowledge.names.get(keyOf(ws.slice(1)))?.type === 'GPE') {
      out.push(candidate(ws, text, 'ORG', 4));
      return;
    }
  }
  if (ws.some((w) => w.punct && QUOTE_MARKS.test(w.text))) {
    out.push(candidate(ws, text, 'PERSON', 2));
    return;
  }
  if (ws.length === 1 && ws[0].allCaps && NOT_ACRONYMS.has(ws[0].key)) return;
  if (ws.length === 1 && isLoneHead(ws[0])) return;
  if (ws.length === 1 && /^\p{Lu}+s?$/u.test(ws[0].text) && countsUnits(context, ws[0])) return;
  const guess = guessType(ws, context);
  const single = ws.length === 1 && !ws[0].allCaps;
  // 'Fellow', 'Special Events': English words in capitals are a heading or a title, unless the article
  // keeps capitalising them and never writes them in lower case ('Airbus'), or uses them in a fuller name.
  const usedAsName = single && (context.usage.capitalised.get(ws[0].key) ?? 0) >= 2 && !context.usage.lowercase.has(ws[0].key);
  const namedSubject = single && ws[0].initial && isNamedSubject(ws[0], context);
  const properInside = single && !ws[0].initial && context.chunk.words.length === 1 && isProperInside(ws[0], knowledge);
  // 'De Lima', 'Van Rooyen': a capitalised particle opens a surname, whatever its words mean in English.
  const particleName = ws.length > 1 && !ws[0].initial && NAME_PARTICLES.has(ws[0].key) && !ws[0].allCaps;
  // Inside a sentence, a verb only people do is enough: 'believe Carter died'.
  const personInside = single && !ws[0].initial && guess.type === 'PERSON' && guess.strength >= 1;
  const commonWords = guess.strength < 2 && !personInside && !usedAsName && !properInside && !namedSubject && !particleName && ws.every((w) => !w.allCaps && knowledge.commonWords.has(w.key));
  // A sentence's capitalised first word needs the article or the context to say it is a name.
  const opener = single && ws[0].initial && guess.strength < 2 && !namedSubject;
  const found = { ...candidate(ws, text, guess.type, guess.strength), needsSupport: opener || commonWords };
  // A surname list's guess yields to the shape of a shop's name ('Gallagher's and …').
  if ((guess.type !== 'PERSON' || (single && guess.strength <= 2)) && isShopName(ws, context)) {
    Object.assign(found, { end: found.end + 2, text: text.slice(found.start, found.end + 2), type: guess.type === 'PERSON' ? 'ORG' : guess.type });
  }
  out.push(found);
}

/** The name that opens the words of a heading: its first word, and the next ones while they are no English words or are names too. */
function headingName(ws: Word[], knowledge: Knowledge): Word[] {
  let end = 1;
  while (end < ws.length && (!knowledge.commonWords.has(ws[end].key) || isListedName(ws[end], knowledge))) end++;
  return ws.slice(0, Math.min(end, ws.length));
}

/** The words modify a lower-case noun right after them: 'Rock' in 'a Russian Rock singer'. */
function describesNoun(ws: Word[], context: Context): boolean {
  const words = context.chunk.sentence.words;
  const next = words[words.indexOf(ws[ws.length - 1]) + 1];
  return !!next && !next.cap && !next.punct && next.pos === 'NOUN' && !ws[ws.length - 1].possessive;
}

/** 'when Crane comes', 'for Hawker': a word capitalised inside a sentence that English writes capitalised only as a name. */
function isProperInside(word: Word, knowledge: Knowledge): boolean {
  return knowledge.properNouns.has(word.key) || isListedName(word, knowledge);
}

/** A first name of the strong list, which holds few company names ('Chrysler' is only in the weaker ones). */
function isGivenName(word: Word, knowledge: Knowledge): boolean {
  return !word.allCaps && knowledge.firstNames.has(word.key) && !knowledge.commonWords.has(word.key) && !knowledge.names.has(word.key);
}

function isListedName(word: Word, knowledge: Knowledge): boolean {
  return knowledge.lastNames.has(word.key) || knowledge.firstNames.has(word.key);
}

/**
 * 'Okonkwo was once …', 'Weir had been …', 'Okonkwo also held …', 'Reed, who …', 'Nwosu and his wife …':
 * a sentence's first word is a name when it acts as a subject and is no English word, or one English
 * writes capitalised only as a name ('Fountains has …': a plural that takes a singular verb is one too).
 */
function isNamedSubject(word: Word, context: Context): boolean {
  const { knowledge } = context;
  const words = context.chunk.sentence.words;
  const at = words.indexOf(word);
  if (speaksAsPerson(words, at, knowledge) || introducedAsPerson(words, at, knowledge)) return true;
  if (word.pos !== 'PROPN' || !actsAsSubject(words, at)) return false;
  if (!knowledge.commonWords.has(word.key) || isProperInside(word, knowledge)) return true;
  const next = words[at + 1];
  const plural = /[^su]s$/.test(word.key);
  // 'Reed, who …': what 'who' takes up is a person, whatever else the word means.
  if (!plural && next.text === ',' && RELATIVES.has(words[at + 2]?.key ?? '')) return true;
  return plural && !word.possessive && !/ics$/.test(word.key) && SINGULAR_VERBS.has(next.key);
}

const RELATIVES = new Set(['who', 'whose', 'whom']);
const SINGULAR_VERBS = new Set(['has', 'is', 'was', 'does', 'says']);
const CLAUSE_OPENERS = new Set(['who', 'whose', 'whom', 'the', 'a', 'an', 'one', 'though', 'however', 'too']);

/** A verb (perhaps after an adverb), a possessive, ', who …' or 'and his …' follows the word. */
function actsAsSubject(words: Word[], at: number): boolean {
  const word = words[at];
  let next = words[at + 1];
  if (!next || next.cap) return false;
  // 'Petrescu’s comment' (the tagger may read 'comment' as a verb), not a shop's name: 'Macy’s became …'.
  if (word.possessive) return next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'VERB' && !/ed$/.test(next.key));
  if (next.pos === 'ADV' && words[at + 2] && !words[at + 2].cap) next = words[at + 2];
  if (next.pos === 'VERB' || next.pos === 'AUX') return true;
  const after = words[at + 2];
  if (!after) return false;
  // 'Pence, speaking slowly, looked …': a participle's clause set off after the subject.
  if (next.text === ',') return CLAUSE_OPENERS.has(after.key) || (after.pos === 'VERB' && /ing$/.test(after.key));
  // 'Okafor: the vote was rigged': a headline gives a speaker's name before a colon.
  if (next.text === ':') return true;
  return next.key === 'and' && ((after.cap && !after.initial && !FUNCTION_WORDS.has(after.key)) || after.key === 'his' || after.key === 'her');
}

/** Words after which a possessive owns nothing: 'became Macy's in 2006', 'Dillard's, Sears and …'. */
const NOTHING_OWNED = new Set(['PUNCT', 'CCONJ', 'ADP']);

/** 'Macy's', 'Hecht's': a name in the possessive that owns nothing is a shop or firm named so, 's and all. */
function isShopName(ws: Word[], context: Context): boolean {
  const last = ws[ws.length - 1];
  if (!last.possessive || !/^['\u2019]s/.test(context.text.slice(last.end, last.end + 2))) return false;
  const words = context.chunk.sentence.words;
  const next = words[words.indexOf(last) + 1];
  return !next || (NOTHING_OWNED.has(next.pos) && next.text !== '-' && !next.cap);
}

/**
 * 'the Institute', 'the Symposium': a name's head alone refers back to a name, it is not one. The few
 * bodies that a bare head names in news ('Congress') are in the gazetteer, found before this.
 */
function isLoneHead(word: Word): boolean {
  return !word.allCaps && (DESIGNATORS.has(word.key) || PREFIXES.has(word.key) || kindOfKey(word.key) !== undefined) && !ARMED_SERVICES.has(word.key);
}

/** '34 KOs', '12 MB', 'two KOs': capitals right after a count are a unit; a year before a name ('1998 NBA') is not a count. */
function countsUnits(context: Context, word: Word): boolean {
  const words = context.chunk.sentence.words;
  const previous = words[words.indexOf(word) - 1];
  if (!previous || previous.end >= word.start) return false;
  // 'two KOs' counts, but 'all four WAFL matches' counts the matches.
  if (previous.pos === 'NUM' && /^\p{Ll}+$/u.test(previous.text)) return /\p{Lu}s$/u.test(word.text);
  return /^\d[\d,.]*$/.test(previous.text) && !/^(1[5-9]|20)\d\d$/.test(previous.text);
}

/** A model designation: 'A380', 'KC-45', '787', '737s', '10'; not a Roman numeral or an ordinal. */
function isModel(word: Word): boolean {
  return /^(\p{Lu}{1,3}-?)?\d[\d\p{Lu}-]*s?$/u.test(word.text);
}

function keyOf(ws: Word[]): string {
  return ws.map((w) => w.key).join(' ');
}

export function candidate(ws: Word[], text: string, type: EntityType, strength: number): Candidate {
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  return { start, end, text: text.slice(start, end), type, strength, roles: [], keys: ws.map((w) => w.key), needsSupport: false };
}
