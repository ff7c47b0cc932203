import { describe, expect, it } from 'vitest';
import { readSentences } from '../../../src/stages/sentiment/analyse.js';
import type { Lexicon } from '../../../src/stages/sentiment/lexicon.js';
import { rolesOf } from '../../../src/stages/sentiment/roles/index.js';
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

  it('reads an apposition holding a relative clause as about the person it follows', () => {
    expect(label('Jones, a lawyer who has won five of the last six big cases, met Brown on Monday.', 'Jones')).toBe('positive');
  });

  it('finds the verb of a possessive subject past the phrases that modify its noun', () => {
    expect(label("Jones's remarks about the new bill in the state sparked outrage.", 'Jones')).toBe('negative');
  });

  it('reads a lead the tagger splits into a noun and a verb as held', () => {
    expect(labels('A new poll shows Jones with a 14-point lead over Brown.', 'Jones', 'Brown')).toEqual({ Jones: 'positive', Brown: 'negative' });
  });

  it('ends what a subject is said to do where a clause with a subject of its own starts', () => {
    const article = prepare('Jones met the mayor on Friday after Brown sent a nasty letter.');
    const [reading] = readSentences(article, lexicon as Lexicon);
    const { words } = reading.unit;
    const roles = rolesOf(words, reading.valences, [0], lexicon as Lexicon, () => '');
    expect(roles.predicates).toEqual([[1, words.findIndex((word) => word.key === 'after')]]);
  });

  it('reads a bare apostrophe after a name in s as a possessive', () => {
    expect(label("Jules Black was charged in Rodgers' murder.", 'Rodgers')).toBe('neutral');
    expect(label("Rodgers' failed bid ended on Monday.", 'Rodgers')).toBe('negative');
  });
});

/** The roles of a one-word name in a one-sentence text, and the words by their text. */
function rolesIn(text: string, name: string) {
  const [reading] = readSentences(prepare(text), lexicon as Lexicon);
  const { words } = reading.unit;
  const positions = words.flatMap((word, i) => (word.text === name ? [i] : []));
  const roles = rolesOf(words, reading.valences, positions, lexicon as Lexicon, () => '');
  return { roles, at: (word: string) => words.findIndex((w) => w.text === word) };
}

describe('who a sentence speaks to, and who it speaks of', () => {
  it('reads a name after a title such as “host” as the one spoken to only after a verb or preposition of speaking to', () => {
    expect(labels('Brown thanked podcast host Jones on Tuesday.', 'Brown', 'Jones').Jones).toBe('positive');
    expect(labels('Brown told radio host Jones the plan was a terrible, shameful disaster.', 'Brown', 'Jones').Jones).toBe('neutral');
    expect(rolesIn('In an interview with radio host Jones, the mayor spoke.', 'Jones').roles.bystander).toBe(true);
  });

  it('reads a feeling aimed at a person as what it says of them', () => {
    expect(labels('Brown is proud of Jones.', 'Brown', 'Jones').Jones).toBe('positive');
    expect(labels('Brown is deeply grateful to Jones.', 'Brown', 'Jones').Jones).toBe('positive');
    expect(labels('Brown is furious with Jones.', 'Brown', 'Jones').Jones).toBe('negative');
    expect(labels('Brown is fed up with Jones.', 'Brown', 'Jones').Jones).toBe('negative');
    // Envy looks up to its object.
    expect(labels('Brown is jealous of Jones.', 'Brown', 'Jones').Jones).toBe('positive');
    const { roles, at } = rolesIn('Brown is not proud of Jones.', 'Jones');
    expect(roles.patientOf.get(at('proud'))).toBe(0);
  });

  it('reads what a comparison holds as held by the one compared with', () => {
    expect(labels('Brown is an even bigger liar than Jones.', 'Brown', 'Jones').Jones).toBe('negative');
    expect(labels('Brown is nowhere near as corrupt as Jones.', 'Brown', 'Jones').Jones).toBe('negative');
    const { roles, at } = rolesIn('Brown is an even bigger liar than Jones.', 'Jones');
    expect(roles.patientOf.get(at('liar'))).toBeLessThan(0);
    const equative = rolesIn('Brown is nowhere near as corrupt as Jones.', 'Jones');
    expect(equative.roles.patientOf.get(equative.at('corrupt'))).toBeLessThan(0);
    // A positive degree says the other is less so; 'rather than' and 'as well as' compare nothing.
    expect(rolesIn('Brown is a far better speaker than Jones.', 'Jones').roles.patientOf.size).toBe(0);
    expect(rolesIn('The loss was the result of a terrible failure rather than Jones.', 'Jones').roles.patientOf.size).toBe(0);
    expect(rolesIn('Brown is hated by the voters as well as Jones.', 'Jones').roles.patientOf.size).toBe(0);
  });

  it('reads what is said of a person, before or after “said of X”, as about them', () => {
    const { roles, at } = rolesIn('“The plan was a terrible, shameful failure,” Brown said of Jones.', 'Jones');
    expect(roles.predicates).toEqual([[0, at('Brown')]]);
    expect(labels('“The plan was a terrible, shameful failure,” Brown said of Jones.', 'Brown', 'Jones').Jones).toBe('negative');
    const after = rolesIn('Brown said of Jones, “He is a disgrace.”', 'Jones');
    expect(after.roles.predicates).toEqual([[after.at('He'), expect.any(Number)]]);
  });

  it('reads what a verb of naming calls its object as said of the object', () => {
    expect(labels('The report called Jones “the most corrupt and incompetent official in the history of the state.”', 'Jones').Jones).toBe('negative');
    expect(label('Last month, the judge found Jones guilty of fraud and theft.', 'Jones')).toBe('negative');
    const { roles, at } = rolesIn('The judge found Jones not guilty of murder, but guilty of theft.', 'Jones');
    expect(roles.predicates).toEqual([[at('not'), at('.') < 0 ? at('theft') + 1 : at('.')]]);
  });

  it('reads what a subject is said to be, after “is” or “was”, as its predicate', () => {
    const { roles, at } = rolesIn('Jones is certainly nowhere near as popular as the mayor.', 'Jones');
    expect(roles.predicates).toEqual([[at('is'), at('mayor') + 1]]);
    expect(rolesIn('Jones is expected to arrive on Monday.', 'Jones').roles.predicates).not.toContainEqual([1, expect.any(Number)]);
  });

  it('finds the verb of a possessive subject past an adverb, but not in a participle before the noun owned', () => {
    expect(label("On Monday, Jones's share of the vote suddenly surged.", 'Jones')).toBe('positive');
    expect(rolesIn("Jones's carefully planned visits are part of a strategy.", 'Jones').roles.predicates).toEqual([]);
  });

  it('reads what a subject has as its fortune when the tagger calls “had” an auxiliary', () => {
    const { roles, at } = rolesIn('Jones had a tough time on Monday.', 'Jones');
    expect(roles.patientOf.get(at('tough'))).toBeLessThan(0);
  });

  it('reads a present participle after “is” or “are” as what the subject is doing, not as a passive', () => {
    const { roles, at } = rolesIn('Jones is trying to mislead the voters.', 'Jones');
    expect(roles.patientOf.get(at('mislead'))).toBeLessThan(0);
  });

  it('reads a noun phrase joined to a subject by “and” as sharing its verb, when the subject opens the clause', () => {
    const { roles, at } = rolesIn('Officials said that Jones and the Green Party are trying to push a plan.', 'Jones');
    expect(roles.predicates).toContainEqual([at('trying'), expect.any(Number)]);
    expect(rolesIn('Brown praised Jones and the Green Party are pleased.', 'Jones').roles.predicates).toEqual([]);
  });

  it('reads “the likes of X” as X', () => {
    expect(labels('Brown was intimidated by the likes of Jones.', 'Brown', 'Jones').Jones).toBe('negative');
  });

  it('looks past a title before a name for the word acting on it, and past a phrase in an apposition', () => {
    expect(labels('Brown came to the defense of former House Speaker Jones on Monday.', 'Brown', 'Jones').Jones).toBe('positive');
    expect(label('The mayor sacked his deputy in the city council, Councillor Jones, on Monday.', 'Jones')).toBe('negative');
    // A name after a comma with a verb of its own is no apposition.
    expect(rolesIn('The mayor praised the new plan, Jones said.', 'Jones').roles.patientOf.size).toBe(0);
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
