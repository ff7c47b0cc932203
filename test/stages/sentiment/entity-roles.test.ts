import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../src/stages/sentiment/analyse.js';
import type { Lexicon } from '../../../src/stages/sentiment/lexicon.js';
import { rolesOf } from '../../../src/stages/sentiment/roles.js';
import { analyse, lexicon, prepare } from './helpers.js';

/** The label of the sentiment towards each named person in a text. */
function labels(text: string, ...names: string[]): Record<string, string> {
  const article = analyse(text, { entities: Object.fromEntries(names.map((name) => [name, [name]])) });
  return Object.fromEntries(names.map((name) => [name, article.entities.find((e) => e.name === name)!.sentiment!.label]));
}

const label = (text: string, name: string) => labels(text, name)[name];

describe('who a sentence judges', () => {
  it('reads what comes before “…, X said” as X’s own words', () => {
    expect(label('The storm caused terrible damage and misery, Jones said.', 'Jones')).toBe('neutral');
    expect(label('The storm caused terrible damage and misery, Jones told reporters.', 'Jones')).toBe('neutral');
  });

  it('reads the subject of a verb of stating or describing as its speaker', () => {
    expect(label('Jones described the plan as a disaster and a failure.', 'Jones')).toBe('neutral');
    expect(label('Jones has blamed the violence on the terrible government.', 'Jones')).toBe('neutral');
    expect(label('Jones spoke about the horrible crimes that shocked the town.', 'Jones')).toBe('neutral');
  });

  it('leaves the one spoken to out of what is said to them', () => {
    expect(labels('Brown told Jones the plan was a disaster and a terrible failure.', 'Brown', 'Jones').Jones).toBe('neutral');
    expect(label('In an interview with Jones, the minister called the deal a terrible disaster.', 'Jones')).toBe('neutral');
  });

  it('reads a harm suffered as what befell a victim, not a view of them', () => {
    expect(label('Jones was killed in a brutal attack on Monday.', 'Jones')).toBe('neutral');
    expect(label('The gunmen shot Jones outside a bar.', 'Jones')).toBe('neutral');
    expect(label("Jones's death shocked the town.", 'Jones')).toBe('neutral');
    expect(label('Jones died after a terrible accident.', 'Jones')).toBe('neutral');
    expect(label('The Jones murder shocked the town.', 'Jones')).toBe('neutral');
    expect(label('Jones killed three people in a brutal attack.', 'Jones')).toBe('negative');
  });

  it('gives the subject of a verb of receiving what it receives', () => {
    expect(label('Jones faces criminal charges.', 'Jones')).toBe('negative');
    expect(label('Jones drew sharp criticism on Monday.', 'Jones')).toBe('negative');
    expect(label('Jones won praise on Monday.', 'Jones')).toBe('positive');
  });

  it('gives a person what their possessions are said to be', () => {
    expect(label("Jones's failed bid ended on Monday.", 'Jones')).toBe('negative');
    expect(label("Jones's critics met on Monday.", 'Jones')).toBe('negative');
    expect(label('Critics of Jones met on Monday.', 'Jones')).toBe('negative');
    expect(label("Jones's campaign is a disaster.", 'Jones')).toBe('negative');
  });

  it('reads nouns aimed at a person as judging them', () => {
    expect(label('Prosecutors dropped the case against Jones.', 'Jones')).toBe('negative');
    expect(label('The mayor had nothing but praise for Jones.', 'Jones')).toBe('positive');
    expect(label('The committee published its criticism of Jones.', 'Jones')).toBe('negative');
  });

  it('reads a contest as good for the winner and bad for the loser', () => {
    expect(labels('Jones defeated Brown in the primary.', 'Jones', 'Brown')).toEqual({ Jones: 'positive', Brown: 'negative' });
    expect(labels('Jones beat Brown in the primary.', 'Jones', 'Brown')).toEqual({ Jones: 'positive', Brown: 'negative' });
    expect(label('Jones lost the race on Monday.', 'Jones')).toBe('negative');
  });

  it('does not read a withheld judgement as the judgement', () => {
    expect(label('Prosecutors did not charge Jones.', 'Jones')).not.toBe('negative');
    expect(labels('Brown praised Jones.', 'Brown', 'Jones').Jones).toBe('positive');
    expect(labels('Brown declined to praise Jones.', 'Brown', 'Jones').Jones).not.toBe('positive');
  });

  it('reads relative clauses and appositions as about the person they follow', () => {
    expect(label('Jones, who failed miserably, left on Monday.', 'Jones')).toBe('negative');
    expect(label('Jones, a corrupt and incompetent official, left on Monday.', 'Jones')).toBe('negative');
  });

  it('reads a name used as a modifier by the noun it names: a harm it suffered or a trouble it is in', () => {
    expect(label('The Jones investigation widened on Monday.', 'Jones')).toBe('negative');
    expect(label('The Jones shooting shocked the town.', 'Jones')).toBe('neutral');
  });

  it('reads a polar word as mostly about the name nearest to it', () => {
    const text = 'Jones met the press on Monday while Brown sat alone, bitter, angry and miserable.';
    expect(labels(text, 'Jones', 'Brown')).toEqual({ Jones: 'neutral', Brown: 'negative' });
  });

  it('reads verbs of judging aimed through a preposition, and being under fire, as judging the person', () => {
    expect(labels('Brown lashed out at Jones on Monday.', 'Brown', 'Jones').Jones).toBe('negative');
    expect(label('Jones came under fire on Monday.', 'Jones')).toBe('negative');
    expect(label('Jones is under investigation.', 'Jones')).toBe('negative');
  });

  it('reads a lead held or a lead over someone as good for the leader and bad for the one behind', () => {
    expect(label('Jones maintains a wide lead in the polls.', 'Jones')).toBe('positive');
    expect(labels('Polls show Brown with a lead over Jones.', 'Brown', 'Jones').Jones).toBe('negative');
  });

  it('reads what is said of a likeness as said of the person it is likened to', () => {
    expect(label('The party picked a corrupt, dishonest crook like Jones.', 'Jones')).toBe('negative');
  });

  it('reads what a person admits to as said of them, unlike what they merely say', () => {
    expect(label('Jones admitted stealing money and lying to investigators.', 'Jones')).toBe('negative');
    expect(label('Jones said the thieves were stealing money and lying to investigators.', 'Jones')).toBe('neutral');
  });

  it('reads a headline’s capitalised verb of judging like its lower-case form', () => {
    expect(labels('Brown Blasts Jones Over Border', 'Brown', 'Jones').Jones).toBe('negative');
  });

  it('reads headline passives and “is to blame” as judging the subject', () => {
    expect(label('Jones accused of fraud', 'Jones')).toBe('negative');
    expect(label('Jones is to blame for the crisis.', 'Jones')).toBe('negative');
    expect(label('Jones praised for quick thinking', 'Jones')).toBe('positive');
  });

  it('reads a headline’s “X: …” as X speaking', () => {
    expect(label('Jones: the handling of the crisis was disgraceful and disastrous', 'Jones')).toBe('neutral');
  });

  it('reads a bare apostrophe after a name in s as a possessive', () => {
    expect(label("Jules Black was charged in Rodgers' murder.", 'Rodgers')).toBe('neutral');
    expect(label("Rodgers' failed bid ended on Monday.", 'Rodgers')).toBe('negative');
  });
});

describe('reading roles does work linear in the length of a sentence', () => {
  // Every pattern at once, repeated without a full stop: possessives, appositions, speech, victims, contests.
  const CLAUSE =
    "Smith, who failed badly, said Jones's critics faced charges against Brown and Smith lashed out at Jones while the gunmen killed Brown and Smith defeated Jones in a race like Brown ";
  const SMALL = 30;
  const GROWTH = 4;

  function reads(clauses: number): number {
    const text = CLAUSE.repeat(clauses).trimEnd() + '.';
    const article = prepare(text, { entities: { Smith: ['Smith'], Jones: ['Jones'], Brown: ['Brown'] } });
    const [reading] = readSentences(article, lexicon as Lexicon);
    const { words } = reading.unit;
    const counter = { reads: 0 };
    const counted = new Proxy(words, { get: (target, key, receiver) => (counter.reads++, Reflect.get(target, key, receiver)) });
    const positions = words.flatMap((word, i) => (word.key === 'smith' ? [i] : []));
    rolesOf(counted, reading.valences, positions, lexicon as Lexicon, () => '');
    return counter.reads;
  }

  it('reads a bounded number of words per mention, however long the sentence', () => {
    expect(reads(SMALL * GROWTH)).toBeLessThan(reads(SMALL) * GROWTH * 1.25);
  });
});
