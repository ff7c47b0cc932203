import { describe, expect, it } from 'vitest';
import { datesStage } from '../../../src/stages/dates/index.js';
import { analyse } from './analyse.js';

const SUMMIT = [
  'Central Asia Plus Japan summit',
  '',
  'The first summit was held in Tokyo on December 20, 2025, with five presidents.',
  'The US summit was held in November 2025 and Trump plans to invite them to Miami next year.',
  'South Korea plans to host a summit in 2026 after a delay.',
  'The second Russia summit was held last October.',
  'At this month’s summit, the leaders adopted a declaration.',
  '',
].join('\n');

describe('the reference date', () => {
  it('keeps the front matter date and resolves against it', () => {
    const article = analyse('---\ndate: 2009-06-04\n---\nGM files\n\nGM filed for bankruptcy yesterday.\n');
    expect(article.referenceDate).toEqual({ value: '2009-06-04', source: 'metadata' });
    expect(article.dates.map((d) => d.value)).toEqual(['2009-06-03']);
  });

  it('keeps the --reference-date option, which wins over front matter', () => {
    const article = analyse('---\ndate: 2009-06-04\n---\nGM files\n\nGM filed for bankruptcy yesterday.\n', '2010-01-02');
    expect(article.referenceDate).toEqual({ value: '2010-01-02', source: 'option' });
    expect(article.dates.map((d) => d.value)).toEqual(['2010-01-01']);
  });

  it('infers the month of the latest date the article reports as past, ignoring plans for later', () => {
    const article = analyse(SUMMIT);
    expect(article.referenceDate).toEqual({ value: '2025-12', source: 'inferred' });
    expect(article.dates.map((d) => [d.text, d.value])).toEqual([
      ['December 20, 2025', '2025-12-20'],
      ['November 2025', '2025-11'],
      ['next year', '2026'],
      ['2026', '2026'],
      ['last October', '2025-10'],
      ['this month', '2025-12'],
    ]);
  });

  it('does not take a deadline for the present', () => {
    const article = analyse('Cuts\n\nThe plan was drawn up in March 2024 and ends by 2030.\n');
    expect(article.referenceDate).toEqual({ value: '2024-03', source: 'inferred' });
  });

  it('takes the day from a dateline', () => {
    const article = analyse('A380 delayed\nSeptember 01, 2007\nThe new Airbus A380 was delayed today after an accident.\n');
    expect(article.referenceDate).toEqual({ value: '2007-09-01', source: 'inferred' });
    expect(article.dates.find((d) => d.text === 'today')?.value).toBe('2007-09-01');
  });

  it('leaves relative dates without a value when there is no reference date, never using the clock', () => {
    const article = analyse('Talks\n\nThe talks ended yesterday and resume next year, two weeks after the vote on Monday.\n');
    expect(article.referenceDate).toEqual({ value: null, source: 'none' });
    expect(article.dates.map((d) => [d.text, d.value, d.relative])).toEqual([
      ['yesterday', null, true],
      ['next year', null, true],
      ['two weeks', 'P2W', false],
      ['Monday', null, true],
    ]);
  });

  it('warns about a reference date that is not a date and leaves relative dates unresolved', () => {
    const article = analyse('Talks\n\nThe talks ended yesterday.\n', '2025-13-45');
    expect(article.dates.map((d) => d.value)).toEqual([null]);
    expect(article.messages).toContainEqual(expect.objectContaining({ severity: 'warning', stage: 'dates' }));
  });
});

describe('the dates layer', () => {
  it('reads only the article itself: no dates from the trailer or reader comments', () => {
    const article = analyse(
      '---\ndate: 2025-12-20\ncomments:\n  - Same as last year, nothing changes.\n---\nTitle\n\nThe talks ended yesterday.\n\nFollow this writer on X: @writer2024\n',
    );
    expect(article.dates.map((d) => d.text)).toEqual(['yesterday']);
  });

  it('gives offsets into the text, the surface text, the sentence, in text order', () => {
    const article = analyse(SUMMIT);
    let previous = -1;
    for (const date of article.dates) {
      expect(article.text.slice(date.start, date.end)).toBe(date.text);
      const sentence = article.sentences[date.sentence];
      expect(date.start).toBeGreaterThanOrEqual(sentence.start);
      expect(date.end).toBeLessThanOrEqual(sentence.end);
      expect(date.start).toBeGreaterThan(previous);
      previous = date.start;
    }
  });

  it('gives the same output for the same input', () => {
    expect(JSON.stringify(analyse(SUMMIT))).toBe(JSON.stringify(analyse(SUMMIT)));
  });

  it('has no options', () => {
    expect(datesStage.options({})).toEqual({});
    expect(() => datesStage.options({ locale: 'en' })).toThrow(/unknown option 'locale'/);
  });
});

describe('what the reference date is not inferred from', () => {
  it('ignores a bare year in the present tense, which may lie ahead', () => {
    const article = analyse('Games\n\nThe city held a test event in May 2025. Los Angeles is preparing for the 2028 Olympics.\n');
    expect(article.referenceDate).toEqual({ value: '2025-05', source: 'inferred' });
  });
});
