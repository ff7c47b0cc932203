import { describe, expect, it } from 'vitest';
import { analyse, entity, names } from './helpers.js';

describe('entities: typing names no gazetteer lists', () => {
  it('reads a first name followed by a capitalised word as a person, and binds the surname alone', () => {
    const article = analyse('The prize went to Margaret Oyelaran last year. Oyelaran thanked her team.');
    const person = entity(article, 'Margaret Oyelaran');
    expect(person.type).toBe('PERSON');
    expect(person.mentions.map((m) => m.text)).toEqual(['Margaret Oyelaran', 'Oyelaran']);
  });

  it('reads a name whose last word the article uses alone as a person, whose first word it uses alone as a company', () => {
    const person = analyse('The essay by Gotthard Lindqvar appeared in 1780. Critics admired Lindqvar for it.');
    expect(entity(person, 'Gotthard Lindqvar').type).toBe('PERSON');
    const company = analyse('Trondal Vasker won the contract. Trondal will build the plant.');
    expect(entity(company, 'Trondal Vasker').type).toBe('ORG');
    expect(entity(company, 'Trondal Vasker').mentions).toHaveLength(2);
  });

  it('types towns from the GeoNames list, and a compass word before a known place as part of it', () => {
    const article = analyse('The firm moved from Burnaby to Western Australia.');
    expect(entity(article, 'Burnaby').type).toBe('GPE');
    expect(entity(article, 'Western Australia').type).toBe('GPE');
  });

  it('reads titles in quotation marks as works and a capitalised plural after "the" as a people', () => {
    const article = analyse('She sang “Winter Lanterns Fall” at the festival, a song about the Vendarites and their exile.');
    expect(entity(article, 'Winter Lanterns Fall').type).toBe('WORK_OF_ART');
    expect(entity(article, 'Vendarites').type).toBe('NORP');
  });

  it('keeps a capitalised "The" that is part of a name inside a sentence, not at its start', () => {
    const article = analyse('He played at The Copper Lantern in 1999. The band split later.');
    expect(entity(article, 'The Copper Lantern').mentions[0].text).toBe('The Copper Lantern');
  });

  it('splits two known names written side by side', () => {
    const article = analyse('During World War II Hungary sided with Germany.');
    expect(entity(article, 'World War II').type).toBe('EVENT');
    expect(entity(article, 'Hungary').type).toBe('GPE');
  });

  it('drops an English word that opens the sentence before a name', () => {
    const article = analyse('Seniors Margaret Oyelaran and Daniel Voss were honoured.');
    expect(names(article)).toEqual(['Margaret Oyelaran', 'Daniel Voss']);
  });

  it('keeps English words written with capitals only when the article uses them as a name', () => {
    const headingWords = analyse('He was a Writing Fellow at Leicester and taught Poetry there.');
    expect(names(headingWords)).toEqual(['Leicester']);
    const company = analyse('Analysts say Airbus will deliver more jets. Airbus said demand was strong, and rivals expect Airbus to win.');
    expect(entity(company, 'Airbus').mentions).toHaveLength(3);
  });

  it('reads airlines named after a country as organisations', () => {
    const article = analyse('The jets were ordered by Air Moldova for routes to Italy.');
    expect(entity(article, 'Air Moldova').type).toBe('ORG');
  });

  it('gives a guessed name in a list of three or more the type of a known name in the list', () => {
    const article = analyse('The regiment marched through Pellingford, Tarsby and Frederick before resting.');
    expect(entity(article, 'Pellingford').type).toBe('GPE');
    expect(entity(article, 'Tarsby').type).toBe('GPE');
  });

  it('reads a name defined as a village as a place, even at the start of a sentence', () => {
    const article = analyse('Quenby Marsh is a small village in the east.\nHelvoe is a hamlet nearby.');
    expect(entity(article, 'Quenby Marsh').type).toBe('GPE');
    expect(entity(article, 'Helvoe').type).toBe('GPE');
  });

  it('keeps a quoted nickname inside a person’s name', () => {
    const article = analyse('The winger William "Cowboy" Harlan scored twice.');
    expect(entity(article, 'William "Cowboy" Harlan').type).toBe('PERSON');
  });

  it('reads every later use of a surname as the person, even where the context calls it a place', () => {
    const article = analyse('The winger Ken Norton scored. Near Halifax, Norton trained. Norton won, and Norton retired.');
    const person = entity(article, 'Ken Norton');
    expect(person.type).toBe('PERSON');
    expect(person.mentions).toHaveLength(4);
  });

  it('reads a surname as the person even where a town has the same name', () => {
    const article = analyse('The boxer Ken Norton fought in 1973. Norton won on points.');
    const person = entity(article, 'Ken Norton');
    expect(person.type).toBe('PERSON');
    expect(person.mentions.map((m) => m.text)).toEqual(['Ken Norton', 'Norton']);
  });
});
