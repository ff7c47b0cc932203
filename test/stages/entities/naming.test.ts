import { describe, expect, it } from 'vitest';
import { analyse, entity, names } from './helpers.js';

describe('entities: finding whole names', () => {
  it('keeps inner commas, "of" and "and" of a ministry name, and binds its bracketed acronym and later uses', () => {
    const article = analyse('Officials at the Ministry of Health, Labour and Welfare (MHLW) said the plan was ready. MHLW will publish it in May.');
    const ministry = entity(article, 'Ministry of Health, Labour and Welfare');
    expect(ministry.type).toBe('ORG');
    expect(ministry.mentions.map((m) => m.text)).toEqual(['Ministry of Health, Labour and Welfare', 'MHLW', 'MHLW']);
  });

  it('does not join a plain list of countries', () => {
    const article = analyse('Delegations from Chile, Peru, Bolivia and Ecuador arrived on Monday.');
    expect(names(article)).toEqual(['Chile', 'Peru', 'Bolivia', 'Ecuador']);
    expect(article.entities.every((e) => e.type === 'GPE')).toBe(true);
  });

  it('keeps hyphens and en dashes inside names', () => {
    const article = analyse('The first Brazil–Mercosur Summit opened, and President Jean-Claude Ardent spoke.');
    expect(entity(article, 'Brazil–Mercosur Summit').type).toBe('EVENT');
    expect(entity(article, 'Jean-Claude Ardent').type).toBe('PERSON');
  });

  it('leaves possessive endings, quotes and punctuation out of mentions', () => {
    const article = analyse('Norway’s oil fund grew, and Chile\'s exports rose after the “Lima Accord” was signed.');
    expect(entity(article, 'Norway').mentions[0].text).toBe('Norway');
    expect(entity(article, 'Chile').mentions[0].text).toBe('Chile');
    expect(entity(article, 'Lima Accord').mentions[0].text).toBe('Lima Accord');
    for (const e of article.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('types names by their inner words: treaties, summits, groups, companies, seas and routes', () => {
    const article = analyse(
      'Leaders cited the Treaty on the Prohibition of Chemical Weapons at the Andes Summit. Marlow Group and Teller Corp. shipped goods across the Baltic Sea along the Northern Freight Route.',
    );
    expect(entity(article, 'Treaty on the Prohibition of Chemical Weapons').type).toBe('LAW');
    expect(entity(article, 'Andes Summit').type).toBe('EVENT');
    expect(entity(article, 'Marlow Group').type).toBe('ORG');
    expect(entity(article, 'Teller Corp.').type).toBe('ORG');
    expect(entity(article, 'Baltic Sea').type).toBe('LOC');
    expect(entity(article, 'Northern Freight Route').type).toBe('FAC');
  });

  it('reads nationalities as NORP, apart from the title and name that follow', () => {
    const article = analyse('Kazakh President Arman Seitkali met Chilean officials.');
    expect(entity(article, 'Kazakh').type).toBe('NORP');
    expect(entity(article, 'Chilean').type).toBe('NORP');
    expect(entity(article, 'Arman Seitkali').type).toBe('PERSON');
  });

  it('does not take capitalised sentence openers, quotation openers or list labels for names', () => {
    const article = analyse(
      'Ministers met in Lima.\nApplying the rules, Ministers agreed.\nThe plan has three parts:\n- Energy Transition: solar parks and grids.\n- Water: new dams.\n“Progress is slow,” an aide said.',
    );
    expect(names(article)).toEqual(['Lima']);
  });

  it('never reads entities from the trailer or reader comments', () => {
    const article = analyse('---\ncomments:\n  - "Peru again? Ask Carlos Mendoza."\n---\nTrade with Peru grew.\nFollow this writer on X: @Some_Writer');
    expect(names(article)).toEqual(['Peru']);
    expect(entity(article, 'Peru').mentions).toHaveLength(1);
  });
});

describe('entities: naming each entity once', () => {
  it('resolves a surname to the full name and keeps the title as a role', () => {
    const article = analyse('Chancellor Olaf Brenner visited Oslo. Brenner said the talks went well.');
    const person = entity(article, 'Olaf Brenner');
    expect(person.roles).toEqual(['Chancellor']);
    expect(person.mentions.map((m) => m.text)).toEqual(['Olaf Brenner', 'Brenner']);
    expect(names(article)).not.toContain('Chancellor');
  });

  it('binds plural and misspelt forms of a long name to it', () => {
    const article = analyse(
      'The Nordic Plus Baltic Council met in Riga. There have been five Nordic Plus Baltic Councils so far. The next Nordic Plus Baltik Council is in Tallinn.',
    );
    const council = entity(article, 'Nordic Plus Baltic Council');
    expect(council.mentions.map((m) => m.text)).toEqual(['Nordic Plus Baltic Council', 'Nordic Plus Baltic Councils', 'Nordic Plus Baltik Council']);
    expect(names(article).filter((n) => n.startsWith('Nordic'))).toHaveLength(1);
  });

  it('gives well-known short forms their canonical names', () => {
    const article = analyse('The US and the EU agreed. Exports to the U.S. rose while the EU hesitated.');
    expect(entity(article, 'United States').mentions.map((m) => m.text)).toEqual(['US', 'U.S.']);
    expect(entity(article, 'European Union').mentions.map((m) => m.text)).toEqual(['EU', 'EU']);
  });

  it('binds a company’s first word, used alone, to the company', () => {
    const article = analyse('Varnholt Motor Company cut jobs on Monday. Varnholt said sales fell.');
    expect(entity(article, 'Varnholt Motor Company').mentions.map((m) => m.text)).toEqual(['Varnholt Motor Company', 'Varnholt']);
  });

  it('finds a known name again at the start of a sentence', () => {
    const article = analyse('Analysts praised Orlen Dynamics on Monday.\nOrlen Dynamics shares rose.');
    expect(entity(article, 'Orlen Dynamics').mentions).toHaveLength(2);
  });
});
