import { describe, expect, it } from 'vitest';
import { entityId } from '../../../src/stages/entities/names.js';
import { analyse, entity } from './helpers.js';

describe('entities: ids and order', () => {
  it('derives the id from the type and an ASCII slug of the canonical name', () => {
    expect(entityId('PERSON', 'Olaf Brenner')).toBe('person-olaf-brenner');
    expect(entityId('PERSON', 'László Kovács')).toBe('person-laszlo-kovacs');
    expect(entityId('EVENT', 'Brazil–Mercosur Summit')).toBe('event-brazil-mercosur-summit');
    expect(entityId('ORG', 'Ministry of Health, Labour and Welfare')).toBe('org-ministry-of-health-labour-and-welfare');
  });

  it('gives the same entity the same id in different articles, whatever form it takes there', () => {
    const first = analyse('Exports to the US rose.');
    const second = analyse('The United States and Peru signed a deal.');
    expect(entity(first, 'United States').id).toBe('gpe-united-states');
    expect(entity(second, 'United States').id).toBe(entity(first, 'United States').id);
  });

  it('sorts entities by their first mention and mentions by position, and gives the same output every run', () => {
    const text = 'Peru and Chile met Olaf Brenner in Lima. Brenner then flew to Chile and the Andes Summit.';
    const article = analyse(text);
    const starts = article.entities.map((e) => e.mentions[0].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const e of article.entities) expect(e.mentions.map((m) => m.start)).toEqual([...e.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(JSON.stringify(analyse(text).entities)).toBe(JSON.stringify(article.entities));
  });
});
