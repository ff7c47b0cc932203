import { describe, expect, it } from 'vitest';
import { analyse, prepare, runSentiment } from './helpers.js';

function entity(text: string, name: string, setup: Parameters<typeof analyse>[1] = {}) {
  const article = analyse(text, { entities: { [name]: [name], ...setup.entities }, quotes: setup.quotes });
  return article.entities.find((e) => e.name === name)!.sentiment!;
}

describe('sentiment towards entities', () => {
  it('reads how the sentences that mention an entity speak of it', () => {
    expect(entity('Critics called Smith a corrupt and incompetent liar.', 'Smith').label).toBe('negative');
    expect(entity('Smith won praise for a brilliant, courageous speech.', 'Smith').label).toBe('positive');
    expect(entity('Smith arrived in Paris on Monday.', 'Smith').label).toBe('neutral');
  });

  it('leaves out the entity’s own quoted words: they say nothing about how others see it', () => {
    const text = '“The plan is a disaster and a terrible failure,” Jones said.';
    const quotes = [{ text: 'The plan is a disaster and a terrible failure,', speaker: 'Jones' }];
    expect(entity(text, 'Jones', { quotes }).label).toBe('neutral');
  });

  it('counts what a speaker says about someone else against that someone', () => {
    const text = '“Brown is a disaster and a terrible failure,” Jones said.';
    const quotes = [{ text: 'Brown is a disaster and a terrible failure,', speaker: 'Jones' }];
    expect(entity(text, 'Brown', { entities: { Jones: ['Jones'] }, quotes }).label).toBe('negative');
  });

  it('reads the subject of a speech verb as the speaker of what follows, not its topic', () => {
    expect(entity('Jones said the storm caused terrible damage.', 'Jones').label).toBe('neutral');
    expect(entity('“The storm caused terrible damage,” said Jones.', 'Jones').label).toBe('neutral');
    expect(entity('Jones said the storm caused damage, and was praised for his brave, wonderful work.', 'Jones').label).toBe('positive');
    expect(entity('Officials said Jones was a corrupt liar.', 'Jones').label).toBe('negative');
    expect(entity('Jones, a former official, said the storm caused terrible damage.', 'Jones').label).toBe('neutral');
  });

  it('reads a verb of judging towards the one judged, not the one who judges', () => {
    expect(entity('Prosecutors indicted Smith on Monday.', 'Smith').label).toBe('negative');
    expect(entity('Smith was criticized on Monday.', 'Smith').label).toBe('negative');
    expect(entity('Smith was praised on Monday.', 'Smith').label).toBe('positive');
    expect(entity('Smith indicted the bankers on Monday.', 'Smith').label).toBe('neutral');
    expect(entity('Smith criticized the plan on Monday.', 'Smith').label).toBe('neutral');
  });

  it('reads a harm that befell a person as what happened to them, not as a view of them', () => {
    expect(entity('Police found the murder of Smith on Monday.', 'Smith').label).toBe('neutral');
    expect(entity('Smith committed murder on Monday.', 'Smith').label).toBe('negative');
  });

  it('weighs words near the mention over words far from it', () => {
    const near = entity('Brown failed miserably, while across town the festival was a wonderful, joyful success.', 'Brown');
    expect(near.label).toBe('negative');
  });

  it('reads an object pronoun after a break as the person named last before it', () => {
    expect(entity('Smith lives on a quiet street, where the neighbours gathered to condemn him.', 'Smith').label).toBe('negative');
    expect(entity('Smith retired last year, and the council accused him on Monday.', 'Smith').label).toBe('negative');
  });

  it('gives names joined by “and” the verb that acts on the first of them', () => {
    expect(entity('Voters in the district thanked Brown and Dr. Smith for the work.', 'Smith', { entities: { Brown: ['Brown'] } }).label).toBe('positive');
    expect(entity('Business groups issued statements praising him and Ms. Smith.', 'Smith').score).toBeGreaterThan(0.2);
  });

  it('does not read an object pronoun in the same clause as its subject: that is someone else', () => {
    expect(entity('Smith criticized him on Monday.', 'Smith').label).toBe('neutral');
  });

  it('lets only the names of those who act or are judged take words from the entity, not places', () => {
    const scoreWith = (otherType: 'GPE' | 'PERSON') => {
      const article = prepare('Smith toured Ohio, to joyful cheers and wonderful praise.', { entities: { Smith: ['Smith'], Ohio: ['Ohio'] } });
      article.entities.find((e) => e.name === 'Ohio')!.type = otherType;
      runSentiment(article);
      return article.entities.find((e) => e.name === 'Smith')!.sentiment!.score;
    };
    expect(scoreWith('GPE')).toBeGreaterThan(scoreWith('PERSON'));
    expect(scoreWith('GPE')).toBeGreaterThan(0.05);
  });
});
