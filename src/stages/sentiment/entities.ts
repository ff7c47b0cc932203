import type { Article, Entity, Quote, Sentiment, Span } from '../../article/types.js';
import { sentenceAt, type SentenceReading } from './analyse.js';
import type { Lexicon } from './lexicon.js';
import { sentiment } from './score.js';
import { normalise } from './valence.js';
import type { Word } from './words.js';

// Words near a mention are more likely about it than words at the other end of a long sentence:
// a word this many words away counts half.
const HALF_WEIGHT_DISTANCE = 6;
// What is said of a subject mostly follows it ('Trump faltered'): words before a mention count as if twice as far.
const BEFORE_MENTION_STRETCH = 2;
// A comma or semicolon between a word and the mention often means another clause about something else.
const OTHER_CLAUSE_WEIGHT = 0.5;
// Words quoted from someone else about the entity are evidence, but not the article's own voice.
const OTHERS_QUOTE_WEIGHT = 0.5;
// In 'X said the plan was a disaster', the rest of the sentence is X's view, not a view of X.
const SPEAKER_WEIGHT = 0;
// News praises people less often than it reports trouble about them; praise near a name is often someone else's.
const POSITIVE_WEIGHT = 0.5;
// A sentence's tone rarely falls in full on each person it names.
const ENTITY_SHARE = 0.5;
// How far after a mention a speech verb marks it as the speaker ('Donald Trump said'; 'Panetta, a professor, said' is missed).
const SPEECH_VERB_REACH = 2;
// A comma followed by one of these starts a clause that is the writer's again.
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'although', 'though', 'yet']);

/**
 * How the article speaks of an entity: the sentences that mention it, each word weighted by how close
 * it stands to the mention. The entity's own words, quoted or reported ('X said …'), say little about
 * how others see it; others' quotes count half.
 */
export function entitySentiment(entity: Entity, article: Article, readings: readonly SentenceReading[], lexicon: Lexicon): Sentiment {
  const ownQuotes = article.quotes.filter((quote) => spokenBy(quote, entity));
  const otherQuotes = article.quotes.filter((quote) => !spokenBy(quote, entity));
  const positionsBySentence = new Map<number, number[]>();
  for (const mention of entity.mentions) {
    const s = sentenceAt(article, mention.start);
    if (s < 0 || !readings[s]) continue;
    const positions = positionsBySentence.get(s) ?? [];
    readings[s].unit.words.forEach((word, i) => {
      if (overlaps(article.tokens[word.token], mention)) positions.push(i);
    });
    if (positions.length) positionsBySentence.set(s, positions);
  }
  if (!positionsBySentence.size) return sentiment(0);
  let total = 0;
  for (const [s, positions] of positionsBySentence) {
    const { unit, valences } = readings[s];
    const reported = reportedSpeech(unit.words, positions, lexicon);
    let sum = 0;
    unit.words.forEach((word, i) => {
      if (!valences[i]) return;
      const voice = reported[i] ? SPEAKER_WEIGHT : 1;
      const token = article.tokens[word.token];
      if (ownQuotes.some((quote) => inside(token, quote))) return;
      const quoted = otherQuotes.some((quote) => inside(token, quote)) ? OTHERS_QUOTE_WEIGHT : 1;
      const weight = quoted * voice * positionWeight(unit.words, i, positions);
      sum += weight * (valences[i] > 0 ? valences[i] * POSITIVE_WEIGHT : valences[i]);
    });
    total += normalise(sum * ENTITY_SHARE);
  }
  return sentiment(total / positionsBySentence.size);
}

function positionWeight(words: readonly Word[], i: number, positions: readonly number[]): number {
  const nearest = positions.reduce((best, p) => (Math.abs(p - i) < Math.abs(best - i) ? p : best), positions[0]);
  const distance = Math.abs(nearest - i) * (i < nearest ? BEFORE_MENTION_STRETCH : 1);
  let clause = 1;
  for (let k = Math.min(nearest, i) + 1; k <= Math.max(nearest, i); k++) {
    if (words[k].afterBreak) {
      clause = OTHER_CLAUSE_WEIGHT;
      break;
    }
  }
  return (clause * HALF_WEIGHT_DISTANCE) / (HALF_WEIGHT_DISTANCE + distance);
}

/**
 * Marks the words the entity is reported as saying: after 'Panetta said' up to the end of the sentence
 * or of a coordinated clause ('…, and complimented him'), and before '…, said Panetta'.
 */
function reportedSpeech(words: readonly Word[], positions: readonly number[], lexicon: Lexicon): boolean[] {
  const reported = new Array<boolean>(words.length).fill(false);
  const isSpeech = (k: number) => k >= 0 && k < words.length && lexicon.speechVerbs.has(words[k].key);
  for (const p of positions) {
    for (let d = 1; d <= SPEECH_VERB_REACH && p + d < words.length && !words[p + d].afterBreak; d++) {
      if (!isSpeech(p + d)) continue;
      for (let k = p + d + 1; k < words.length && !(words[k].afterBreak && CLAUSE_JOINERS.has(words[k].key)); k++) reported[k] = true;
      break;
    }
    // '“…,” said Panetta': only right after a quotation or a comma is the speaker named after the verb.
    if (isSpeech(p - 1) && words[p - 1].afterBreak) for (let k = 0; k < p - 1; k++) reported[k] = true;
  }
  return reported;
}

function spokenBy(quote: Quote, entity: Entity): boolean {
  return quote.speakerId === entity.id || (quote.speakerId === null && quote.speaker === entity.name);
}

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
