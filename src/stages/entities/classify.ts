import type { EntityType } from '../../article/types.js';
import type { Chunk } from './chunks.js';
import type { Knowledge, KnownName } from './knowledge.js';
import keywords from './keywords.json' with { type: 'json' };
import { guessType } from './guess.js';
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
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northeast', 'northwest', 'southeast', 'southwest']);
const NOT_ACRONYMS = new Set(keywords.notAcronyms);
const JOINERS = new Set(keywords.joiners);
const QUOTE_MARKS = /^("|\u201c|\u201d|``|'')$/;
const JOINER_WORDS = new Set([...keywords.joiners, 'the', 'and', ',', '&']);

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
  return context.out;
}

function interpret(ws: Word[], context: Context): void {
  const { knowledge, text, out } = context;
  while (ws.length && JOINER_WORDS.has(ws[ws.length - 1].key)) ws = ws.slice(0, -1);
  if (!ws.length) return;
  if (ws.length > 1 && ws[0].key === 'the' && knowledge.names.has(keyOf(ws.slice(1)))) ws = ws.slice(1);
  const known = knowledge.names.get(keyOf(ws));
  if (known) {
    out.push({ ...candidate(ws, text, known.type, STRENGTH[known.source]), canonical: known.name });
    return;
  }
  // 'Seniors Kory Lichtensteiger': an English word opening the sentence before a name is not part of it.
  if (ws.length > 1 && ws[0].initial && knowledge.commonWords.has(ws[0].key) && !TITLES.has(ws[0].key) && !PREFIXES.has(ws[0].key)) {
    const rest = ws.slice(1);
    if ((knowledge.firstNames.has(rest[0].key) || knowledge.moreFirstNames.has(rest[0].key)) && !knowledge.names.has(keyOf(ws))) {
      interpret(rest, context);
      return;
    }
  }
  const designated = ws.length > 1 ? DESIGNATORS.get(ws[ws.length - 1].key) : undefined;
  if (!designated) {
    const title = findTitle(ws);
    if (title) {
      interpret(ws.slice(0, title.at), context);
      const rest = ws.slice(title.end);
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
  // 'World War II Hungary': two known names side by side are two names.
  for (let split = ws.length - 1; split > 0 && !designated; split--) {
    if (knowledge.names.has(keyOf(ws.slice(0, split))) && knowledge.names.has(keyOf(ws.slice(split)))) {
      interpret(ws.slice(0, split), context);
      interpret(ws.slice(split), context);
      return;
    }
  }
  if (ws.length > 1) {
    // In 'Australian League of Rights' and 'Treaty on the …' the word before the first 'of' or 'on' is the head.
    const joiner = ws.findIndex((w) => JOINERS.has(w.key));
    const head = joiner > 0 ? ws[joiner - 1].key : undefined;
    const headed = head ? (PREFIXES.get(head) ?? DESIGNATORS.get(head)) : undefined;
    const type = headed ?? (BARE_LOCATION_PREFIXES.has(ws[0].key) ? 'LOC' : designated);
    if (type) {
      out.push(candidate(ws, text, type, 4));
      return;
    }
    // 'Air France', 'Air India': an airline, not the country.
    if (ws[0].key === 'air' && knowledge.names.get(keyOf(ws.slice(1)))?.type === 'GPE') {
      out.push(candidate(ws, text, 'ORG', 4));
      return;
    }
    const first = knowledge.names.get(ws[0].key);
    if (first?.type === 'NORP') {
      out.push({ ...candidate(ws.slice(0, 1), text, 'NORP', STRENGTH[first.source]), canonical: first.name });
      interpret(ws.slice(1), context);
      return;
    }
  }
  if (ws.some((w) => w.punct && QUOTE_MARKS.test(w.text))) {
    out.push(candidate(ws, text, 'PERSON', 2));
    return;
  }
  if (ws.length === 1 && ws[0].allCaps && NOT_ACRONYMS.has(ws[0].key)) return;
  const guess = guessType(ws, context);
  const single = ws.length === 1 && !ws[0].allCaps;
  // 'Fellow', 'Special Events': English words in capitals are a heading or a title, unless the article
  // keeps capitalising them and never writes them in lower case ('Airbus'), or uses them in a fuller name.
  const usedAsName = single && (context.usage.capitalised.get(ws[0].key) ?? 0) >= 2 && !context.usage.lowercase.has(ws[0].key);
  const commonWords = guess.strength < 2 && !usedAsName && ws.every((w) => !w.allCaps && knowledge.commonWords.has(w.key));
  // A sentence's capitalised first word needs the article or the context to say it is a name.
  out.push({ ...candidate(ws, text, guess.type, guess.strength), needsSupport: (single && ws[0].initial && guess.strength < 2) || commonWords });
}

function keyOf(ws: Word[]): string {
  return ws.map((w) => w.key).join(' ');
}

function candidate(ws: Word[], text: string, type: EntityType, strength: number): Candidate {
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  return { start, end, text: text.slice(start, end), type, strength, roles: [], keys: ws.map((w) => w.key), needsSupport: false };
}
