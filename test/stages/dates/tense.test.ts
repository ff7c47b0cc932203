import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { tenseAt, verbGroups } from '../../../src/stages/dates/tense.js';

function groupsOf(sentence: string) {
  const article = analyse(`${sentence}\n`);
  const first = article.sentences[0];
  return { article, groups: verbGroups(article.tokens, first.tokenStart, first.tokenEnd) };
}

function tenses(sentence: string) {
  const { article, groups } = groupsOf(sentence);
  return groups.map((group) => [article.text.slice(group.start, group.end), group.tense]);
}

describe('verb groups and their tense', () => {
  it('reads will, modals and "plans to" as looking ahead', () => {
    expect(tenses('The summit will be held in Kazakhstan.')).toContainEqual(['will be held', 'future']);
    expect(tenses('The deal should be completed in October.')).toContainEqual(['should be completed', 'future']);
    expect(tenses('South Korea plans to host a summit.')).toContainEqual(['plans to host', 'future']);
  });

  it('reads past forms, regular and irregular', () => {
    expect(tenses('The leaders signed a declaration.')).toContainEqual(['signed', 'past']);
    expect(tenses('Sales fell sharply.')).toContainEqual(['fell', 'past']);
    expect(tenses('The summit was held in Tokyo.')).toContainEqual(['was held', 'past']);
  });

  it('does not take a capitalised name for a verb, nor the month May for a modal', () => {
    expect(tenses('In the fourth quarter, Ford brand sales were up.')).toEqual([['were', 'past']]);
    expect(tenses('Sales fell in May.').map(([, tense]) => tense)).toEqual(['past']);
  });

  it('lets the nearest verb group before a date govern it, else the first after it', () => {
    const { article, groups } = groupsOf('He said the plant will open in March.');
    expect(tenseAt(groups, article.text.indexOf('March'))).toBe('future');
    const later = groupsOf('On December 10, the company shipped six trains.');
    expect(tenseAt(later.groups, later.article.text.indexOf('December'))).toBe('past');
  });
});
