import type { Token } from '../../article/types.js';
import words from './attribution-words.json' with { type: 'json' };
import titleList from './titles.json' with { type: 'json' };

/** Token indices into `Article.tokens`, end exclusive. */
export interface TokenRange {
  start: number;
  end: number;
}

const SPEECH_VERBS = new Set(words.speech);
const FRAMING_VERBS = new Set(words.framing);
const LISTENER_VERBS = new Set(words.objectFirst);
const DOCUMENTS = new Set(words.documents);
const TITLES = new Set(titleList.titles);
/** Words after a verb that say when, not what: '“…,” he said Tuesday'. */
const WHEN_WORDS = new Set(['today', 'tonight', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'earlier', 'later']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NAME_CONNECTIVES = new Set(['of', 'on', 'for', 'and', '&', 'de']);
const CLOSED_CLASS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'AUX', 'ADV', 'PART', 'INTJ']);
const OF_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** The longest speaker phrase read, in tokens: 'Kazakh President Kassym-Jomart Tokayev' is six. */
const MAX_PHRASE = 12;

const lower = (token: Token) => token.text.toLowerCase();
const lemmaOf = (token: Token) => (token.lemma || token.text).toLowerCase();

/** A verb of saying ('said', 'told', 'added'): its object can be the quotation and its subject is the speaker. */
export function isSpeechVerb(token: Token): boolean {
  return token.type === 'word' && token.pos !== 'DET' && token.pos !== 'ADP' && (SPEECH_VERBS.has(lemmaOf(token)) || SPEECH_VERBS.has(lower(token)));
}

/** A verb that frames rather than reports words ('spun this as', 'called it'): only longer quotations count as speech. */
export function isFramingVerb(token: Token): boolean {
  return token.type === 'word' && (token.pos === 'VERB' || token.pos === 'AUX') && (FRAMING_VERBS.has(lemmaOf(token)) || FRAMING_VERBS.has(lower(token)));
}

/** 'told the BBC', 'asked reporters': a verb of saying whose listener may stand between it and what was said. */
export function takesListener(token: Token): boolean {
  return LISTENER_VERBS.has(lemmaOf(token)) || LISTENER_VERBS.has(lower(token));
}

export function isDocument(token: Token): boolean {
  return DOCUMENTS.has(lemmaOf(token)) || DOCUMENTS.has(lower(token));
}

export function isTitle(token: Token): boolean {
  return TITLES.has(lower(token));
}

export function isWhenWord(token: Token): boolean {
  return WHEN_WORDS.has(lower(token));
}

/** Every word capitalised, as in a person's name ('Scott Carson'), and no determiner. */
export function isProperName(tokens: Token[], range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) {
    const token = tokens[i];
    if (isWord(token) && (!isCapitalized(token) || isTitle(token) || token.pos === 'DET')) return false;
  }
  return true;
}

/** A role or description rather than a name: it has a title or a lower-case content word ('chief executive', 'CEO of Boeing'). */
export function isDescription(tokens: Token[], range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) {
    const token = tokens[i];
    if (isTitle(token) || (isWord(token) && token.pos !== 'DET' && token.pos !== 'ADP' && !isCapitalized(token))) return true;
  }
  return false;
}

export function isPersonalPronoun(token: Token): boolean {
  return token.pos === 'PRON' && PERSONAL_PRONOUNS.has(lower(token));
}

export function isRelativePronoun(token: Token): boolean {
  return RELATIVE_PRONOUNS.has(lower(token));
}

/** '.', '!', '?' or ';' ending a sentence: not the dot inside 'Detik.com'. */
export function isSentenceEnd(tokens: Token[], index: number): boolean {
  return SENTENCE_END.has(tokens[index].text) && !isGlued(tokens, index);
}

export function isComma(token: Token): boolean {
  return token.text === ',';
}

export function isClauseVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** Adverbs, auxiliaries and negation between a subject and its verb ('has also said', 'did not say'). */
export function isVerbModifier(token: Token): boolean {
  return token.pos === 'ADV' || token.pos === 'AUX' || lower(token) === 'not' || lower(token) === 'n’t' || lower(token) === "n't";
}

export function isWord(token: Token): boolean {
  return token.type === 'word' && token.pos !== 'PART';
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}

/** A hyphen or dot written without spaces inside a name ('Kassym-Jomart', 'right-wing'). */
function isGlued(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (token.text === '-' || token.text === '.' || token.text === '‑') && before !== undefined && after !== undefined && before.end === token.start && token.end === after.start;
}

function isPossessiveMark(token: Token): boolean {
  return token.pos === 'PART' && /^['’]s?$/.test(token.text);
}

/** A token that can sit inside a speaker's name or description, after any determiner. */
function isPhraseInner(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token.type === 'word' && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'NUM')) return true;
  if (isNameLike(token)) return true;
  if (isPossessiveMark(token)) return true;
  if (isGlued(tokens, index)) return true;
  // 'the premier of the German state', 'Ministry of Foreign Affairs', 'Project on Government Oversight'.
  if (isOf(tokens, index)) return true;
  if (token.pos === 'DET' && index > 0 && isOf(tokens, index - 1)) return true;
  return NAME_CONNECTIVES.has(lower(token)) && isCapitalized(tokens[index - 1]) && isCapitalized(tokens[index + 1]);
}

export function isOf(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return lower(tokens[index]) === 'of' && before !== undefined && after !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN') && OF_OBJECT.has(after.pos);
}

function isPhraseStart(token: Token): boolean {
  return token.pos === 'DET' || POSSESSIVE_DETERMINERS.has(lower(token));
}

function hasHead(tokens: Token[], range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN' || isNameLike(tokens[i])) return true;
  return false;
}

/** A capitalised open-class word is part of a name whatever its tag: 'said Angers' (tagged as the verb 'angers'). */
function isNameLike(token: Token): boolean {
  return token.type === 'word' && isCapitalized(token) && !CLOSED_CLASS.has(token.pos);
}

/** The noun phrase (or lone personal pronoun) that ends at token `last`, not reaching before `floor`. */
export function phraseEndingAt(tokens: Token[], last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  if (isPersonalPronoun(tokens[last])) return { start: last, end: last + 1 };
  let first = last + 1;
  while (first - 1 >= floor && last - first + 1 < MAX_PHRASE && isPhraseInner(tokens, first - 1)) first--;
  if (first - 1 >= floor && first <= last && isPhraseStart(tokens[first - 1])) first--;
  while (first <= last && (isPossessiveMark(tokens[first]) || isGlued(tokens, first) || tokens[first].pos === 'ADP')) first++;
  const range = { start: first, end: last + 1 };
  return range.end > range.start && hasHead(tokens, range) ? range : null;
}

/** The noun phrase (or lone personal pronoun) that starts at token `first`, not reaching `ceiling`. */
export function phraseStartingAt(tokens: Token[], first: number, ceiling: number): TokenRange | null {
  if (first >= ceiling) return null;
  if (isPersonalPronoun(tokens[first])) return { start: first, end: first + 1 };
  let end = first;
  if (isPhraseStart(tokens[end])) end++;
  while (end < ceiling && end - first < MAX_PHRASE && isPhraseInner(tokens, end)) end++;
  while (end > first && (isPossessiveMark(tokens[end - 1]) || isGlued(tokens, end - 1) || tokens[end - 1].pos === 'ADP' || tokens[end - 1].pos === 'DET')) end--;
  const range = { start: first, end };
  return range.end > range.start && hasHead(tokens, range) ? range : null;
}

/** The run of capitalised words that ends at `last` ('Chrysler LLC Jim Press'), not reaching before `floor`. */
export function capitalizedRunEndingAt(tokens: Token[], last: number, floor: number): TokenRange | null {
  let first = last + 1;
  while (first - 1 >= floor && last - first + 1 < MAX_PHRASE && ((isWord(tokens[first - 1]) && isCapitalized(tokens[first - 1]) && !isTitle(tokens[first - 1])) || isGlued(tokens, first - 1))) first--;
  while (first <= last && isGlued(tokens, first)) first++;
  return first <= last ? { start: first, end: last + 1 } : null;
}
