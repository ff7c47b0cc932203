import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.js';

describe('entities: what the article says a name is', () => {
  it('types a name by the head noun of its definition, past a bracket and a plural verb', () => {
    const village = analyse('Drelsby (also Drellesbie) is a small village in the north.');
    expect(entity(village, 'Drelsby').type).toBe('GPE');
    const band = analyse('The band played well. Quorn Lattice are a four-piece electro / synth band from the coast.');
    expect(entity(band, 'Quorn Lattice').type).toBe('ORG');
    const convention = analyse('Every spring, fans travel far. VexCon is a large convention held each May. VexCon moved in 1999.');
    const event = entity(convention, 'VexCon');
    expect(event.type).toBe('EVENT');
    expect(event.mentions).toHaveLength(2);
  });

  it('looks through words that only gather what follows "of", and skips adjectives to the head', () => {
    const series = analyse('Tramvelo is a series of remix compilation albums from the 1990s.');
    expect(entity(series, 'Tramvelo').type).toBe('WORK_OF_ART');
    const language = analyse('Linguists disagree whether Ostavan is the same language as its neighbour.');
    expect(entity(language, 'Ostavan').type).toBe('LANGUAGE');
    const person = analyse('Helka Travin was a Finnish jazz pianist who toured widely.');
    expect(entity(person, 'Helka Travin').type).toBe('PERSON');
  });

  it('does not take a definition that belongs to someone else', () => {
    const article = analyse('The visitors met in Porvanto, the city’s mayor said on Monday.');
    expect(article.entities.find((e) => e.name === 'Porvanto')?.type).not.toBe('PERSON');
  });

  it('reads a sentence-opening title, small words and all, when the sentence defines it as a work', () => {
    const album = analyse('A Storm Across Brellin is the debut album of the group. It sold well.');
    expect(entity(album, 'A Storm Across Brellin').type).toBe('WORK_OF_ART');
    const episode = analyse('Trouble for Danvik is an episode of the second season.');
    const work = entity(episode, 'Trouble for Danvik');
    expect(work.type).toBe('WORK_OF_ART');
    expect(episode.entities).toHaveLength(1);
    expect(analyse('Lovers of his films were thrillers.').entities).toEqual([]);
  });

  it('types a name by the kind of thing named just before it', () => {
    const pianist = analyse('The owner hires the pianist Ondrás to play in his bar.');
    expect(entity(pianist, 'Ondrás').type).toBe('PERSON');
    const romance = analyse('He also wrote the romance Velmadé in his old age.');
    expect(entity(romance, 'Velmadé').type).toBe('WORK_OF_ART');
    const anthem = analyse('Like France, the northern kingdom has its anthem, The Velbrançonne, sung at games.');
    expect(entity(anthem, 'The Velbrançonne').type).toBe('WORK_OF_ART');
  });

  it('reads a family or brothers named by a name as people, and a series named by it as works', () => {
    const family = analyse('The firm was run by the Carvoli family until 1999.');
    expect(entity(family, 'Carvoli').type).toBe('PERSON');
    const brothers = analyse('The salon was visited by the Tressel brothers.');
    expect(entity(brothers, 'Tressel').type).toBe('PERSON');
    const series = analyse('The scoring is as in the Beatvanta series of games.');
    expect(entity(series, 'Beatvanta').type).toBe('WORK_OF_ART');
  });

  it('reads an example of a kind as of that kind, and a list of examples with it', () => {
    const article = analyse('Critics compare them to bands like Velvet Order, Quorrel and Tannish Glow.');
    for (const name of ['Velvet Order', 'Quorrel', 'Tannish Glow']) expect(entity(article, name).type).toBe('ORG');
  });

  it('reads a capitalised kind noun alone as no name', () => {
    const article = analyse('She worked as a Developer, Producer and Actor in Lisbon.');
    expect(article.entities.map((e) => e.name)).toEqual(['Lisbon']);
  });

  it('reads what buys or owns a firm as a firm', () => {
    const article = analyse('In 1994 the maker was bought by Quellwart and later moved abroad.');
    expect(entity(article, 'Quellwart').type).toBe('ORG');
  });

  it('reads a name followed by the kind of division it names as a place', () => {
    const article = analyse('Reichelbach is a small place in the Odenmarkkreis district of Hesse.');
    expect(entity(article, 'Odenmarkkreis').type).toBe('GPE');
  });

  it('reads the name after "the village of" as a place even when it opens with a given name', () => {
    const article = analyse('The laboratory lies in the nearby village of Laurel Brook on the shore.');
    expect(entity(article, 'Laurel Brook').type).toBe('GPE');
  });

  it('reads what lies near a place as a place', () => {
    const article = analyse('The factory was founded in 1922 in Oberwald, near Nuremberg, as a pencil maker.');
    expect(entity(article, 'Oberwald').type).toBe('GPE');
  });

  it('reads the author of a citation in brackets as a person', () => {
    const article = analyse('The two are one language, as one study (Ruhvalen 1987) says, but others dispute this (Tesskar, 1990).');
    expect(entity(article, 'Ruhvalen').type).toBe('PERSON');
    expect(entity(article, 'Tesskar').type).toBe('PERSON');
  });

  it('reads a title word closing a name after a given name as a surname', () => {
    const article = analyse('She was a translator of John Locke and Alexander Pope.');
    expect(entity(article, 'Alexander Pope').type).toBe('PERSON');
  });
});

describe('entities: names listed together', () => {
  it('gives a lone guessed word paired with a sure place the type of the place', () => {
    const article = analyse('The troops took the villages of Lougavo and Tounara, where the queen waited.');
    expect(entity(article, 'Lougavo').type).toBe('GPE');
    expect(entity(article, 'Tounara').type).toBe('GPE');
  });

  it('counts a name typed surely elsewhere in the article as sure in a list', () => {
    const article = analyse('Kesbury is a village in the hills. Travellers pass Kesbury, Morvanth and Dellick on the way.');
    expect(entity(article, 'Morvanth').type).toBe('GPE');
    expect(entity(article, 'Dellick').type).toBe('GPE');
  });

  it('reads a list whose first name is what a verb wrote or made as works or products', () => {
    const works = analyse('Later he wrote the Pelladon, a dialogue on the soul.');
    expect(entity(works, 'Pelladon').type).toBe('WORK_OF_ART');
    const products = analyse('The firm also produces Vimoro, Estaplast and Quaralit modelling clay.');
    for (const name of ['Vimoro', 'Estaplast', 'Quaralit']) expect(entity(products, name).type).toBe('PRODUCT');
  });
});

describe('entities: peoples before capitalised words', () => {
  it('reads a people before capitalised words that describe a lower-case noun as the only name', () => {
    const article = analyse('Ivanov is a Russian Folk singer and composer.');
    expect(entity(article, 'Russian').type).toBe('NORP');
    expect(article.entities.map((e) => e.name)).not.toContain('Russian Folk');
  });
});

describe('entities: name heads', () => {
  it('reads a name closed by "Library" as an organisation', () => {
    const article = analyse('The papers went to the Harwell Carnegie Public Library in 1911.');
    expect(entity(article, 'Harwell Carnegie Public Library').type).toBe('ORG');
  });
});

describe('entities: lone words', () => {
  it('keeps a capitalised word written once, as news names many a company or person only once', () => {
    expect(analyse('The regiment fought near the river at Dalvenor in the spring.').entities.map((e) => e.name)).toEqual(['Dalvenor']);
  });

  it('keeps it when it recurs, opens a sentence as its subject, or its list gives it a kind', () => {
    const recurs = analyse('The plant belongs to Quennel. Quennel builds pumps.');
    expect(entity(recurs, 'Quennel').mentions).toHaveLength(2);
    expect(analyse('Quennel had been in contact with the ministry.').entities.map((e) => e.name)).toEqual(['Quennel']);
    expect(analyse('The rising output of Vandrel’s plant helped.').entities.map((e) => e.name)).toEqual(['Vandrel']);
    expect(entity(analyse('France’s Telvarin will supply electronics.'), 'Telvarin').type).toBe('ORG');
    const listed = analyse('The route runs through Paris, Dalvenor and Lyon.');
    expect(entity(listed, 'Dalvenor').type).toBe('GPE');
  });
});

describe('entities: other names of a thing', () => {
  it('gives a name the article presents as another name of something the kind of that thing', () => {
    const spelt = analyse('Aldersby is a village in the hills. Aldersby can be spelt as Azelby or even Hazelby.');
    expect(entity(spelt, 'Azelby').type).toBe('GPE');
    expect(entity(spelt, 'Hazelby').type).toBe('GPE');
    const bracket = analyse('Bank Tarrow (also Tarrowbank) is a suburb of the town.');
    expect(entity(bracket, 'Tarrowbank').type).toBe('GPE');
    const called = analyse('The band played in an area called Pampa Verosa near the river.');
    expect(entity(called, 'Pampa Verosa').type).not.toBe('ORG');
  });

  it('does not name a people adjective as the thing renamed', () => {
    const article = analyse('Adenet Vauclerc was a French minstrel, also known as Ro Adavin.');
    expect(entity(article, 'Ro Adavin').type).not.toBe('NORP');
  });
});

describe('entities: small signs of kind', () => {
  it('reads a town followed by a score as a team', () => {
    const article = analyse('The Falcons played in the bowl game, losing to Tulsa 63-7.');
    expect(entity(article, 'Tulsa').type).toBe('ORG');
  });

  it('reads capitals after a spelled-out count as a unit, not a place', () => {
    const article = analyse('He won all five fights in 1976, with two KOs.');
    expect(article.entities.map((e) => e.name)).not.toContain('KOs');
  });

  it('reads a name before "family of" or with digits as no family', () => {
    const article = analyse('The DC-9 family of jets ended that year.');
    expect(article.entities.find((e) => e.name === 'DC-9')?.type).not.toBe('PERSON');
  });

  it('drops an English word before a name that only the weaker first-name lists know, but not before a place', () => {
    const article = analyse('The honours went to Senior Darleen Vostrik and her team.');
    expect(entity(article, 'Darleen Vostrik').type).toBe('PERSON');
    const place = analyse('Ministers met at the Central Asia Plus Japan Dialogue in Tokyo.');
    expect(entity(place, 'Central Asia Plus Japan Dialogue').type).toBe('EVENT');
  });
});
