import type { Token } from '../../article/types.js';
import {
  capitalizedRunEndingAt,
  isClauseVerb,
  isComma,
  isDescription,
  isDocument,
  isFramingVerb,
  isProperName,
  isRelativePronoun,
  isSentenceEnd,
  isSpeechVerb,
  isVerbModifier,
  isWhenWord,
  phraseEndingAt,
  phraseStartingAt,
  takesListener,
  type TokenRange,
} from './phrases.js';

/**
 * Who a quotation is attributed to: a phrase naming the speaker, or the speaker of the quotation just before it.
 * `name` is a proper name in apposition to a descriptive phrase ('said the chief executive, Alan Mulally'): the
 * speaker when it turns out to be a person.
 */
export type Attribution = { kind: 'phrase'; phrase: TokenRange; name?: TokenRange } | { kind: 'previous' };

/** At most this many tokens between a verb of saying and the quotation it introduces ('told the press that'). */
const MAX_BRIDGE = 8;
/** At most this many tokens inside an appositive ('Tokayev, the Kazakh president, said'). */
const MAX_APPOSITIVE = 12;
/** At most this many tokens inside a relative clause between commas ('Murray, who hails from …, said'). */
const MAX_RELATIVE_CLAUSE = 24;
/** Framing verbs ('described it as') report words only when the quotation is at least this long: not 'a “catalyst”'. */
const MIN_FRAMED_WORDS = 4;
/** Words that introduce a name or title in quotation marks. */
const NAMING_WORDS = new Set(['titled', 'entitled', 'named', 'headlined', 'nicknamed', 'so-called', 'dubbed', 'codenamed', 'branded']);
/** Parts of speech that, right after a quotation, make it part of a phrase of the sentence. */
const EMBEDDING_POS = new Set(['VERB', 'AUX', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Parts of speech that start an object: after them a verb of saying reports something other than the quotation. */
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/** The tokens around one quotation, bounded by the sentence, the segment and the neighbouring quotations. */
export interface QuoteContext {
  tokens: Token[];
  /** First token of the clause before the quotation and the token of the opening mark. */
  beforeStart: number;
  openToken: number;
  /** Whether the clause before is bounded by another quotation of the same sentence. */
  afterQuotation: boolean;
  /** Whether the quotation opens the sentence after the one that attributed the previous quotation. */
  nextSentenceAfterQuotation: boolean;
  /** First token after the closing mark and the end of the clause after it (-1 when the quotation is unclosed). */
  afterStart: number;
  afterEnd: number;
  /** The quoted words, counted. */
  words: number;
  /** The quoted words end like reported speech (',', '.', '?', '!', a dash). */
  endsLikeSpeech: boolean;
}

/**
 * '“…,” Takaichi said', '“…,” said X', '“…,” according to X': the attribution after the closing mark.
 */
export function attributionAfter(context: QuoteContext): Attribution | null {
  const { tokens, afterEnd } = context;
  if (isNamed(context)) return null;
  let i = context.afterStart;
  if (i < 0) return null;
  const commaAfter = i < afterEnd && isComma(tokens[i]);
  while (i < afterEnd && isComma(tokens[i])) i++;
  if (i >= afterEnd) return null;
  // Without a comma, '“Tokyo Declaration” says' could be a title as subject: only 'X said.' closing the sentence then counts.
  const plain = !context.endsLikeSpeech && !commaAfter;
  const according = accordingTo(tokens, i, afterEnd);
  if (according) return according;
  if (plain) return closingAttribution(tokens, i, afterEnd);
  if (isSpeechVerb(tokens[i]) && !isFramingVerb(tokens[i])) return invertedSubject(tokens, skipModifiers(tokens, i + 1, afterEnd), afterEnd);
  const phrase = phraseStartingAt(tokens, i, afterEnd);
  if (!phrase) return null;
  const { end, name } = extendSubject(tokens, phrase, afterEnd);
  const j = skipModifiers(tokens, end, afterEnd);
  if (j < afterEnd && isQuoteVerb(tokens[j])) return quotedAsSaying(tokens, j, afterEnd);
  if (j >= afterEnd || !isSpeechVerb(tokens[j]) || isFramingVerb(tokens[j])) return null;
  // '“…,” Obama explained the rationale': the verb has an object of its own, so the quotation is not what it reports.
  const next = tokens[skipModifiers(tokens, j + 1, afterEnd)];
  if (next && (next.text.toLowerCase() === 'that' || (OBJECT_POS.has(next.pos) && !isWhenWord(next) && !takesListener(tokens[j])))) return null;
  return name ? { kind: 'phrase', phrase, name } : { kind: 'phrase', phrase };
}

/**
 * What may stand between a subject and its verb: 'for the ministry', ', a spokesman,', ', John Doe,', ', who
 * spoke in Oslo,'. Returns where the verb should be and a proper name found in apposition.
 */
function extendSubject(tokens: Token[], phrase: TokenRange, ceiling: number): { end: number; name?: TokenRange } {
  let j = phrase.end;
  let name: TokenRange | undefined;
  const limit = Math.min(ceiling, phrase.end + MAX_RELATIVE_CLAUSE);
  while (j < limit) {
    const token = tokens[j];
    if (isComma(token)) {
      const next = afterAppositive(tokens, j, ceiling);
      if (next === j) break;
      const appositive = phraseStartingAt(tokens, j + 1, next - 1);
      if (appositive && appositive.end === next - 1 && isProperName(tokens, appositive)) name = appositive;
      j = next;
    } else if (token.pos === 'ADP' && !isRelativePronoun(token)) {
      const object = phraseStartingAt(tokens, j + 1, ceiling);
      if (!object) break;
      j = object.end;
    } else break;
  }
  return name ? { end: j, name } : { end: j };
}

/** '“…” he said.', '“…” said Holm.': a subject and a verb of saying and nothing else up to the end of the sentence. */
function closingAttribution(tokens: Token[], first: number, ceiling: number): Attribution | null {
  const reports = (k: number) => isSpeechVerb(tokens[k]) && !isFramingVerb(tokens[k]);
  if (reports(first)) {
    const phrase = phraseStartingAt(tokens, first + 1, ceiling);
    return phrase && phrase.end === ceiling ? { kind: 'phrase', phrase } : null;
  }
  const phrase = phraseStartingAt(tokens, first, ceiling);
  if (!phrase) return null;
  const verb = skipModifiers(tokens, phrase.end, ceiling);
  return verb + 1 === ceiling && reports(verb) ? { kind: 'phrase', phrase } : null;
}

/** '“…,” Detik.com quoted Djamal as saying': the one quoted is the speaker, not the outlet. */
function quotedAsSaying(tokens: Token[], verb: number, ceiling: number): Attribution | null {
  const phrase = phraseStartingAt(tokens, verb + 1, ceiling);
  if (!phrase || tokens[phrase.end]?.text.toLowerCase() !== 'as' || phrase.end + 1 >= ceiling || !isSpeechVerb(tokens[phrase.end + 1])) return null;
  return { kind: 'phrase', phrase };
}

/**
 * '“…,” said Clements', '“…,” said the firm's chief executive, Alan Mulally', '“…,” said the vice president of
 * Chrysler Jim Press': a description may be followed by the name, which ends the clause.
 */
function invertedSubject(tokens: Token[], first: number, ceiling: number): Attribution | null {
  const phrase = phraseStartingAt(tokens, first, ceiling);
  if (!phrase) return null;
  if (!isDescription(tokens, phrase)) return { kind: 'phrase', phrase };
  const limit = Math.min(ceiling, phrase.end + MAX_APPOSITIVE);
  let name: TokenRange | undefined;
  for (let end = phrase.end + 1; end <= limit; end++) {
    if (end < ceiling && !isComma(tokens[end])) continue;
    const candidate = capitalizedRunEndingAt(tokens, end - 1, phrase.end);
    if (candidate) name = candidate;
    if (end === ceiling) break;
  }
  return name ? { kind: 'phrase', phrase, name } : { kind: 'phrase', phrase };
}

/**
 * 'X said: “…”', 'X told the press that “…”', 'X spun this as “…”', 'according to X, “…”', and the
 * continuations 'X said, adding “…”' and '“…,” and that “…”'.
 */
export function attributionBefore(context: QuoteContext): Attribution | null {
  const { tokens, beforeStart, openToken } = context;
  if (isNamed(context) || isEmbedded(context)) return null;
  const according = accordingToBefore(tokens, beforeStart, openToken);
  if (according) return according;

  let verb = -1;
  for (let k = openToken - 1; k >= Math.max(beforeStart, openToken - 1 - MAX_BRIDGE); k--) {
    const token = tokens[k];
    if (isSpeechVerb(token) || isFramingVerb(token) || isPutIt(tokens, k)) {
      verb = k;
      break;
    }
    if (isClauseVerb(token) || isSentenceEnd(tokens, k)) break;
  }
  if (verb < 0) {
    const continues = (context.afterQuotation && onlyConnectives(tokens, beforeStart, openToken)) || context.nextSentenceAfterQuotation;
    return continues ? { kind: 'previous' } : null;
  }
  if (isFramingVerb(tokens[verb]) && context.words < MIN_FRAMED_WORDS) return null;

  // 'X said, adding “…”': the participle has no subject of its own; the clause's verb of saying has.
  for (let v = verb; v >= beforeStart; v--) {
    if (v !== verb && !isSpeechVerb(tokens[v])) continue;
    const subject = subjectBefore(tokens, v, beforeStart);
    if (subject) return subject;
  }
  // 'Sambur defended the decision, saying “…”', 'O'Leary justified his choice by saying “…”'.
  const subject = isParticiple(tokens[verb]) ? clauseSubject(tokens, beforeStart, verb) : null;
  return subject ?? (context.afterQuotation ? { kind: 'previous' } : null);
}

/** The subject that opens the clause, when a verb follows it: 'Ryanair CEO, Michael O'Leary, justified …'. */
function clauseSubject(tokens: Token[], floor: number, ceiling: number): Attribution | null {
  const phrase = phraseStartingAt(tokens, floor, ceiling);
  if (!phrase) return null;
  let j = phrase.end;
  let name: TokenRange | null = null;
  if (j < ceiling && isComma(tokens[j])) {
    const after = afterAppositive(tokens, j, ceiling);
    const appositive = after > j ? phraseStartingAt(tokens, j + 1, after - 1) : null;
    if (appositive && appositive.end === after - 1 && isProperName(tokens, appositive)) name = appositive;
    j = after;
  }
  j = skipModifiers(tokens, j, ceiling);
  if (j >= ceiling || !isClauseVerb(tokens[j])) return null;
  return name ? { kind: 'phrase', phrase, name } : { kind: 'phrase', phrase };
}

function isParticiple(token: Token): boolean {
  return token.pos === 'VERB' && token.text.toLowerCase().endsWith('ing');
}

/**
 * The subject of the verb at `verb`: 'Takaichi said', 'Tokayev, the Kazakh president, told', 'Tokayev, who said',
 * 'Scott Carson, president and CEO of Boeing, said', 'The union issued a statement saying'.
 */
function subjectBefore(tokens: Token[], verb: number, floor: number, depth = 0): Attribution | null {
  let k = verb - 1;
  while (k >= floor && isVerbModifier(tokens[k])) k--;
  if (k < floor) return null;
  let phrase: TokenRange | null;
  if (tokens[k].text.toLowerCase() === 'as') {
    // 'Detik.com quoted Djamal as saying' (the passive 'Djamal was quoted as saying' is the clause's subject).
    phrase = phraseEndingAt(tokens, k - 1, floor);
    return phrase && phrase.start - 1 >= floor && isQuoteVerb(tokens[phrase.start - 1]) ? { kind: 'phrase', phrase } : null;
  }
  if (isRelativePronoun(tokens[k])) phrase = k - 1 >= floor && isComma(tokens[k - 1]) ? phraseEndingAt(tokens, k - 2, floor) : null;
  else if (isComma(tokens[k])) {
    const opening = appositiveStart(tokens, k, floor);
    phrase = opening < 0 ? null : phraseEndingAt(tokens, opening - 1, floor);
  } else phrase = phraseEndingAt(tokens, k, floor);
  if (!phrase) return null;
  if (isDocument(tokens[phrase.end - 1])) {
    // A document is not a speaker: whoever issued it is ('The union issued a statement saying').
    let issued = phrase.start - 1;
    while (issued >= floor && isVerbModifier(tokens[issued])) issued--;
    return depth === 0 && issued >= floor && isClauseVerb(tokens[issued]) ? subjectBefore(tokens, issued, floor, depth + 1) : null;
  }
  const name = isDescription(tokens, phrase) ? nameBefore(tokens, phrase.start, floor) : null;
  return name ? { kind: 'phrase', phrase, name } : { kind: 'phrase', phrase };
}

/** 'Scott Carson, president and CEO of Boeing Commercial Airplanes said': the name that opens the clause, before a description. */
function nameBefore(tokens: Token[], start: number, floor: number): TokenRange | null {
  let commas = 0;
  for (let k = start - 1; k >= Math.max(floor, start - MAX_APPOSITIVE); k--) {
    if (isClauseVerb(tokens[k]) || isSentenceEnd(tokens, k)) return null;
    if (!isComma(tokens[k])) continue;
    const name = phraseEndingAt(tokens, k - 1, floor);
    if (name && name.start === floor && isProperName(tokens, name)) return name;
    if (++commas === 2) return null;
  }
  return null;
}

/** The comma that opens the appositive or relative clause closed by the comma at `closing`, or -1. */
function appositiveStart(tokens: Token[], closing: number, floor: number): number {
  let verbs = false;
  for (let k = closing - 1; k >= Math.max(floor, closing - MAX_RELATIVE_CLAUSE); k--) {
    if (isSentenceEnd(tokens, k)) return -1;
    if (isComma(tokens[k])) {
      // 'Patty Murray, who hails from the same state, said': a relative clause may hold verbs.
      if (!verbs && closing - k <= MAX_APPOSITIVE) return k;
      return isRelativePronoun(tokens[k + 1]) ? k : -1;
    }
    if (isClauseVerb(tokens[k])) verbs = true;
  }
  return -1;
}

/** The token after the comma that closes the appositive opened at `opening`, or `opening` when there is none. */
function afterAppositive(tokens: Token[], opening: number, ceiling: number): number {
  // 'Smith, who spoke in Oslo, said': a relative clause may hold verbs.
  const relative = opening + 1 < ceiling && isRelativePronoun(tokens[opening + 1]);
  const limit = Math.min(ceiling, opening + 1 + (relative ? MAX_RELATIVE_CLAUSE : MAX_APPOSITIVE));
  for (let k = opening + 1; k < limit; k++) {
    if (isComma(tokens[k])) return k + 1;
    if ((isClauseVerb(tokens[k]) && !relative) || isSentenceEnd(tokens, k)) return opening;
  }
  return opening;
}

/** 'a report titled “The Cost of Conflict”', 'the so-called “Phase One” deal': the quotation is a name. */
function isNamed(context: QuoteContext): boolean {
  const before = context.openToken > context.beforeStart ? context.tokens[context.openToken - 1] : undefined;
  return before !== undefined && NAMING_WORDS.has(before.text.toLowerCase());
}

/**
 * 'Xi said the “Silk Road spirit” should guide …', 'through a “Great Game” lens': a quotation after a determiner
 * or an adjective, or followed without punctuation by a verb or a noun, is part of a phrase of the sentence rather
 * than reported words.
 */
function isEmbedded(context: QuoteContext): boolean {
  const { tokens } = context;
  const before = context.openToken > context.beforeStart ? tokens[context.openToken - 1] : undefined;
  if (before && (before.pos === 'DET' || before.pos === 'ADJ' || /^['’]s$/.test(before.text)) && before.text.toLowerCase() !== 'that') return true;
  // Reported words end with their own punctuation, after which anything may follow.
  if (context.endsLikeSpeech) return false;
  const after = context.afterStart >= 0 && context.afterStart < context.afterEnd ? tokens[context.afterStart] : undefined;
  return after !== undefined && EMBEDDING_POS.has(after.pos);
}

/** 'As Georgieva put it, “…”': the idiom reports words like a verb of saying. */
function isPutIt(tokens: Token[], k: number): boolean {
  return tokens[k].text.toLowerCase() === 'put' && tokens[k + 1]?.text.toLowerCase() === 'it';
}

function isQuoteVerb(token: Token): boolean {
  return token.lemma.toLowerCase() === 'quote' && (token.pos === 'VERB' || token.pos === 'AUX');
}

function skipModifiers(tokens: Token[], from: number, ceiling: number): number {
  let i = from;
  while (i < ceiling && isVerbModifier(tokens[i]) && !isSpeechVerb(tokens[i])) i++;
  return i;
}

function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to';
}

function accordingTo(tokens: Token[], i: number, ceiling: number): Attribution | null {
  if (!isAccordingTo(tokens, i)) return null;
  const phrase = phraseStartingAt(tokens, i + 2, ceiling);
  return phrase ? { kind: 'phrase', phrase } : null;
}

/** 'according to X, “…”': the phrase must run up to the comma or colon before the opening mark. */
function accordingToBefore(tokens: Token[], floor: number, openToken: number): Attribution | null {
  let end = openToken;
  while (end - 1 >= floor && (isComma(tokens[end - 1]) || tokens[end - 1].text === ':')) end--;
  for (let k = end - 3; k >= Math.max(floor, end - 2 - 10); k--) {
    if (!isAccordingTo(tokens, k)) continue;
    const phrase = phraseStartingAt(tokens, k + 2, end);
    return phrase && phrase.end === end ? { kind: 'phrase', phrase } : null;
  }
  return null;
}

/** 'and that', ', and': nothing but connectives between two quotations of one sentence. */
function onlyConnectives(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    const text = token.text.toLowerCase();
    if (!(isComma(token) || token.text === ':' || token.pos === 'CCONJ' || token.pos === 'ADV' || text === 'that')) return false;
  }
  return true;
}
