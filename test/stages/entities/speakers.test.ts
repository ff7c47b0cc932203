import { describe, expect, it } from 'vitest';
import { analyse, entity, names } from './helpers.js';

// Surnames that are also English words ('Hedge', 'Kettle', 'Sparrow', 'Teller'), written once, with no full
// name elsewhere in the text: only what the sentence says of them makes them people.
describe('entities: surnames that are English words', () => {
  describe('at the start of a sentence', () => {
    it('reads a word that speaks like a person as one', () => {
      expect(entity(analyse('Hedge said the parents were interviewed by detectives.'), 'Hedge').type).toBe('PERSON');
      expect(entity(analyse('Sparrow spoke at the convention in support of the bill.'), 'Sparrow').type).toBe('PERSON');
    });

    it('reads a word that "who" takes up as a person, however the tagger reads it', () => {
      expect(entity(analyse('Kettle, who served under two governors, saw the danger.'), 'Kettle').type).toBe('PERSON');
    });

    it('reads a surname that English capitalises only as a name before a participle’s clause as a person', () => {
      expect(entity(analyse('Pike, speaking slowly, looked at the camera.'), 'Pike').type).toBe('PERSON');
    });

    it('does not read plurals, collective and abstract nouns, quantifiers or adverbs that speak as people', () => {
      const texts = ['Police said the man fled.', 'Officials told reporters the plan was dead.', 'Many said the vote was rigged.', 'History tells a different story.', 'Meanwhile, who knows what comes next.'];
      for (const text of texts) expect(names(analyse(text))).toEqual([]);
    });

    it('does not read the noun that speaks in a headline written in sentence case as a person', () => {
      for (const text of ['Study says the drug works.', 'Lawyer says the client is innocent.', 'Pianist said the hall was cold.']) expect(names(analyse(text))).toEqual([]);
    });

    it('does not read an English word as a name when no verb of saying follows it', () => {
      expect(names(analyse('Hedge funds sold their shares.'))).toEqual([]);
      expect(names(analyse('Black smoke rose over the harbour.'))).toEqual([]);
    });

    it('does not read a word that speaks of itself as "it" as a person: firms say things too', () => {
      expect(names(analyse('Kettle said it would close two stores.'))).toEqual([]);
    });
  });

  describe('after the full name', () => {
    it('reads the surname alone as the person’s, but not the English word describing a noun or a name after it', () => {
      const article = analyse('Her aide Anna Hedge spoke first. Hedge funds sold early. Hedge said the sale was over. Hedge Capital agreed.');
      expect(entity(article, 'Anna Hedge').mentions.map((m) => m.text)).toEqual(['Anna Hedge', 'Hedge']);
    });
  });

  describe('inside a sentence', () => {
    it('reads a given name that someone is told something as a person, but not a newsroom', () => {
      expect(entity(analyse('Ostrander told Rose that the deal was off.'), 'Rose').type).toBe('PERSON');
      expect(names(analyse('She told Politico that the deal was off.'))).toEqual([]);
    });

    it('reads the maker of remarks as a person', () => {
      expect(entity(analyse('The race tightened after comments by Hedge on Sunday.'), 'Hedge').type).toBe('PERSON');
    });

    it('reads an owner of a class or a family member as a person', () => {
      expect(entity(analyse('Her son was in Kettle’s class.'), 'Kettle').type).toBe('PERSON');
      expect(entity(analyse('The board heard from Teller’s nephew.'), 'Teller').type).toBe('PERSON');
    });

    it('reads a given name after a person’s name and "and" as another person', () => {
      const article = analyse('Why let Helen Okafor and Thorn off the hook?');
      expect(entity(article, 'Thorn').type).toBe('PERSON');
    });

    it('splits a surname from a known body that it qualifies', () => {
      const article = analyse('He was a former Kowalski White House aide.');
      expect(names(article)).toEqual(['Kowalski', 'White House']);
      expect(entity(article, 'Kowalski').type).toBe('PERSON');
    });
  });
});
