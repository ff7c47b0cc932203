import { describe, expect, it } from 'vitest';
import { agentEvent, stateAt, themeEvent, themePhraseBefore } from '../../../src/stages/sentiment/events.js';
import { readSentences } from '../../../src/stages/sentiment/analyse.js';
import type { Lexicon } from '../../../src/stages/sentiment/lexicon.js';
import { rolesOf, type Roles } from '../../../src/stages/sentiment/roles/index.js';
import { analyse, lexicon, prepare } from './helpers.js';

/** The label of the sentiment towards each named person in a text. */
function labels(text: string, ...names: string[]): Record<string, string> {
  const article = analyse(text, { entities: Object.fromEntries(names.map((name) => [name, [name]])) });
  return Object.fromEntries(names.map((name) => [name, article.entities.find((e) => e.name === name)!.sentiment!.label]));
}

const label = (text: string, name: string) => labels(text, name)[name];

/** The words of a one-sentence text as the sentiment rules read them. */
function wordsOf(text: string) {
  return readSentences(prepare(text), lexicon as Lexicon)[0].unit.words;
}

/** The roles of a one-word name in a one-sentence text, and the words by their text. */
function rolesIn(text: string, name: string): { roles: Roles; at: (word: string) => number } {
  const [reading] = readSentences(prepare(text), lexicon as Lexicon);
  const { words } = reading.unit;
  const positions = words.flatMap((word, i) => (word.text === name ? [i] : []));
  const roles = rolesOf(words, reading.valences, positions, lexicon as Lexicon, () => '');
  return { roles, at: (word) => words.findIndex((w) => w.text === word) };
}

describe('the event lexicon', () => {
  it('finds what a verb or phrasal verb says of its subject, phrases first', () => {
    const words = wordsOf('Jones backed down and caved.');
    expect(agentEvent(words, 1)?.valence).toBeLessThan(0);
    expect(agentEvent(words, 4)?.valence).toBeLessThan(0);
    expect(agentEvent(wordsOf('Jones backed the plan.'), 1)).toBeUndefined();
  });

  it('finds what a verb says of the one it is done to, and phrases that end in a preposition before a name', () => {
    const words = wordsOf('Brown sacked Jones and lashed out at Smith.');
    expect(themeEvent(words[1])).toBeLessThan(0);
    expect(themePhraseBefore(words, 7)).toEqual({ at: 4, valence: expect.any(Number) });
    expect(themePhraseBefore(words, 7)!.valence).toBeLessThan(0);
  });

  it('finds states a person stands in, word for word', () => {
    const words = wordsOf('Jones is on the ropes.');
    expect(stateAt(words, 2)?.valence).toBeLessThan(0);
    expect(stateAt(wordsOf('Jones is on the bus.'), 2)).toBeUndefined();
  });
});

describe('what a sentence says of a person through what they do', () => {
  it('reads giving in, going back on one’s word and deceiving as judging the one who does it', () => {
    expect(label('Jones caved to the unions on Monday.', 'Jones')).toBe('negative');
    expect(label('Jones backtracked on Monday.', 'Jones')).toBe('negative');
    expect(label('Jones backed down after a week.', 'Jones')).toBe('negative');
    expect(label('Jones changed his story twice.', 'Jones')).toBe('negative');
    expect(label('Jones stonewalled the committee.', 'Jones')).toBe('negative');
  });

  it('reads helping and achieving as good for the one who does it', () => {
    expect(label('Jones rescued two children from the river.', 'Jones')).toBe('positive');
    expect(label('Jones came to the defense of the new mayor.', 'Jones')).toBe('positive');
  });

  it('does not read a deed that is denied as done', () => {
    const { roles, at } = rolesIn('Jones did not cave on Monday.', 'Jones');
    expect(roles.patientOf.get(at('cave'))).toBe(0);
  });

  it('reads the one named after “by” as the doer of a passive deed', () => {
    expect(label('The truce was brokered by Jones.', 'Jones')).toBe('positive');
    expect(label('The inquiry was stonewalled by Jones.', 'Jones')).toBe('negative');
  });

  it('reads the deed of an infinitive after the subject’s verb as the subject’s', () => {
    expect(label('Jones tried to stonewall the committee.', 'Jones')).toBe('negative');
  });

  it('reads each verb coordinated with the subject’s first one as the subject’s', () => {
    expect(label('Jones started the campaign in March, but then floundered.', 'Jones')).toBe('negative');
    expect(label('Jones met the committee and caved.', 'Jones')).toBe('negative');
  });

  it('does not carry the subject’s predicate into what it goes on to say or into a clause with a subject of its own', () => {
    const { roles, at } = rolesIn('Jones declined to elaborate, but said the attack was horrible and cruel.', 'Jones');
    expect(roles.predicates).toEqual([[at('declined'), at('but')]]);
    expect(label('Jones came to the defense of the mayor after Brown tweeted a nasty, vicious attack.', 'Jones')).toBe('positive');
  });
});

describe('what a sentence says of a person through what is done to them', () => {
  it('reads being sacked, stripped or silenced as bad for the person, active or passive', () => {
    expect(labels('The board sacked Jones on Monday.', 'Jones').Jones).toBe('negative');
    expect(label('Jones was stripped of his title.', 'Jones')).toBe('negative');
    expect(labels('Brown tried to silence Jones.', 'Brown', 'Jones')).toEqual({ Brown: 'negative', Jones: 'negative' });
  });

  it('reads being cleared or reinstated as good for the person', () => {
    expect(label('Jones was cleared on Monday.', 'Jones')).toBe('positive');
    expect(label('The court reinstated Jones.', 'Jones')).toBe('positive');
  });

  it('reads phrases aimed at a person through a preposition', () => {
    expect(labels('Brown hit out at Jones on Monday.', 'Brown', 'Jones').Jones).toBe('negative');
    expect(labels('Brown stood by Jones on Monday.', 'Brown', 'Jones').Jones).toBe('positive');
  });

  it('reads a person named in apposition to a verb’s object as the object', () => {
    expect(label('The mayor went on to reinstate the city’s chief engineer, Jones, on Monday.', 'Jones')).toBe('positive');
    expect(label('The mayor sacked the city’s chief engineer, Mr. Jones, on Monday.', 'Jones')).toBe('negative');
  });

  it('leaves a person alone when the event falls on what they own or on another clause', () => {
    const { roles, at } = rolesIn("The board sacked Jones's driver on Monday.", 'Jones');
    expect(roles.patientOf.has(at('sacked'))).toBe(false);
    expect(label('The lawyers agreed to recommend that Jones impose a sentence.', 'Jones')).toBe('neutral');
  });

  it('reads a state a person is put in or stands in', () => {
    expect(labels('The questions put Jones on the defensive.', 'Jones').Jones).toBe('negative');
    expect(label('Jones is on the ropes.', 'Jones')).toBe('negative');
    expect(label('Jones is in the lead.', 'Jones')).toBe('positive');
  });
});

describe('what a person owns', () => {
  it('reads what a possessive subject of a clause receives as said of the owner, wherever the clause starts', () => {
    const { roles, at } = rolesIn("Officials said that Jones's remarks about the bill sparked outrage.", 'Jones');
    expect(roles.patientOf.get(at('outrage'))).toBeLessThan(0);
  });

  it('reads misdeeds and fortunes a person owns as said of them', () => {
    expect(label("Jones's gaffe dominated the news.", 'Jones')).toBe('negative');
    expect(label("Jones's acquittal came on Monday.", 'Jones')).toBe('positive');
  });

  it('reads an investigation or criticism a person owns as what they do, not what befalls them', () => {
    expect(label("Jones's investigation continued on Monday.", 'Jones')).toBe('neutral');
    expect(label('The Jones investigation widened on Monday.', 'Jones')).toBe('negative');
  });
});
