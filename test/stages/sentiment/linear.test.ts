import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/types.js';
import type { Lexicon } from '../../../src/stages/sentiment/lexicon.js';
import { wordValences } from '../../../src/stages/sentiment/valence.js';
import { unitOf, type Unit } from '../../../src/stages/sentiment/words.js';
import { lexicon, prepare, runSentiment } from './helpers.js';

// One long sentence (no full stop inside) that exercises every rule: names, negation over single
// letters, degree words, 'instead of' without a clause break, contrasts, speech verbs, a quotation.
const CLAUSE =
  'Smith said a a a I was not very good and instead of a fine plan Smith told “Jones is a terrible liar” but critics praised Smith and Central Asia Plus Japan Dialogue ';
const CLAUSES_SMALL = 40;
const GROWTH = 4;
// Linear work grows by GROWTH; allow for the fixed cost of the sentence's edges, but not for GROWTH².
const LINEAR_BOUND = GROWTH * 1.25;

/** Counts every read of an array's elements and of the properties of the objects in it. */
function counting<T extends object>(items: T[], counter: { reads: number }): T[] {
  const wrapped = items.map((item) => new Proxy(item, { get: (target, key, receiver) => (counter.reads++, Reflect.get(target, key, receiver)) }));
  return new Proxy(wrapped, { get: (target, key, receiver) => (counter.reads++, Reflect.get(target, key, receiver)) });
}

function longSentence(clauses: number): Article {
  const text = CLAUSE.repeat(clauses).trimEnd() + '.';
  const article = prepare(text, { entities: { Smith: ['Smith'], Jones: ['Jones'] }, quotes: [{ text: 'Jones is a terrible liar', speaker: 'Smith' }] });
  expect(article.sentences).toHaveLength(1);
  return article;
}

/** Reads of tokens, mentions and quotes made by a whole run of the stage over a sentence of so many clauses. */
function stageReads(clauses: number): number {
  const article = longSentence(clauses);
  const counter = { reads: 0 };
  article.tokens = counting(article.tokens, counter);
  article.quotes = counting(article.quotes, counter);
  for (const entity of article.entities) entity.mentions = counting(entity.mentions, counter);
  runSentiment(article);
  return counter.reads;
}

/** Reads of the words made by the valence rules over a sentence of so many clauses. */
function ruleReads(clauses: number): number {
  const article = longSentence(clauses);
  const unit = unitOf(article.tokens, 0, article.tokens.length, [], new Set([0]), () => false, () => false);
  const counter = { reads: 0 };
  const counted: Unit = { ...unit, words: counting(unit.words, counter) };
  wordValences(counted, lexicon as Lexicon);
  return counter.reads;
}

describe('the sentiment stage does work linear in the length of a sentence', () => {
  it('reads tokens, mentions and quotes a bounded number of times each, however long the sentence', () => {
    const small = stageReads(CLAUSES_SMALL);
    expect(stageReads(CLAUSES_SMALL * GROWTH)).toBeLessThan(small * LINEAR_BOUND);
  });

  it('applies the valence rules with a bounded number of reads per word', () => {
    const small = ruleReads(CLAUSES_SMALL);
    expect(ruleReads(CLAUSES_SMALL * GROWTH)).toBeLessThan(small * LINEAR_BOUND);
  });

  it('still reads the long sentence: its entities get a sentiment and it gets a score', () => {
    const article = longSentence(CLAUSES_SMALL);
    runSentiment(article);
    expect(article.sentences[0].sentiment).toBeDefined();
    expect(article.entities.every((entity) => entity.sentiment !== undefined)).toBe(true);
  });
});
