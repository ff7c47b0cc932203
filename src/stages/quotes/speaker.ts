import type { Article, Entity, EntityType, Token } from '../../article/types.js';
import { isCapitalized, isClauseVerb, isComma, isOf, isPersonalPronoun, isTitle, isVerbModifier, isWord, phraseEndingAt, type TokenRange } from './phrases.js';

export interface Speaker {
  name: string | null;
  entity: Entity | null;
  /** Offset of the phrase that named the speaker: pronouns resolve to the nearest speaker before them. */
  at: number;
}

interface PlacedMention {
  start: number;
  end: number;
  entity: Entity;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'on', 'for', 'and', 'de']);
/** Pronouns and the kind of entity they can stand for; 'they' stands for a plural subject, 'we' and 'you' for no one. */
const PRONOUN_TYPES: Record<string, EntityType> = { he: 'PERSON', she: 'PERSON', it: 'ORG' };
/** How far back 'they' looks for a plural subject, in tokens. */
const MAX_PLURAL_LOOKBACK = 80;
/** How far back a pronoun looks for its antecedent, in mentions: keeps resolution bounded on long texts. */
const MAX_LOOKBACK = 40;

/** Turns speaker phrases into canonical names: entities by their mentions, pronouns by the nearest speaker or subject. */
export class SpeakerResolver {
  private readonly mentions: PlacedMention[];
  private readonly earlier: Speaker[] = [];

  /**
   * `quoted` are the quotations of the article in order: a person named inside one ('“We met Putin,” he said') is
   * not who a pronoun outside it refers to.
   */
  constructor(
    private readonly article: Article,
    private readonly quoted: ReadonlyArray<{ start: number; end: number }>,
  ) {
    this.mentions = article.entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity })))
      .filter((mention) => !isInside(quoted, mention.start))
      .sort((a, b) => a.start - b.start || b.end - a.end || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
  }

  /**
   * The speaker named by `phrase`, or by `name` in apposition to it when that name is a person's. Phrases must come
   * in text order: each speaker found is remembered for the pronouns after it.
   */
  resolve(phrase: TokenRange, name?: TokenRange): Speaker {
    const named = name ? this.resolvePhrase(name) : null;
    const byName = named && name && (named.entity?.type === 'PERSON' || (!this.mentions.length && name.end - name.start >= 2));
    const speaker = byName ? named : this.resolvePhrase(phrase);
    this.earlier.push(speaker);
    return speaker;
  }

  private resolvePhrase(phrase: TokenRange): Speaker {
    const tokens = this.article.tokens;
    const at = tokens[phrase.start].start;
    if (phrase.end - phrase.start === 1 && isPersonalPronoun(tokens[phrase.start])) return this.antecedent(tokens[phrase.start], at);
    const entity = this.entityAt(headOf(tokens, phrase)) ?? this.personAtEnd(phrase) ?? this.personWithRole(phrase, at);
    if (entity) return { name: entity.name, entity, at };
    return { name: nameWithoutTitles(this.article.text, tokens, phrase), entity: null, at };
  }

  /** 'Assistant Secretary of the Air Force for Acquisition Marvin Sambur': a description that ends with a person's name. */
  private personAtEnd(phrase: TokenRange): Entity | null {
    const entity = this.entityAt(this.article.tokens[phrase.end - 1]);
    return entity?.type === 'PERSON' ? entity : null;
  }

  /** 'the president said': the nearest person before it known by that role ('President Kassym-Jomart Tokayev'). */
  private personWithRole(phrase: TokenRange, at: number): Entity | null {
    const tokens = this.article.tokens;
    const first = tokens[phrase.start].text.toLowerCase() === 'the' ? phrase.start + 1 : phrase.start;
    if (first >= phrase.end) return null;
    for (let i = first; i < phrase.end; i++) if (!isTitle(tokens[i])) return null;
    const role = tokens[phrase.end - 1].text.toLowerCase();
    const last = lastIndexBefore(this.mentions, at);
    for (let i = last, seen = 0; i >= 0 && seen < MAX_LOOKBACK; i--, seen++) {
      const { entity } = this.mentions[i];
      if (entity.type === 'PERSON' && entity.roles?.some((known) => known.toLowerCase().split(/\s+/).includes(role))) return entity;
    }
    return null;
  }

  /** The nearest person (or organisation, for 'it') before the pronoun that spoke or was a subject. */
  private antecedent(pronoun: Token, at: number): Speaker {
    const word = pronoun.text.toLowerCase();
    if (word === 'they') return { name: this.pluralSubject(at), entity: null, at };
    const type = PRONOUN_TYPES[word];
    if (!type) return { name: null, entity: null, at };
    let best: Speaker | null = null;
    for (let i = this.earlier.length - 1; i >= 0; i--) {
      const speaker = this.earlier[i];
      if (speaker.entity?.type === type || (!speaker.entity && speaker.name && type === 'PERSON' && !this.mentions.length)) {
        best = speaker;
        break;
      }
    }
    // Failing a speaker or a subject, the nearest mention of the right kind.
    let nearest: Entity | null = null;
    const last = lastIndexBefore(this.mentions, at);
    for (let i = last, seen = 0; i >= 0 && seen < MAX_LOOKBACK; i--, seen++) {
      const mention = this.mentions[i];
      if (best && mention.start <= best.at) break;
      if (mention.entity.type !== type || mention.end > at) continue;
      if (this.isSubject(mention)) return { name: mention.entity.name, entity: mention.entity, at };
      nearest ??= mention.entity;
    }
    const entity = best ? best.entity : nearest;
    return { name: best ? best.name : (nearest?.name ?? null), entity, at };
  }

  /** 'Analysts were skeptical. “…,” they said': the nearest plural noun before the pronoun that is a subject. */
  private pluralSubject(at: number): string | null {
    const tokens = this.article.tokens;
    const pronoun = firstTokenFrom(tokens, at);
    for (let i = pronoun - 1; i >= Math.max(0, pronoun - MAX_PLURAL_LOOKBACK); i--) {
      const token = tokens[i];
      if (token.pos !== 'NOUN' || !/s$/i.test(token.text) || token.lemma.toLowerCase() === token.text.toLowerCase()) continue;
      const next = tokens[skipModifiersFrom(tokens, i + 1)];
      if (!next || !isClauseVerb(next) || isInside(this.quoted, token.start)) continue;
      const phrase = phraseEndingAt(tokens, i, 0);
      return phrase ? this.article.text.slice(tokens[phrase.start].start, tokens[phrase.end - 1].end) : token.text;
    }
    return null;
  }

  /** A mention followed by its verb ('Takaichi said', 'Putin has complained') or by an appositive comma. */
  private isSubject(mention: PlacedMention): boolean {
    const tokens = this.article.tokens;
    const next = tokens[skipModifiersFrom(tokens, firstTokenFrom(tokens, mention.end))];
    return next !== undefined && (isClauseVerb(next) || isComma(next));
  }

  private entityAt(token: Token | undefined): Entity | null {
    if (!token) return null;
    const last = lastIndexBefore(this.mentions, token.start + 1);
    // Mentions are sorted by start; a longer one that starts earlier may still cover the token.
    for (let i = last; i >= 0 && i > last - 8; i--) {
      const mention = this.mentions[i];
      if (mention.start <= token.start && mention.end >= token.end) return mention.entity;
    }
    return null;
  }
}

/**
 * The word a phrase is about: 'press' in 'Japan’s right-wing press', 'Tokayev' in 'President Kassym-Jomart
 * Tokayev', 'premier' in 'the premier of the German state', 'Affairs' (inside the name) in 'Ministry of Foreign Affairs'.
 */
function headOf(tokens: Token[], phrase: TokenRange): Token | undefined {
  let head: Token | undefined;
  for (let i = phrase.start; i < phrase.end; i++) {
    if (head && isOf(tokens, i) && (!isCapitalized(tokens[i + 1]) || !isCapitalized(head) || isTitle(head))) return head;
    if (isWord(tokens[i])) head = tokens[i];
  }
  return head;
}

/**
 * The name at the end of a description when there is one: 'Kazakh President Kassym-Jomart Tokayev' -> 'Kassym-Jomart
 * Tokayev', 'UBS analyst David Strauss' -> 'David Strauss'; a description without a name ('Japan’s right-wing press') stays whole.
 */
function nameWithoutTitles(text: string, tokens: Token[], phrase: TokenRange): string {
  let start = phrase.start;
  for (let i = phrase.start; i < phrase.end - 1; i++) {
    const word = tokens[i].text.toLowerCase();
    const describes = isTitle(tokens[i]) || (isWord(tokens[i]) && !isCapitalized(tokens[i]) && !FUNCTION_WORDS.has(word));
    if (describes && isCapitalized(tokens[i + 1])) start = i + 1;
  }
  if (start === phrase.start && tokens[start].text.toLowerCase() === 'the' && isCapitalized(tokens[start + 1])) start++;
  return text.slice(tokens[start].start, tokens[phrase.end - 1].end);
}

/** Whether the offset lies inside one of the ordered, disjoint spans. */
function isInside(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 && offset < spans[low - 1].end;
}

/** Index of the last mention starting before `offset`, or -1. */
function lastIndexBefore(mentions: PlacedMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function skipModifiersFrom(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && isVerbModifier(tokens[i]) && !isClauseVerb(tokens[i])) i++;
  return i;
}

/** Index of the first token starting at or after `offset`. */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
