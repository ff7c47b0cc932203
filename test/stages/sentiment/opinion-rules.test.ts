import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../src/stages/sentiment/analyse.js';
import { readVaderLexicon, type Lexicon } from '../../../src/stages/sentiment/lexicon.js';
import { sentenceSum } from '../../../src/stages/sentiment/valence.js';
import { unitOf, type Word } from '../../../src/stages/sentiment/words.js';
import { analyse, lexicon, prepare, score } from './helpers.js';

/** The valence each word of a one-sentence text ends up with, by its text. */
function valencesOf(text: string): Map<string, number> {
  const [reading] = readSentences(prepare(text), lexicon as Lexicon);
  return new Map(reading.unit.words.map((word, i) => [word.text, reading.valences[i]]));
}

function word(type: string): Word {
  return { key: 'x', lemma: 'x', text: 'x', pos: 'NOUN', type, allCaps: false, inName: false, token: 0, afterBreak: false };
}

describe('words that are critical in themselves', () => {
  it('reads a denial as mildly critical even when it denies nothing that has a valence', () => {
    expect(score('The plan was not announced.')).toBeLessThan(score('The plan was announced.') - 0.1);
    expect(valencesOf('The plan was not announced.').get('not')).toBeLessThan(0);
  });

  it('reads failing, refusing or being unable to do something as not doing it', () => {
    expect(score('The plan failed to improve safety.')).toBeLessThan(score('The plan did not improve safety.'));
    expect(score('The council refused to help.')).toBeLessThan(-0.1);
    expect(score('The council was unable to help.')).toBeLessThan(-0.1);
  });

  it('leaves “without” and “despite”, which say what is absent, without a valence of their own', () => {
    expect(score('He left without a word.')).toBe(score('He left.'));
  });

  it('reads “why” as a complaint, but not the suggestion “why not”', () => {
    expect(valencesOf('Why did the council meet?').get('Why')).toBeLessThan(0);
    const suggestion = valencesOf('Why not meet on Monday?');
    expect(suggestion.get('Why')).toBe(0);
    expect(suggestion.get('not')).toBe(0);
  });

  it('reads a question as slightly critical: opinion writing asks mostly to challenge', () => {
    expect(score('Who wrote the plan?')).toBeLessThan(0);
  });

  it('reads “only” before a figure as presenting it as falling short', () => {
    expect(score('Only 39 percent of the buses were inspected.')).toBeLessThan(-0.1);
    expect(score('39 percent of the buses were inspected.')).toBe(0);
    expect(valencesOf('Only the mayor spoke.').get('Only')).toBe(0);
  });

  it('reads “has yet to” as something not done', () => {
    expect(score('The city has yet to act.')).toBeLessThan(-0.1);
    expect(score('The city has acted.')).toBe(0);
  });

  it('reads “too” before a word with no opinion of its own as an excess, and keeps “too good” a stressed “good”', () => {
    expect(score('The report came too late.')).toBeLessThan(-0.1);
    expect(score('The report came late.')).toBe(0);
    expect(score('The meal was too good.')).toBeGreaterThan(score('The meal was good.'));
  });
});

describe('degree, concession and supposition', () => {
  it('scales a word by its intensifier, so that a strong word gains more than a faint one', () => {
    const strong = valencesOf('The results were extremely terrible.').get('terrible')! / valencesOf('The results were terrible.').get('terrible')!;
    expect(strong).toBeCloseTo(1.5);
    const weak = valencesOf('The results were slightly terrible.').get('terrible')! / valencesOf('The results were terrible.').get('terrible')!;
    expect(weak).toBeCloseTo(0.5);
  });

  it('stresses rather than denies after “never so” (VADER)', () => {
    expect(score('I have never been so happy.')).toBeGreaterThan(score('I have been happy.'));
    expect(score('I have not been happy.')).toBeLessThan(0);
  });

  it('counts what an “although” clause grants for less, like what comes before “but”', () => {
    expect(score('Although the food was good, the service was slow.')).toBeLessThan(score('The food was good, the service was slow.'));
    expect(score('While the food was good, the service was slow.')).toBeLessThan(score('The food was good, the service was slow.'));
  });

  it('counts praise under a modal for less, but a warning of harm in full', () => {
    expect(score('The plan could succeed.')).toBeLessThan(score('The plan will succeed.'));
    expect(score('The dam could fail.')).toBe(score('The dam will fail.'));
  });
});

describe('negation scope', () => {
  it('reads "far from" as a denial of what follows, not as a denial in itself', () => {
    expect(valencesOf('The plan is far from perfect.').get('perfect')).toBeLessThan(0);
    expect(valencesOf('The village is far from the sea.').get('far')).toBe(0);
  });

  it('leaves a harm graded against another’s a harm ("not as bad as", "nowhere near as toxic as")', () => {
    expect(valencesOf('He is nowhere near as toxic as his rival.').get('toxic')).toBeLessThan(0);
    expect(valencesOf('The senator is not as bad as the governor.').get('bad')).toBeLessThan(0);
    // Measured against what was expected, it is a relief.
    expect(valencesOf('The storm was not as bad as we feared.').get('bad')).toBeGreaterThan(0);
    // A plain denial still turns a harm around.
    expect(valencesOf('The storm was not harmful.').get('harmful')).toBeGreaterThan(0);
  });

  it('lets an adjective of size stress a harm after a negation as "very" would', () => {
    expect(valencesOf('The town faces a huge mess.').get('huge')).toBe(0);
    expect(valencesOf('The town faces a huge mess.').get('mess')!).toBeLessThan(valencesOf('The town faces a mess.').get('mess')!);
  });
});

describe('word forms', () => {
  it('reads letters drawn out for emphasis as the word they stretch', () => {
    expect(score('This is goooood')).toBe(score('This is good'));
    expect(score('Yaaaay')).toBe(score('Yay'));
    expect(score('It was sooo good')).toBe(score('It was so good'));
  });

  it('reads “like” after a subject or an auxiliary as liking, whatever the tagger says', () => {
    expect(score('I think you’ll like it.')).toBeGreaterThan(0.1);
    expect(score('They looked like other countries.')).toBe(0);
  });

  it('lets no word inside a name deny or stress what follows', () => {
    const text = 'The Immortal Life of Henrietta Lacks, great book.';
    const withName = analyse(text, { entities: { 'Henrietta Lacks': ['The Immortal Life of Henrietta Lacks'] } });
    expect(withName.sentiment.article.label).toBe('positive');
  });

  it('joins the parts of a hyphenated word: only a spaced dash starts a new clause', () => {
    const article = prepare('It was not long-winded - and brief.');
    const words = unitOf(article.tokens, 0, article.tokens.length, [], new Set([0]), () => false, () => false).words;
    expect(words.find((w) => w.key === 'winded')!.afterBreak).toBe(false);
    expect(words.find((w) => w.key === 'and')!.afterBreak).toBe(true);
  });

  it('reads idioms built on a negation as no negation at all', () => {
    expect(score('Never mind the embarrassing delay.')).toBeLessThan(0);
    expect(score('It was, without a doubt, a fine speech.')).toBe(score('It was a fine speech.'));
    expect(score('No doubt the plan is good.')).toBe(score('The plan is good.'));
  });

  it('reads VADER’s idioms (“to die for”, “broken heart”) and takes “bus stop” for no stop at all', () => {
    expect(score('That food is to die for.')).toBeGreaterThan(0.3);
    expect(score('It was a broken heart.')).toBeLessThan(-0.3);
    expect(score('Wait for me at the bus stop.')).toBe(0);
  });
});

describe('emoticons', () => {
  it('tells the horrified “D:” from the tongue “d:”, which VADER’s file lists under one spelling', () => {
    const words = readVaderLexicon('D:\t-2.9\t0.8\t[]\nd:\t1.2\t0.9\t[]\nlol\t2.9\t0.1\t[]\nlol\t1.8\t0.1\t[]\n');
    expect(words.get('D:')).toBe(-2.9);
    expect(words.get('d:')).toBe(1.2);
    expect(words.get('lol')).toBe(1.8);
    expect(words.has('LOL')).toBe(false);
    expect(score('I lost my keys D:')).toBeLessThan(score('I lost my keys'));
  });

  it('reads HTML-escaped and stretched emoticons as the emoticon', () => {
    expect(score('love you &lt;3')).toBe(score('love you <3'));
    expect(score('see you :DDD')).toBe(score('see you :D'));
  });

  it('counts an emoticon’s praise in full: the negativity bias is about words', () => {
    const unit = { words: [word('emoticon')], exclamations: 0, questions: 0 };
    expect(sentenceSum([2], unit)).toBe(2);
    expect(sentenceSum([2], { ...unit, words: [word('word')] })).toBeLessThan(2);
  });

  it('counts the praise of an exclamation in full: it is meant, not the hedged praise of edited prose', () => {
    const plain = { words: [word('word')], exclamations: 0, questions: 0 };
    expect(sentenceSum([2], { ...plain, exclamations: 1 })).toBeCloseTo(2 + 0.292);
    expect(sentenceSum([2], plain)).toBeCloseTo(2 / 1.5);
    expect(sentenceSum([-2], { ...plain, exclamations: 1 })).toBeCloseTo(-2 - 0.292);
  });

  it('adds the emphasis of “!” whatever the number of sentiment words, as VADER does', () => {
    const one = { words: [word('word')], exclamations: 0, questions: 0 };
    const three = { words: [word('word'), word('word'), word('word')], exclamations: 0, questions: 0 };
    const emphasis = (unit: typeof one, valences: number[]) => sentenceSum(valences, { ...unit, exclamations: 2 }) - sentenceSum(valences, unit);
    expect(emphasis(one, [-2])).toBeCloseTo(emphasis(three, [-2, -2, -2]));
  });
});
