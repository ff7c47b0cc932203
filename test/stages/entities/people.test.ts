import { describe, expect, it } from 'vitest';
import { analyse, entity, names } from './helpers.js';

describe('entities: people in news', () => {
  describe('finding a lone name', () => {
    it('keeps a word capitalised inside a sentence that English capitalises only as a name, whatever it means in lower case', () => {
      const article = analyse('The talks stalled when Crane left the room, and the board waited for Hawker.');
      expect(names(article)).toEqual(['Crane', 'Hawker']);
    });

    it('still drops an English word that is capitalised for emphasis inside a sentence', () => {
      expect(names(analyse('He taught Poetry there for years.'))).toEqual([]);
    });

    it('keeps a sentence’s first word when a verb follows it and it is no English word', () => {
      expect(names(analyse('Okonkwo had been in contact with the ministry.'))).toEqual(['Okonkwo']);
      expect(names(analyse('Okonkwo also held talks with the unions.'))).toEqual(['Okonkwo']);
      expect(names(analyse('Weir offered no evidence for the claim.'))).toEqual(['Weir']);
    });

    it('keeps a sentence’s first word before ", who", "and his" or a possessive', () => {
      expect(entity(analyse('Adebayo, who chairs the panel, left early.'), 'Adebayo').type).toBe('PERSON');
      expect(entity(analyse('Nwosu and his wife left the city.'), 'Nwosu').type).toBe('PERSON');
      expect(names(analyse('Petrescu’s plan was rejected.'))).toEqual(['Petrescu']);
    });

    it('keeps a plural-looking first word that takes a singular verb', () => {
      expect(names(analyse('Fountains has long opposed the plan.'))).toEqual(['Fountains']);
      expect(names(analyse('Officials said the plan was dead.'))).toEqual([]);
    });

    it('drops sentence openers that are English words, whatever follows them', () => {
      expect(names(analyse('Leaders met on Monday.\nApplying the rules was hard.\nUpdate: the site is down.'))).toEqual([]);
    });

    it('reads a name before a colon at the start of a headline as a name', () => {
      expect(names(analyse('Okafor: the vote was rigged'))).toEqual(['Okafor']);
    });

    it('reads the name after a closing straight quotation mark as inside the sentence', () => {
      const article = analyse('"We are done here," Brandvik said.');
      expect(entity(article, 'Brandvik').type).toBe('PERSON');
    });

    it('keeps a surname that opens with a capitalised particle', () => {
      expect(names(analyse('A warrant was issued for De Lima’s arrest on Friday.'))).toEqual(['De Lima']);
    });

    it('keeps an English word inside a sentence when only people do what follows it', () => {
      expect(entity(analyse('They believe Brown died from his wounds.'), 'Brown').type).toBe('PERSON');
    });
  });

  describe('where a person’s name starts and ends', () => {
    it('keeps a party leader’s title and the body before it out of the name', () => {
      const article = analyse('Senate Majority Leader Daniel Voss spoke first.');
      expect(names(article)).toEqual(['Senate', 'Daniel Voss']);
      expect(entity(article, 'Daniel Voss').roles).toEqual(['Majority Leader']);
    });

    it('splits a known name from the person named after it', () => {
      expect(names(analyse('He met the envoy to the United Nations Margaret Oyelaran today.'))).toEqual(['United Nations', 'Margaret Oyelaran']);
    });

    it('does not join two names across an em dash', () => {
      expect(names(analyse('But Okonkwo—and Brandvik, too—agreed. Okonkwo and Brandvik left.'))).toEqual(['Okonkwo', 'Brandvik']);
    });

    it('keeps the Arabic article joined to a name as part of the name', () => {
      expect(names(analyse('The fate of Bashar al-Assad was sealed.'))).toEqual(['Bashar al-Assad']);
      expect(entity(analyse('Bashar al-Assad’s fate was sealed.'), 'Bashar al-Assad').type).toBe('PERSON');
    });

    it('never reads a contracted "I" as a name', () => {
      expect(names(analyse('He said I’m done and I\'ll leave.'))).toEqual([]);
    });
  });

  describe('typing a lone name', () => {
    it('reads a word the surname list knows as a person', () => {
      expect(entity(analyse('The contract went to Kowalski in the end.'), 'Kowalski').type).toBe('PERSON');
    });

    it('reads "X, who", "X’s wife" and "an X aide" as a person', () => {
      expect(entity(analyse('The vote went to Ostrander, who won easily.'), 'Ostrander').type).toBe('PERSON');
      expect(entity(analyse('The report named Ostrander’s wife as a witness.'), 'Ostrander').type).toBe('PERSON');
      expect(entity(analyse('Bharadi was once an Ostrander aide.'), 'Ostrander').type).toBe('PERSON');
    });

    it('reads a name that "he" or "she" takes up in the next clause as a person', () => {
      expect(entity(analyse('Adebayo met the board, and he said the deal was off.'), 'Adebayo').type).toBe('PERSON');
      expect(entity(analyse('Velmora met the board, and it said the deal was off.'), 'Velmora').type).toBe('ORG');
    });

    it('does not read a lone name that announces something as a person: companies announce too', () => {
      expect(entity(analyse('Velmora announced a recall of its vans.'), 'Velmora').type).toBe('ORG');
    });

    it('reads a lone name beside a sure person, joined by "and", as a person, but not a name in apposition', () => {
      expect(entity(analyse('Talks between Helen Okafor and Brandvik ended.'), 'Brandvik').type).toBe('PERSON');
      expect(analyse('The head of Dacora, Ion Petrescu, resigned.').entities.find((e) => e.name === 'Dacora')?.type).not.toBe('PERSON');
    });

    it('reads a surname shared by two people named in full as a person’s', () => {
      const article = analyse('Charlie Ostrander and Michael Ostrander played. Later, Ostrander was a key player.');
      const alone = article.entities.find((e) => e.name === 'Ostrander');
      expect(alone?.type).toBe('PERSON');
    });

    it('reads a name in capitals that opens with a given name as a person', () => {
      expect(entity(analyse('MARGARET OYELARAN: We will not stop here.'), 'MARGARET OYELARAN').type).toBe('PERSON');
    });

    it('reads a person’s supporters as a person’s, not a team’s', () => {
      expect(entity(analyse('Many of Margaret Oyelaran’s supporters cheered.'), 'Margaret Oyelaran').type).toBe('PERSON');
    });
  });
});
