import type { Article, Entity, Quote, Sentiment, Token } from '../../article/types.js';
import type { SentenceReading } from './analyse.js';
import type { Lexicon } from './lexicon.js';
import { ENTITY_LABEL_THRESHOLD, sentiment } from './score.js';
import { confesses, rolesOf } from './roles/index.js';
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
// Words quoted from someone else about the entity are not the article's own voice, but a sentence that
// quotes them treats the entity as they do: they count in full.
const OTHERS_QUOTE_WEIGHT = 1;
// In 'X said the plan was a disaster', the rest of the sentence is X's view, not a view of X; but
// a speaker's praise and hope ('X said the deal was a great moment') show X in a good light.
const SPEAKER_POSITIVE_WEIGHT = 0.5;
// News praises people less often than it reports trouble about them; praise near a name is often someone else's.
const POSITIVE_WEIGHT = 0.5;
// A sentence's tone rarely falls in full on each person it names.
const ENTITY_SHARE = 0.5;
// How far after a mention a speech verb marks it as the speaker ('Donald Trump said').
const SPEECH_VERB_REACH = 2;
// How long an apposition between a speaker and the speech verb may be ('X, a former aide to Y, said').
const APPOSITION_REACH = 10;
// The one who criticises is described by it far less than the one criticised (praise shows the praiser's warmth).
const AGENT_WEIGHT = 0.1;
// What the entity is said to do or be as the subject of its clause is about it, however long the clause.
const PREDICATE_WEIGHT = 1;
// A word closer to another person's name than to the entity's is mostly about that other person.
const NEARER_OTHER_WEIGHT = 0.5;
// Only names of those who act or are judged take words from the entity: not places, dates or titles of works
// ('… in Naperville, where neighbours tied ribbons': the ribbons are not Naperville's).
const ACTORS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'NORP']);
// Someone harmed or spoken to is not who the rest of the sentence judges.
const BYSTANDER_WEIGHT = 0.1;
// 'Lauten lives on a quiet street, where neighbours tied ribbons to support him': an object pronoun after a
// break stands for the person named last before it. Within one clause it would not ('X praised him' is
// someone else). Only 'him': 'her' is as often a possessive, and 'he' mostly opens the person's own speech.
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him']);
// How many title words may stand between 'and' and a name ('him and Ms. Pritzker', 'Brown and Dr. Smith').
const TITLE_REACH = 2;
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
  /** The index (in `article.entities`) of the actor (see ACTORS) each token names; -1 for none. */
  ownerOfToken: Int32Array;
  indexOfEntity: Map<Entity, number>;
  /** Per sentence, built when an entity first needs it. */
  names: Map<number, SentenceNames>;
  /** Per sentence, built when an entity first needs it. */
  pronouns: Map<number, Map<number, number[]>>;
}

/** For each word, the nearest word of a name on either side, and whose name it is (-1 for none). */
interface SentenceNames {
  leftAt: Int32Array;
  leftOwner: Int32Array;
  rightAt: Int32Array;
  rightOwner: Int32Array;
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
  const ownerOfToken = new Int32Array(article.tokens.length).fill(-1);
  article.entities.forEach((entity, e) => {
    if (!ACTORS.has(entity.type)) return;
    for (const mention of entity.mentions) {
      for (let t = firstTokenEndingAfter(article.tokens, mention.start); t < article.tokens.length && article.tokens[t].start < mention.end; t++) ownerOfToken[t] = e;
    }
  });
  const indexOfEntity = new Map(article.entities.map((entity, e) => [entity, e]));
  return { article, readings, lexicon, wordOfToken, quotesOfToken, clauses: new Map(), ownerOfToken, indexOfEntity, names: new Map(), pronouns: new Map() };
}

/**
 * How the article speaks of an entity: the sentences that mention it, each word weighted by how close
 * it stands to the mention and whether another actor's name stands closer. What the entity's role in the
 * sentence says (see roles/), as named, as 'him' later on or through a name joined to it by 'and', comes
 * first: being judged, owning a failure, winning, facing charges count in full; being harmed or spoken
 * to, or judging others, say little about it. The entity's own words, quoted or reported ('X said …'),
 * say little about how others see it, except for its praise.
 * Work is proportional to the entity's mentions, and to the words of the sentences they fall in.
 */
export function entitySentiment(entity: Entity, context: EntityReadingContext): Sentiment {
  const positionsBySentence = mentionPositions(entity, context);
  if (!positionsBySentence.size) return sentiment(0, ENTITY_LABEL_THRESHOLD);
  const index = context.indexOfEntity.get(entity) ?? -1;
  let total = 0;
  for (const [s, positions] of positionsBySentence) total += normalise(sentenceSumFor(entity, index, s, positions, context) * ENTITY_SHARE);
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

function sentenceSumFor(entity: Entity, index: number, s: number, positions: readonly number[], context: EntityReadingContext): number {
  const { unit, valences } = context.readings[s];
  const { words } = unit;
  const clauses = clausesOf(s, context);
  const names = namesOf(s, context);
  // A pronoun standing for the entity tells its roles ('to support him'), and so does a name joined to it by 'and'
  // ('praising him and Ms. Pritzker'); the distances stay those of its own names.
  const pronouns = entity.type === 'PERSON' ? pronounsOf(s, context).get(index) : undefined;
  const conjuncts = positions.map((p) => conjunctBefore(words, p, context)).filter((k) => k >= 0);
  const rolePositions = pronouns || conjuncts.length ? [...new Set([...positions, ...(pronouns ?? []), ...conjuncts])].sort((a, b) => a - b) : positions;
  const roles = rolesOf(words, valences, rolePositions, context.lexicon, (i) => markAfter(words[i], context.article.tokens));
  const reported = reportedSpeech(words, positions, clauses, context.lexicon, roles.speaksFrom);
  reported.before = Math.max(reported.before, roles.speaksBefore);
  const predicates = merged([...roles.predicates].sort((a, b) => a[0] - b[0]));
  const bystander = roles.bystander ? BYSTANDER_WEIGHT : 1;
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
      if (!valences[i] || roles.patientOf.has(i) || roles.suffered.has(i)) continue;
      while (nearest + 1 < positions.length && positions[nearest + 1] - i < i - positions[nearest]) nearest++;
      const voice = isReported(reported, i) ? (valences[i] > 0 ? SPEAKER_POSITIVE_WEIGHT : 0) : 1;
      const quoted = quoteWeight(entity, words[i], context);
      if (!quoted || !voice) continue;
      const place = inSpans(predicates, i)
        ? PREDICATE_WEIGHT
        : positionWeight(i, positions[nearest], clauses) * (nearerToOther(i, positions[nearest], index, names) ? NEARER_OTHER_WEIGHT : 1);
      const weight = bystander * voice * quoted * place * (roles.agentOf.has(i) && valences[i] < 0 ? AGENT_WEIGHT : 1);
      sum += weight * (valences[i] > 0 ? valences[i] * POSITIVE_WEIGHT : valences[i]);
    }
  }
  return sum;
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

/** Whether another entity's name stands closer to word i than the entity's own nearest mention. */
function nearerToOther(i: number, nearest: number, index: number, names: SentenceNames): boolean {
  const own = stretchedDistance(i, nearest);
  const left = names.leftOwner[i] >= 0 && names.leftOwner[i] !== index ? stretchedDistance(i, names.leftAt[i]) : Infinity;
  const right = names.rightOwner[i] >= 0 && names.rightOwner[i] !== index ? stretchedDistance(i, names.rightAt[i]) : Infinity;
  return Math.min(left, right) < own;
}

function stretchedDistance(i: number, mention: number): number {
  return Math.abs(mention - i) * (i < mention ? BEFORE_MENTION_STRETCH : 1);
}

/**
 * 'praising him and Ms. Pritzker': the name or pronoun joined by 'and' right before a mention (titles
 * allowed between), which shares the verb acting on it; -1 if none.
 */
function conjunctBefore(words: readonly Word[], p: number, context: EntityReadingContext): number {
  let k = p - 1;
  while (k >= p - TITLE_REACH && k > 0 && words[k].pos === 'PROPN' && !words[k].afterBreak) k--;
  if (k < 1 || words[k].key !== 'and' || words[k].afterBreak) return -1;
  return context.ownerOfToken[words[k - 1].token] >= 0 || OBJECT_PRONOUNS.has(words[k - 1].key) ? k - 1 : -1;
}

/** Per sentence, the object pronouns that stand for each person entity (see OBJECT_PRONOUNS). */
function pronounsOf(s: number, context: EntityReadingContext): Map<number, number[]> {
  const cached = context.pronouns.get(s);
  if (cached) return cached;
  const { words } = context.readings[s].unit;
  const byOwner = new Map<number, number[]>();
  let person = -1;
  let broken = false;
  for (let i = 0; i < words.length; i++) {
    const owner = context.ownerOfToken[words[i].token];
    if (words[i].afterBreak) broken = true;
    if (owner >= 0 && context.article.entities[owner].type === 'PERSON') [person, broken] = [owner, false];
    if (owner < 0 && person >= 0 && broken && OBJECT_PRONOUNS.has(words[i].key)) {
      const list = byOwner.get(person) ?? [];
      list.push(i);
      byOwner.set(person, list);
    }
  }
  context.pronouns.set(s, byOwner);
  return byOwner;
}

function namesOf(s: number, context: EntityReadingContext): SentenceNames {
  const cached = context.names.get(s);
  if (cached) return cached;
  const { words } = context.readings[s].unit;
  const n = words.length;
  const names: SentenceNames = { leftAt: new Int32Array(n), leftOwner: new Int32Array(n), rightAt: new Int32Array(n), rightOwner: new Int32Array(n) };
  let at = -1;
  let owner = -1;
  for (let i = 0; i < n; i++) {
    const own = context.ownerOfToken[words[i].token];
    if (own >= 0) [at, owner] = [i, own];
    names.leftAt[i] = at;
    names.leftOwner[i] = owner;
  }
  at = -1;
  owner = -1;
  for (let i = n - 1; i >= 0; i--) {
    const own = context.ownerOfToken[words[i].token];
    if (own >= 0) [at, owner] = [i, own];
    names.rightAt[i] = at;
    names.rightOwner[i] = owner;
  }
  context.names.set(s, names);
  return names;
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
function reportedSpeech(
  words: readonly Word[],
  positions: readonly number[],
  clauses: SentenceClauses,
  lexicon: Lexicon,
  speaksFrom: readonly number[],
): { before: number; spans: [number, number][] } {
  const isSpeech = (k: number) => k >= 0 && k < words.length && lexicon.speechVerbs.has(words[k].key) && !confesses(words[k]);
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
  for (const start of speaksFrom) reportFrom(start);
  spans.sort((a, b) => a[0] - b[0]);
  return { before, spans: merged(spans) };
}

/** Sorted spans with overlapping ones joined. */
function merged(spans: ReadonlyArray<readonly [number, number]>): [number, number][] {
  const result: [number, number][] = [];
  for (const span of spans) {
    const last = result[result.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else result.push([span[0], span[1]]);
  }
  return result;
}

/** The punctuation written right after a word ('Rodgers' murder', 'Graham: …'), which words leave out; '' if none. */
function markAfter(word: Word, tokens: readonly Token[]): string {
  const next = tokens[word.token + 1];
  return next !== undefined && next.type === 'punctuation' && next.start === tokens[word.token].end ? next.text : '';
}

/** Whether word i is reported speech of the entity. */
function isReported(reported: { before: number; spans: [number, number][] }, i: number): boolean {
  return i < reported.before || inSpans(reported.spans, i);
}

/** Whether i falls in one of the sorted, disjoint spans [start, end): binary search. */
function inSpans(spans: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle][1] <= i) low = middle + 1;
    else high = middle;
  }
  return low < spans.length && spans[low][0] <= i;
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
