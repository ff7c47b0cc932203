import type { Article, Entity, Quote, Sentiment, Token } from '../../article/types.js';
import type { SentenceReading } from './analyse.js';
import type { Lexicon } from './lexicon.js';
import { ENTITY_LABEL_THRESHOLD, sentiment } from './score.js';
import { normalise } from './valence.js';
import type { Word } from './words.js';

// Words near a mention are more likely about it than words at the other end of a long sentence:
// a word this many words away counts half.
const HALF_WEIGHT_DISTANCE = 6;
// What is said of a subject mostly follows it ('Trump faltered'): words before a mention count as if twice as far.
const BEFORE_MENTION_STRETCH = 2;
// Beyond this many words (after stretching) a word weighs under a sixth: it is left out, which keeps the
// work per mention bounded however long the sentence is.
const REACH = 36;
// A comma or semicolon between a word and the mention often means another clause about something else.
const OTHER_CLAUSE_WEIGHT = 0.35;
// Words quoted from someone else about the entity are evidence, but not the article's own voice.
const OTHERS_QUOTE_WEIGHT = 0.5;
// In 'X said the plan was a disaster', the rest of the sentence is X's view, not a view of X.
const SPEAKER_WEIGHT = 0;
// News praises people less often than it reports trouble about them; praise near a name is often someone else's.
const POSITIVE_WEIGHT = 0.5;
// A sentence's tone rarely falls in full on each person it names.
const ENTITY_SHARE = 0.5;
// How far after a mention a speech verb marks it as the speaker ('Donald Trump said').
const SPEECH_VERB_REACH = 2;
// How long an apposition between a speaker and the speech verb may be ('X, a former aide to Y, said').
const APPOSITION_REACH = 10;
// How many words may stand between a judging verb and the person it judges ('accused the former senator X').
const OBJECT_REACH = 3;
// The one who praises or criticises is described by it far less than the one praised or criticised.
const AGENT_WEIGHT = 0.25;
// Auxiliaries before a participle that make it passive: 'X was criticised' judges X.
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting', "'s"]);
// A comma followed by one of these starts a clause that is the writer's again.
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'although', 'though', 'yet']);

/** What every entity of an article reads the same way, built once per article in time linear in its tokens. */
export interface EntityReadingContext {
  article: Article;
  readings: readonly SentenceReading[];
  lexicon: Lexicon;
  /** Index of each token's word in its sentence's `unit.words`; -1 for punctuation and links. */
  wordOfToken: Int32Array;
  /** The quotes that hold each token (more than one only for quotes inside quotes). */
  quotesOfToken: ReadonlyArray<readonly Quote[] | undefined>;
  /** Per sentence, built when an entity first needs it. */
  clauses: Map<number, SentenceClauses>;
}

interface SentenceClauses {
  /** breaksUpTo[i]: how many words up to and including i start a new clause. */
  breaksUpTo: Int32Array;
  /** writerAgainFrom[i]: the first word at or after i that starts a clause in the writer's voice again ('…, and'). */
  writerAgainFrom: Int32Array;
}

export function entityReadingContext(article: Article, readings: readonly SentenceReading[], lexicon: Lexicon): EntityReadingContext {
  const wordOfToken = new Int32Array(article.tokens.length).fill(-1);
  for (const reading of readings) reading.unit.words.forEach((word, i) => (wordOfToken[word.token] = i));
  const quotesOfToken: (Quote[] | undefined)[] = new Array(article.tokens.length);
  for (const quote of article.quotes) {
    for (let t = firstTokenEndingAfter(article.tokens, quote.start); t < article.tokens.length && article.tokens[t].end <= quote.end; t++) {
      if (article.tokens[t].start < quote.start) continue;
      (quotesOfToken[t] ??= []).push(quote);
    }
  }
  return { article, readings, lexicon, wordOfToken, quotesOfToken, clauses: new Map() };
}

/**
 * How the article speaks of an entity: the sentences that mention it, each word weighted by how close
 * it stands to the mention. The entity's own words, quoted or reported ('X said …'), say little about
 * how others see it; others' quotes count half. Work is proportional to the entity's mentions.
 */
export function entitySentiment(entity: Entity, context: EntityReadingContext): Sentiment {
  const positionsBySentence = mentionPositions(entity, context);
  if (!positionsBySentence.size) return sentiment(0, ENTITY_LABEL_THRESHOLD);
  let total = 0;
  for (const [s, positions] of positionsBySentence) total += normalise(sentenceSumFor(entity, s, positions, context) * ENTITY_SHARE);
  return sentiment(total / positionsBySentence.size, ENTITY_LABEL_THRESHOLD);
}

/** The word positions of the entity's mentions, by sentence, each list sorted and without repeats. */
function mentionPositions(entity: Entity, context: EntityReadingContext): Map<number, number[]> {
  const { article, wordOfToken } = context;
  const bySentence = new Map<number, number[]>();
  for (const mention of entity.mentions) {
    for (let t = firstTokenEndingAfter(article.tokens, mention.start); t < article.tokens.length && article.tokens[t].start < mention.end; t++) {
      const word = wordOfToken[t];
      if (word < 0) continue;
      const s = article.tokens[t].sentence;
      const positions = bySentence.get(s) ?? [];
      positions.push(word);
      bySentence.set(s, positions);
    }
  }
  for (const [s, positions] of bySentence) bySentence.set(s, [...new Set(positions)].sort((a, b) => a - b));
  return bySentence;
}

function sentenceSumFor(entity: Entity, s: number, positions: readonly number[], context: EntityReadingContext): number {
  const { unit, valences } = context.readings[s];
  const { words } = unit;
  const clauses = clausesOf(s, context);
  const reported = reportedSpeech(words, positions, clauses, context.lexicon);
  const roles = judgementRoles(words, positions, context.lexicon);
  const suffered = sufferedHarms(words, valences, positions, roles);
  let sum = 0;
  for (const [i, valence] of roles.patientOf) {
    if (!isReported(reported, i)) sum += valence * quoteWeight(entity, words[i], context);
  }
  let nearest = 0;
  // The union of the windows around the mentions, visited once, left to right.
  let i = Math.max(0, positions[0] - Math.ceil(REACH / BEFORE_MENTION_STRETCH));
  for (const p of positions) {
    const from = Math.max(i, p - Math.ceil(REACH / BEFORE_MENTION_STRETCH));
    const to = Math.min(words.length, p + REACH + 1);
    for (i = from; i < to; i++) {
      if (!valences[i] || roles.patientOf.has(i) || suffered.has(i)) continue;
      while (nearest + 1 < positions.length && positions[nearest + 1] - i < i - positions[nearest]) nearest++;
      const voice = isReported(reported, i) ? SPEAKER_WEIGHT : 1;
      const quoted = quoteWeight(entity, words[i], context);
      if (!quoted || !voice) continue;
      const weight = voice * quoted * positionWeight(i, positions[nearest], clauses) * (roles.agentOf.has(i) ? AGENT_WEIGHT : 1);
      sum += weight * (valences[i] > 0 ? valences[i] * POSITIVE_WEIGHT : valences[i]);
    }
  }
  return sum;
}

/**
 * Where the entity is the one judged by a verb of judging or acting on someone ('accused X', 'X was
 * praised', 'indict X'), the verb's valence for that person (`patientOf`, by word); where it is the
 * one judging ('X criticised …'), the verb (`agentOf`). Work is bounded per mention.
 */
function judgementRoles(words: readonly Word[], positions: readonly number[], lexicon: Lexicon): { patientOf: Map<number, number>; agentOf: Set<number> } {
  const patientOf = new Map<number, number>();
  const agentOf = new Set<number>();
  const judgement = (k: number) => (k >= 0 && k < words.length ? judgementOf(words[k], lexicon) : undefined);
  const passive = (k: number) => (k > 0 && PASSIVE_AUXILIARIES.has(words[k - 1].key)) || (k > 1 && PASSIVE_AUXILIARIES.has(words[k - 2].key) && words[k - 1].pos === 'ADV');
  for (const p of positions) {
    // Before the mention: an active verb whose object it is.
    for (let k = p - 1; k >= Math.max(0, p - OBJECT_REACH) && !words[k + 1].afterBreak; k--) {
      const valence = judgement(k);
      if (valence === undefined) continue;
      if (!passive(k) && words[k].pos !== 'NOUN') patientOf.set(k, valence);
      break;
    }
    // After the mention: a passive verb judges it; an active one is its own doing.
    for (let k = p + 1; k <= Math.min(words.length - 1, p + OBJECT_REACH) && !words[k].afterBreak; k++) {
      const valence = judgement(k);
      if (valence === undefined) continue;
      if (passive(k)) patientOf.set(k, valence);
      else if (words[k].pos === 'VERB') agentOf.add(k);
      break;
    }
  }
  return { patientOf, agentOf };
}

/**
 * Harms done to the entity ('the shooting death of X', 'the murder of X'): they are what befell it, not
 * what the article thinks of it. A negative noun before 'of' and the mention, in the same clause.
 */
function sufferedHarms(words: readonly Word[], valences: readonly number[], positions: readonly number[], roles: { patientOf: Map<number, number> }): Set<number> {
  const suffered = new Set<number>();
  for (const p of positions) {
    for (let k = p - 1; k >= Math.max(0, p - OBJECT_REACH) && !words[k + 1].afterBreak; k--) {
      if (roles.patientOf.has(k)) break;
      if (words[k].key !== 'of') continue;
      if (k > 0 && valences[k - 1] < 0 && words[k - 1].pos === 'NOUN') suffered.add(k - 1);
      break;
    }
  }
  return suffered;
}

function judgementOf(word: Word, lexicon: Lexicon): number | undefined {
  return lexicon.judgements.get(word.lemma) ?? lexicon.judgements.get(word.key);
}

function quoteWeight(entity: Entity, word: Word, context: EntityReadingContext): number {
  const quotes = context.quotesOfToken[word.token];
  if (!quotes) return 1;
  return quotes.some((quote) => spokenBy(quote, entity)) ? 0 : OTHERS_QUOTE_WEIGHT;
}

function positionWeight(i: number, nearest: number, clauses: SentenceClauses): number {
  const distance = Math.abs(nearest - i) * (i < nearest ? BEFORE_MENTION_STRETCH : 1);
  const from = Math.min(nearest, i);
  const to = Math.max(nearest, i);
  const clause = clauses.breaksUpTo[to] - clauses.breaksUpTo[from] > 0 ? OTHER_CLAUSE_WEIGHT : 1;
  return (clause * HALF_WEIGHT_DISTANCE) / (HALF_WEIGHT_DISTANCE + distance);
}

function clausesOf(s: number, context: EntityReadingContext): SentenceClauses {
  const cached = context.clauses.get(s);
  if (cached) return cached;
  const { words } = context.readings[s].unit;
  const breaksUpTo = new Int32Array(words.length);
  const writerAgainFrom = new Int32Array(words.length + 1);
  words.forEach((word, i) => (breaksUpTo[i] = (i > 0 ? breaksUpTo[i - 1] : 0) + (word.afterBreak ? 1 : 0)));
  writerAgainFrom[words.length] = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    writerAgainFrom[i] = words[i].afterBreak && CLAUSE_JOINERS.has(words[i].key) ? i : writerAgainFrom[i + 1];
  }
  const clauses = { breaksUpTo, writerAgainFrom };
  context.clauses.set(s, clauses);
  return clauses;
}

/**
 * The words the entity is reported as saying: after 'Panetta said' or 'Panetta, a professor, said' up to
 * the end of the sentence or of a coordinated clause ('…, and complimented him'), and before '…, said Panetta'. As `before` (every
 * word before it) and spans [start, end) sorted and merged.
 */
function reportedSpeech(words: readonly Word[], positions: readonly number[], clauses: SentenceClauses, lexicon: Lexicon): { before: number; spans: [number, number][] } {
  const isSpeech = (k: number) => k >= 0 && k < words.length && lexicon.speechVerbs.has(words[k].key);
  let before = 0;
  const spans: [number, number][] = [];
  const reportFrom = (start: number) => {
    const end = start < words.length ? clauses.writerAgainFrom[start] : start;
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (start < end) spans.push([start, end]);
  };
  for (const p of positions) {
    let verb = -1;
    for (let d = 1; d <= SPEECH_VERB_REACH && p + d < words.length && !words[p + d].afterBreak; d++) {
      if (isSpeech(p + d)) {
        verb = p + d;
        break;
      }
    }
    // 'Panetta, a former defence secretary, said': the verb right after the closing comma of an apposition.
    if (verb < 0 && words[p + 1]?.afterBreak) {
      for (let k = p + 2; k < Math.min(words.length, p + APPOSITION_REACH); k++) {
        if (!words[k].afterBreak) continue;
        if (isSpeech(k)) verb = k;
        break;
      }
    }
    if (verb >= 0) reportFrom(verb + 1);
    // '“…,” said Panetta': only right after a quotation or a comma is the speaker named after the verb.
    if (isSpeech(p - 1) && words[p - 1].afterBreak) before = Math.max(before, p - 1);
  }
  return { before, spans };
}

/** Whether word i is reported speech of the entity: binary search over the sorted, disjoint spans. */
function isReported(reported: { before: number; spans: [number, number][] }, i: number): boolean {
  if (i < reported.before) return true;
  let low = 0;
  let high = reported.spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reported.spans[middle][1] <= i) low = middle + 1;
    else high = middle;
  }
  return low < reported.spans.length && reported.spans[low][0] <= i;
}

/** Binary search: the first token whose end lies after an offset. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function spokenBy(quote: Quote, entity: Entity): boolean {
  return quote.speakerId === entity.id || (quote.speakerId === null && quote.speaker === entity.name);
}
