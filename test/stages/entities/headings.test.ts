import { describe, expect, it } from 'vitest';
import { analyse, entity, names } from './helpers.js';

describe('entities: people in headings whose capitals say nothing', () => {
  it('finds a given name and the surname after it in a line in capitals', () => {
    const article = analyse('DANIEL OKAFOR WINS SEAT IN TIGHT RACE\nThe count ended late.');
    expect(entity(article, 'DANIEL OKAFOR').type).toBe('PERSON');
    expect(names(article)).toEqual(['DANIEL OKAFOR']);
  });

  it('keeps the mention’s own text and offsets', () => {
    const article = analyse('RIVALS CLASH AS MARGARET OYELARAN DENIES CLAIM\nThe vote is on Friday.');
    const [mention] = entity(article, 'MARGARET OYELARAN').mentions;
    expect(article.text.slice(mention.start, mention.end)).toBe('MARGARET OYELARAN');
  });

  it('reads a lone word that the surname list knows as a person, and English words as nothing', () => {
    const article = analyse('FILES SHOW KOWALSKI UNDER INVESTIGATION EARLIER THAN THOUGHT\nThe files were released on Monday.');
    expect(names(article)).toEqual(['KOWALSKI']);
    expect(entity(article, 'KOWALSKI').type).toBe('PERSON');
  });

  it('ends a titled name at the first English word of the heading', () => {
    const article = analyse('PRESIDENT OKAFOR FIRES BROADSIDE AT CRITICS\nThe speech was long.');
    expect(names(article)).toEqual(['OKAFOR']);
  });

  it('gives a heading the names that the rest of the article uses', () => {
    const article = analyse('BRANDVIK POSTS PICTURE OF REPORT\nThe report said that Brandvik had left.');
    expect(entity(article, 'Brandvik').mentions.map((m) => m.text)).toEqual(['BRANDVIK', 'Brandvik']);
  });

  it('reads the name before a colon that opens a heading as a speaker’s, but not an English word', () => {
    expect(entity(analyse('OSTRANDER: RIVALS ABUSING THEIR POWER\nHe spoke on Monday.'), 'OSTRANDER').type).toBe('PERSON');
    expect(names(analyse('BREAKING: RIVALS ABUSING THEIR POWER\nHe spoke on Monday.'))).toEqual([]);
  });

  it('finds a person in a title-case heading', () => {
    expect(entity(analyse('Rivals Clash as Anna Vos Concedes in Tight Race\nThe count ended late.'), 'Anna Vos').type).toBe('PERSON');
  });
});
