import { describe, expect, it } from 'vitest';
import { analyse, entity, names } from './helpers.js';

describe('entities: types from the words around a name', () => {
  it('reads a name after "the band", "the journal" or "played for" as an organisation', () => {
    const band = analyse('He sang in the band Copper Halyard Echo until 2001.');
    expect(entity(band, 'Copper Halyard Echo').type).toBe('ORG');
    const journal = analyse('The results appeared in the journal Marine Quarrels last spring.');
    expect(entity(journal, 'Marine Quarrels').type).toBe('ORG');
    const team = analyse('Before retiring he played for Dunmore Rovers in the second division.');
    expect(entity(team, 'Dunmore Rovers').type).toBe('ORG');
    const town = analyse('He played with Melbourne for years, and later coached Adelaide. The Adelaide player Ann Vos agreed.');
    expect(entity(town, 'Melbourne').type).toBe('ORG');
    expect(entity(town, 'Adelaide').type).toBe('ORG');
  });

  it('reads a name before "magazine" or "brand" as an organisation', () => {
    const article = analyse('A review in The Weekly Lantern magazine praised the Velvet Pine brand.');
    expect(entity(article, 'The Weekly Lantern').type).toBe('ORG');
    expect(entity(article, 'Velvet Pine').type).toBe('ORG');
  });

  it('reads a name after the kind of work it names as a work of art', () => {
    const article = analyse('Her debut album Quiet Harbours sold well, and the film Blue Orchard followed.');
    expect(entity(article, 'Quiet Harbours').type).toBe('WORK_OF_ART');
    expect(entity(article, 'Blue Orchard').type).toBe('WORK_OF_ART');
  });

  it('reads quoted titles after a kind of work whole, small words and all', () => {
    const article = analyse('He wrote the song "Let It Rain on Us," which became a hit, and the poem “Hymn”.');
    expect(entity(article, 'Let It Rain on Us').type).toBe('WORK_OF_ART');
    expect(entity(article, 'Hymn').type).toBe('WORK_OF_ART');
  });

  it('does not read quoted speech as a title', () => {
    const article = analyse('"We will not give up," said Maria Tolvanen.');
    expect(names(article)).toEqual(['Maria Tolvanen']);
  });

  it('reads a name before "people" as a people and before "language" as a language', () => {
    const article = analyse('The Quenari people live by the river. The Quenari language has few speakers, unlike Morvish.\nThe Velsk language is related.');
    expect(entity(article, 'Quenari').type).toBe('NORP');
    expect(entity(article, 'Velsk').type).toBe('LANGUAGE');
  });

  it('reads a name set beside "a suburb of" or after "the villages of" as a place', () => {
    const article = analyse('The store opened in Hollsby, a suburb of Aarhus. Troops reached the villages of Marnou and Tessaga.');
    expect(entity(article, 'Hollsby').type).toBe('GPE');
    expect(entity(article, 'Marnou').type).toBe('GPE');
  });

  it('reads a plural noun closing a place name, or after "the", as a team', () => {
    const article = analyse('The Dunmore Falcons beat the Ottawa Herons on Sunday.');
    expect(entity(article, 'Dunmore Falcons').type).toBe('ORG');
    expect(entity(article, 'Ottawa Herons').type).toBe('ORG');
  });

  it('reads a given name with a regnal number as a person', () => {
    const article = analyse('The treaty was signed under Louis XVI and later Carlos II.');
    expect(entity(article, 'Louis XVI').type).toBe('PERSON');
    expect(entity(article, 'Carlos II').type).toBe('PERSON');
  });

  it('reads two-word names with given names of other languages as people', () => {
    const article = analyse('The company was sold to Edson Varnel. Later Anastasiya Korvina joined the board.');
    expect(entity(article, 'Edson Varnel').type).toBe('PERSON');
    expect(entity(article, 'Anastasiya Korvina').type).toBe('PERSON');
  });

  it('knows first-level divisions of countries from country-region-data, and the people of those in -a', () => {
    const article = analyse('The firm moved its offices from Aberdeenshire to Badakhshan, beating fellow Minnesotan Scott Lund.');
    expect(entity(article, 'Aberdeenshire').type).toBe('GPE');
    expect(entity(article, 'Badakhshan').type).toBe('GPE');
    expect(entity(article, 'Minnesotan').type).toBe('NORP');
    expect(entity(article, 'Scott Lund').type).toBe('PERSON');
  });
});

describe('entities: what is not a name, and names of two kinds', () => {
  it('does not read a lone head word that refers back to a name as a name', () => {
    const article = analyse('The Harwell Institute of Marine Science opened in 1930. In 1939 the Institute closed its doors.');
    expect(names(article)).toEqual(['Harwell Institute of Marine Science']);
  });

  it('does not read capitals counted by a number as a name, but keeps a year before a name', () => {
    const article = analyse('He won 23 KOs in his career, and in 1998 NASCAR changed its rules.');
    expect(names(article)).toEqual(['NASCAR']);
  });

  it('reads a people word before another people or a place as one name', () => {
    const article = analyse('He served in the British Indian army and later governed French Sudan.');
    expect(entity(article, 'British Indian').type).toBe('NORP');
    expect(entity(article, 'French Sudan').type).toBe('GPE');
  });

  it('keeps a people word apart from a person or a known name after it', () => {
    const article = analyse('The Swiss Anna Keller won, ahead of the Japanese Toyota team.');
    expect(entity(article, 'Swiss').type).toBe('NORP');
    expect(entity(article, 'Anna Keller').type).toBe('PERSON');
    expect(entity(article, 'Japanese').type).toBe('NORP');
  });

  it('reads a maker’s name with a model number as a product, and a dated law or event under its own type', () => {
    const article = analyse('Ryanair ordered the Boeing 737 and the Airbus A320. The Water Act 2000 changed little.');
    expect(entity(article, 'Boeing 737').type).toBe('PRODUCT');
    expect(entity(article, 'Airbus A320').type).toBe('PRODUCT');
    expect(entity(article, 'Water Act 2000').type).toBe('LAW');
  });

  it('does not join a citation year to an author’s name', () => {
    const article = analyse('The word is old (Tarvel 1987) and still used.');
    expect(names(article)).not.toContain('Tarvel 1987');
  });

  it('keeps the possessive of a shop named after its founder when it owns nothing', () => {
    const article = analyse('The mall opened with Harlow\'s and Pennick\'s in 1979. Harlow\'s staff stayed.');
    expect(entity(article, "Harlow's").mentions.map((m) => m.text)).toEqual(["Harlow's", 'Harlow']);
    expect(entity(article, "Pennick's").mentions.map((m) => m.text)).toEqual(["Pennick's"]);
  });

  it('drops an English word before a first name also inside a sentence', () => {
    const article = analyse('The team was led by Senior Margaret Oyelaran and Daniel Voss.');
    expect(names(article)).toEqual(['Margaret Oyelaran', 'Daniel Voss']);
  });

  it('does not take a street after "on" into a hotel’s name', () => {
    const article = analyse('He lived at the Hotel Marvale on Collins Ave in Miami.');
    expect(names(article)).toEqual(['Hotel Marvale', 'Collins Ave', 'Miami']);
  });

  it('continues a department’s list of responsibilities when a place precedes its head', () => {
    const article = analyse('It was run by the Queensland Department of Natural Resources, Mines and Water until 2009.');
    expect(names(article)).toEqual(['Queensland Department of Natural Resources, Mines and Water']);
  });

  it('keeps a word the tokenizer breaks at an unfamiliar letter whole', () => {
    const article = analyse('He debuted with Steaua Bucureşti in 1992.');
    expect(names(article)).toEqual(['Steaua Bucureşti']);
  });

  it('finds a known name written with or without accents', () => {
    const article = analyse('They farmed in Perú before moving to Bogota.');
    expect(entity(article, 'Peru').mentions[0].text).toBe('Perú');
    expect(entity(article, 'Bogotá').type).toBe('GPE');
  });

  it('ends a company’s name at its legal form', () => {
    const article = analyse('Shares in Norvik Holdings Ltd Maria Tolvanen bought rose.');
    expect(names(article)).toEqual(['Norvik Holdings Ltd', 'Maria Tolvanen']);
  });

  it('keeps a company’s first word at the start of a sentence, whatever its part of speech', () => {
    const article = analyse('Ford Motor Company cut 30,000 jobs.');
    expect(names(article)).toEqual(['Ford Motor Company']);
  });

  it('leaves "-based" and "-led" out of the place or firm they follow', () => {
    const article = analyse('The Seattle-based firm joined a Norvik-led consortium.');
    expect(entity(article, 'Seattle').mentions[0].text).toBe('Seattle');
    expect(names(article)).toContain('Norvik');
  });

  it('does not read a quoted label introduced by an article as a title', () => {
    const article = analyse('Known as the "Poet of the Piano", Carmen Vidal toured widely.');
    expect(names(article)).toEqual(['Carmen Vidal']);
  });

  it('reads an area named after a place as a location', () => {
    const article = analyse('Rents rose across the Greater Dunmore Area last year.');
    expect(entity(article, 'Greater Dunmore Area').type).toBe('LOC');
  });

  it('binds a team’s plural nickname to the team', () => {
    const article = analyse('He signed with the Halden Wolverines in 1962. The Wolverines won the cup that year.');
    const team = entity(article, 'Halden Wolverines');
    expect(team.type).toBe('ORG');
    expect(team.mentions.map((m) => m.text)).toEqual(['Halden Wolverines', 'Wolverines']);
  });

  it('does not read a name as a person’s because its last word, typed as a place, stands alone', () => {
    const article = analyse('Circuit Park Velmoor is a race track near Velmoor. Velmoor is a town on the coast.');
    expect(entity(article, 'Velmoor').type).toBe('GPE');
    expect(entity(article, 'Circuit Park Velmoor').type).not.toBe('PERSON');
  });

  it('keeps a possessive before a unit or a place named after someone, but not one a known name owns', () => {
    const article = analyse('The regiment joined Hallam\'s Brigade of Tarver\'s Division near Sayler\'s Creek. Japan\'s Ministry of Defence and Japan\'s Cabinet met.');
    expect(names(article)).toEqual(["Hallam's Brigade", "Tarver's Division", "Sayler's Creek", 'Japan', 'Ministry of Defence']);
    expect(entity(article, "Sayler's Creek").type).toBe('LOC');
  });

  it('takes the ordinal that numbers an event into its name, and reads award ceremonies as events', () => {
    const article = analyse('The 38th Harlow Film Awards honored him, and he fought in the 2nd Battle of Ypres.');
    expect(entity(article, '38th Harlow Film Awards').type).toBe('EVENT');
    expect(entity(article, '2nd Battle of Ypres').type).toBe('EVENT');
  });

  it('takes a lower-case river, station or airport after an unknown name into the name', () => {
    const article = analyse('Tarbury railway station lies on the Velka river, far from Heathrow airport and Paris.');
    expect(entity(article, 'Tarbury railway station').type).toBe('FAC');
    expect(entity(article, 'Velka river').type).toBe('LOC');
    expect(entity(article, 'Heathrow airport').type).toBe('FAC');
    expect(entity(article, 'Paris').mentions[0].text).toBe('Paris');
  });

  it('reads a name followed by life dates or an age as a person, and by a lone year in brackets as a work', () => {
    const article = analyse('Adenet Voss (c. 1240 – c. 1300) was a poet. Marta Quell (1904 – 1980) starred in Harbour Lanterns (1944). Borislav Tarnek, 51, will lead it.');
    expect(entity(article, 'Adenet Voss').type).toBe('PERSON');
    expect(entity(article, 'Marta Quell').type).toBe('PERSON');
    expect(entity(article, 'Borislav Tarnek').type).toBe('PERSON');
    expect(entity(article, 'Harbour Lanterns').type).toBe('WORK_OF_ART');
  });

  it('does not read degrees or number words in capitals as names', () => {
    const article = analyse('She took a PhD at Leiden and won 11.7 Billion won in damages.');
    expect(names(article)).toEqual(['Leiden']);
  });

  it('reads a name opened by "Circuit", "Camp" or "Fort" as a facility', () => {
    const article = analyse('Recruits trained at Camp Harlan before the race at Circuit Park Velmoor.');
    expect(entity(article, 'Camp Harlan').type).toBe('FAC');
    expect(entity(article, 'Circuit Park Velmoor').type).toBe('FAC');
  });

  it('reads one English word and a weekday as a named day, but not a weekday after a company', () => {
    const article = analyse('Shops opened on Black Friday. The song Gloomy Sunday was banned. Halvorsen Corp. Tuesday said profits fell.');
    expect(entity(article, 'Black Friday').type).toBe('EVENT');
    expect(entity(article, 'Gloomy Sunday').type).toBe('WORK_OF_ART');
    expect(names(article)).toContain('Halvorsen Corp.');
    expect(names(article)).not.toContain('Halvorsen Corp. Tuesday');
  });

  it('types names by plural law heads, book titles and -isms', () => {
    const article = analyse('The Harlow Laws were repealed, the Velmoor Book was lost, and Quenarism spread.');
    expect(entity(article, 'Harlow Laws').type).toBe('LAW');
    expect(entity(article, 'Velmoor Book').type).toBe('WORK_OF_ART');
    expect(entity(article, 'Quenarism').type).toBe('NORP');
  });

  it('reads a name after a compass direction and "of" or "to", or after "the villagers of", as a place', () => {
    const article = analyse('The line runs south to Hollsea and north of Wirbek, serving the villagers of Tarnwick.');
    expect(entity(article, 'Hollsea').type).toBe('GPE');
    expect(entity(article, 'Wirbek').type).toBe('GPE');
    expect(entity(article, 'Tarnwick').type).toBe('GPE');
  });

  it('does not read a name that opens with a known place as a person’s, even if a list of given names has the word', () => {
    const article = analyse('He left the Labor party and joined Australia Forward in 1996.');
    expect(entity(article, 'Australia Forward').type).not.toBe('PERSON');
  });

  it('lets the article’s own definition of a name outweigh a town list', () => {
    const article = analyse('The queen ruled the Azna, a pagan people of the plains. The Azna fought on. Later the Azna left.');
    expect(entity(article, 'Azna').type).toBe('NORP');
  });

  it('does not take a noun phrase about something else for a definition', () => {
    const article = analyse('Shares of Tarvik, a company based in the village, rose.');
    expect(entity(article, 'Tarvik').type).not.toBe('GPE');
  });
});
