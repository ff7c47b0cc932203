import { describe, expect, it } from 'vitest';
import { analyse, label, score } from './helpers.js';

const COMMENT_ARTICLE = (comment: string) => `The ministers will be in Astana on Monday.\nFollow this writer on X: @Some_Writer\n\n${comment}`;

describe('sentiment stage: sentences, segments and the article body', () => {
  it('scores every sentence in [-1, 1] with a label that follows the score beyond a neutral band of ±0.1', () => {
    const article = analyse('The plan is good. The plan is terrible. The ministers will be in Astana on Monday.\n\nWhat a joke 😂');
    expect(article.sentences.length).toBe(4);
    for (const sentence of article.sentences) {
      const { score: value, label: given } = sentence.sentiment!;
      expect(Math.abs(value)).toBeLessThanOrEqual(1);
      expect(given).toBe(value > 0.1 ? 'positive' : value < -0.1 ? 'negative' : 'neutral');
    }
    expect(article.sentences.map((s) => s.sentiment!.label).slice(0, 3)).toEqual(['positive', 'negative', 'neutral']);
  });

  it('gives each body segment its own score and leaves trailer and comments out of the article body', () => {
    const article = analyse(COMMENT_ARTICLE('Total disaster, worst summit ever, shameful!'));
    expect(article.sentiment.segments.map((s) => article.segments[s.segment].kind)).toEqual(['paragraph']);
    expect(article.sentiment.article.label).toBe('neutral');
    expect(article.comments[0].sentiment.label).toBe('negative');
  });

  it('labels plain factual news sentences neutral even when a word in them has a mild connotation', () => {
    const [plain] = analyse('The ministers will gather in Astana on Monday.').sentences;
    expect(plain.sentiment!.score).toBeGreaterThan(0);
    expect(plain.sentiment!.label).toBe('neutral');
    expect(label('The ministers held a wonderful, productive meeting.')).toBe('positive');
  });

  it('is deterministic: the same text gives the same scores', () => {
    const text = 'Leaders praised the deal, but critics called it a failure. 🤣';
    expect(JSON.stringify(analyse(text).sentences)).toBe(JSON.stringify(analyse(text).sentences));
  });
});

describe('rules', () => {
  it('reads negation with straight and curly apostrophes alike', () => {
    expect(score('The plan is good.')).toBeGreaterThan(0.05);
    expect(score('The plan isn’t good.')).toBeLessThan(-0.05);
    expect(score("The plan isn't good.")).toBeLessThan(-0.05);
    expect(score('The plan is not good.')).toBeLessThan(-0.05);
    expect(score('The report doesn’t look bad.')).toBeGreaterThan(0.05);
  });

  it('counts “no” before a noun, which says what is absent, for less than a flat “no”', () => {
    expect(score('The room had no coat.')).toBeLessThan(0);
    expect(score('The room had no coat.')).toBeGreaterThan(score('No, the room had a coat.'));
  });

  it('does not let a negation reach over a comma into the next clause', () => {
    expect(score('No, it is great.')).toBeGreaterThan(0.05);
  });

  it('strengthens with intensifiers and weakens with dampeners', () => {
    const plain = score('The results were good.');
    expect(score('The results were extremely good.')).toBeGreaterThan(plain);
    expect(score('The results were slightly good.')).toBeLessThan(plain);
    expect(score('The results were extremely bad.')).toBeLessThan(score('The results were bad.'));
  });

  it('weighs what follows "but" over what comes before it', () => {
    expect(score('The food was good, but the service was terrible.')).toBeLessThan(-0.05);
    expect(score('The service was terrible, but the food was good.')).toBeGreaterThan(0.05);
  });

  it('reads a word in capitals among lower-case words as emphasis', () => {
    expect(score('The new plan is GOOD for the region.')).toBeGreaterThan(score('The new plan is good for the region.'));
    expect(score('The new plan is BAD for the region.')).toBeLessThan(score('The new plan is bad for the region.'));
  });

  it('reads dismissive idioms', () => {
    expect(score('Another nothing burger for Japan.')).toBeLessThan(-0.05);
    expect(score('The meeting was a waste of time.')).toBeLessThan(-0.05);
    expect(score('The talks were a step in the right direction.')).toBeGreaterThan(0.05);
  });

  it('reads emoji from an emoji valence table, whatever their skin tone or variation selector', () => {
    expect(score('New bridge opens today 👍')).toBeGreaterThan(0.05);
    expect(score('New bridge opens today 👍🏽')).toBeGreaterThan(0.05);
    expect(score('New bridge opens today 😡')).toBeLessThan(-0.05);
    expect(score('Love this ❤️')).toBeGreaterThan(score('Love this'));
  });

  it('does not count words inside names, whether the entities stage found them or not', () => {
    expect(label('The first summit of the Central Asia Plus Japan Dialogue was held in Tokyo.')).toBe('neutral');
    expect(label('Their gross domestic product is roughly equivalent to Thailand’s.')).toBe('neutral');
    expect(label('Their gross income fell.')).not.toBe('positive');
    const sendai = 'The ministers discussed the Sendai Framework for Disaster Risk Reduction.';
    expect(label(sendai)).toBe('neutral');
    expect(analyse(sendai, { entities: { 'Sendai Framework for Disaster Risk Reduction': ['Sendai Framework for Disaster Risk Reduction'] } }).sentiment.article.label).toBe('neutral');
    expect(label('Mr. Goodman Happy arrived in Tokyo on Monday.')).toBe('neutral');
    expect(label('The talks took place at the Happy Valley Development Corporation in March.')).toBe('neutral');
    expect(label('The talks took place at the happy valley in March.')).toBe('positive');
  });

  it('does not take opinion words for names when the entities stage does', () => {
    expect(analyse('AMAZING, just AMAZING!', { entities: { AMAZING: ['AMAZING'] } }).sentiment.article.label).toBe('positive');
    expect(analyse('Thanks Dianna, you are wonderful.', { entities: { Dianna: ['Thanks Dianna'] } }).sentiment.article.label).toBe('positive');
    expect(analyse('The Central Asia Plus Japan Dialogue was held in Tokyo.', { entities: { Dialogue: ['Central Asia Plus Japan Dialogue'] } }).sentiment.article.label).toBe('neutral');
  });

  it('keeps news prose about acting against harms neutral rather than negative', () => {
    expect(label('Cooperation covers counterterrorism, drug trafficking prevention, border control and disaster risk reduction.')).not.toBe('negative');
    expect(label('The ministers agreed to cooperate against terrorism, drug trafficking and earthquakes.')).not.toBe('negative');
    expect(label('The agency works to prevent floods and reduce poverty.')).not.toBe('negative');
    expect(label('Screening allows early detection of cancer and heart disease.')).not.toBe('negative');
    expect(label('Terrorism killed dozens of people in the capital.')).toBe('negative');
  });

  it('counts praise in a question or under a modal for less than praise asserted', () => {
    const asserted = score('State lotteries are harmless fun.');
    expect(score('Who says state lotteries are harmless fun?')).toBeLessThan(asserted);
    expect(score('State lotteries should be harmless fun.')).toBeLessThan(asserted);
  });

  it('ignores links', () => {
    expect(score('Morning view http://example.com/x_y:z')).toBe(0);
  });

  it('reads a surname that is also an opinion word as part of the name', () => {
    const text = 'Alison Lundergan Grimes spoke in Louisville. Grimes said the rally went on.';
    const article = analyse(text, { entities: { 'Alison Lundergan Grimes': ['Alison Lundergan Grimes', 'Grimes'] } });
    expect(article.sentences[1].sentiment!.score).toBe(0);
  });
});
