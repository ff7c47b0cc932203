import { BODY_SEGMENT_KINDS, type Article, type Quote, type Token } from '../../article/types.js';
import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';
import { attributionAfter, attributionBefore, type Attribution, type QuoteContext } from './attribution.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { isSentenceEnd } from './phrases.js';
import { firstTokenFrom, SpeakerResolver, type Speaker } from './speaker.js';

/** Tokens read on either side of a quotation for its attribution: bounds the work on run-on text. */
const MAX_CLAUSE = 60;
/** A paragraph that is one quotation continues the previous paragraph's speaker only if it is at least this long. */
const MIN_PARAGRAPH_QUOTE_WORDS = 3;

interface Candidate {
  span: QuotedSpan;
  segment: number;
  /** Pieces of one quotation reopened paragraph after paragraph share a chain number. */
  chain: number;
  /** Whether the quotation is all its paragraph holds. */
  wholeSegment: boolean;
  speaker: Speaker | null;
}

/** Direct speech in the body: the quoted words, who said them, and the sentence they start in. */
export const quotesStage: Stage<Record<string, never>> = {
  name: 'quotes',
  description: 'direct speech with its speaker',
  needs: ['sentences', 'tokens', 'entities'],
  assigns: ['quotes'],
  options(raw) {
    rejectUnknownOptions('quotes', raw, []);
    return {};
  },
  run(article) {
    const candidates = findCandidates(article);
    attribute(article, candidates);
    article.quotes = candidates.filter((candidate) => candidate.speaker).map((candidate) => toQuote(article, candidate));
  },
};

function findCandidates(article: Article): Candidate[] {
  const candidates: Candidate[] = [];
  article.segments.forEach((segment, index) => {
    if (!BODY_SEGMENT_KINDS.has(segment.kind)) return;
    const spans = findQuotedSpans(article.text, segment.start, segment.end);
    const first = firstNonSpace(article.text, segment.start, segment.end);
    const last = lastNonSpace(article.text, segment.start, segment.end);
    spans.forEach((span, position) => {
      const previous = candidates[candidates.length - 1];
      // The convention for a quotation over several paragraphs: each reopens, only the last closes.
      const reopens = position === 0 && span.open === first && previous?.span.close === null && previous.segment === index - 1;
      candidates.push({
        span,
        segment: index,
        chain: reopens ? previous.chain : candidates.length,
        wholeSegment: span.open === first && (span.close === null || span.close === last + 1),
        speaker: null,
      });
    });
  });
  return candidates;
}

function attribute(article: Article, candidates: Candidate[]): void {
  const resolver = new SpeakerResolver(article, candidates.map((candidate) => candidate.span));
  // A quotation that is not speech (a name, a scare quote) belongs to the clause around it; speech bounds the clause.
  let lastSpeech: Candidate | undefined;
  candidates.forEach((candidate, index) => {
    if (lastSpeech && lastSpeech.segment !== candidate.segment) lastSpeech = undefined;
    const before = lastSpeech;
    const after = candidates[index + 1]?.segment === candidate.segment ? candidates[index + 1] : undefined;
    const context = contextOf(article, candidate, before, after);
    const attribution: Attribution | null = attributionAfter(context) ?? attributionBefore(context);
    if (attribution?.kind === 'phrase') {
      candidate.speaker = resolver.resolve(attribution.phrase, attribution.name);
    } else if (attribution?.kind === 'previous' && before?.speaker) {
      candidate.speaker = before.speaker;
    }
    if (candidate.speaker) lastSpeech = candidate;
  });
  shareAlongChains(candidates);
  continueIntoQuotedParagraphs(article, candidates);
}

/** Every piece of a quotation reopened over several paragraphs has the speaker named at any of them. */
function shareAlongChains(candidates: Candidate[]): void {
  const speakers = new Map<number, Speaker>();
  for (const candidate of candidates) if (candidate.speaker && !speakers.has(candidate.chain)) speakers.set(candidate.chain, candidate.speaker);
  for (const candidate of candidates) candidate.speaker ??= speakers.get(candidate.chain) ?? null;
}

/** A paragraph that is nothing but a quotation, right after a paragraph of attributed speech, goes on with that speaker. */
function continueIntoQuotedParagraphs(article: Article, candidates: Candidate[]): void {
  const previousBody = previousBodySegments(article);
  let lastSpeech: Candidate | undefined;
  for (const candidate of candidates) {
    const speaker = lastSpeech?.segment === previousBody[candidate.segment] ? lastSpeech.speaker : null;
    const continues =
      !candidate.speaker &&
      candidate.wholeSegment &&
      article.segments[candidate.segment].kind === 'paragraph' &&
      countWords(article.text, candidate.span.start, candidate.span.end) >= MIN_PARAGRAPH_QUOTE_WORDS;
    if (speaker && continues) candidate.speaker = speaker;
    if (candidate.speaker) lastSpeech = candidate;
  }
}

/** For every segment, the index of the body segment before it, or -1. */
function previousBodySegments(article: Article): number[] {
  let previous = -1;
  return article.segments.map((segment, index) => {
    const result = previous;
    if (BODY_SEGMENT_KINDS.has(segment.kind)) previous = index;
    return result;
  });
}

function contextOf(
  article: Article,
  candidate: Candidate,
  before: Candidate | undefined,
  after: Candidate | undefined,
): QuoteContext {
  const { tokens, text } = article;
  const { span } = candidate;
  const segment = article.segments[candidate.segment];
  const openToken = firstTokenFrom(tokens, span.open);
  const floor = firstTokenFrom(tokens, before?.span.close ?? segment.start);
  let beforeStart = openToken;
  while (beforeStart > floor && openToken - beforeStart < MAX_CLAUSE && !isSentenceEnd(tokens, beforeStart - 1)) beforeStart--;
  const afterStart = span.close === null ? -1 : firstTokenFrom(tokens, span.close);
  const ceiling = firstTokenFrom(tokens, after ? after.span.open : segment.end);
  let afterEnd = Math.max(afterStart, 0);
  while (afterStart >= 0 && afterEnd < ceiling && afterEnd - afterStart < MAX_CLAUSE && !isSentenceEnd(tokens, afterEnd)) afterEnd++;
  return {
    tokens,
    beforeStart,
    openToken,
    afterQuotation: before !== undefined && beforeStart === floor,
    nextSentenceAfterQuotation: before !== undefined && beforeStart === openToken && opensSentenceAfter(tokens, floor, openToken),
    afterStart,
    afterEnd,
    words: countWords(text, span.start, span.end),
    endsLikeSpeech: /[,.?!…:;\-–—]/.test(text[span.end - 1]),
  };
}

/** '“…,” Trump told reporters. “They know that.”': the quotation opens the sentence right after the one that attributed speech. */
function opensSentenceAfter(tokens: Token[], floor: number, openToken: number): boolean {
  const end = openToken - 1;
  if (end < floor || !isSentenceEnd(tokens, end)) return false;
  for (let k = end - 1; k >= floor; k--) if (isSentenceEnd(tokens, k) || end - k > MAX_CLAUSE) return false;
  return true;
}

function toQuote(article: Article, candidate: Candidate): Quote {
  const { start, end } = candidate.span;
  const speaker = candidate.speaker as Speaker;
  return {
    start,
    end,
    text: article.text.slice(start, end),
    speaker: speaker.name,
    speakerId: speaker.entity?.id ?? null,
    sentence: sentenceAt(article, start),
  };
}

/** Index of the sentence that holds the offset (the last one starting at or before it). */
function sentenceAt(article: Article, offset: number): number {
  const { sentences } = article;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].start <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text[i] === ' ' || text[i] === '\n' || text[i] === '\t';
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

function lastNonSpace(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && /\s/.test(text[i])) i--;
  return i;
}
