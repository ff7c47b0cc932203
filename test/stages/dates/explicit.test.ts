import { describe, expect, it } from 'vitest';
import { analyse, onlyDate, valuesOf } from './analyse.js';

describe('dates that name their year', () => {
  it.each([
    ['The summit was held in Tokyo on December 20, 2025.', 'December 20, 2025', '2025-12-20'],
    ['It opened on Dec. 3, 2024 in Paris.', 'Dec. 3, 2024', '2024-12-03'],
    ['It opened on 20 December 2025 in Paris.', '20 December 2025', '2025-12-20'],
    ['It opened on the 5th of May, 2021 in Paris.', 'the 5th of May, 2021', '2021-05-05'],
    ['It opened on Monday, June 1st, 2009 in Detroit.', 'Monday, June 1st, 2009', '2009-06-01'],
  ])('reads a day: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'date', relative: false });
  });

  it.each([
    ['The summit was held in November 2025.', 'November 2025', '2025-11'],
    ['Deliveries start in May of 2008.', 'May of 2008', '2008-05'],
    ['The plant closes in early March 2026.', 'early March 2026', '2026-03'],
  ])('reads a month: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'date' });
  });

  it.each([
    ['They held an economic forum in 2011.', '2011', '2011'],
    ['Growth slowed in mid-2025.', 'mid-2025', '2025'],
    ['Debt rose by the end of 2009 to a record.', 'the end of 2009', '2009'],
    ['Sales in fiscal 2009 fell.', 'fiscal 2009', '2009'],
    ['Tickets for the 2008 Olympic Games sold out.', '2008', '2008'],
    ['England hosted Euro 1996 at Wembley.', '1996', '1996'],
  ])('reads a year: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'date' });
  });

  it.each([
    ['The firm paid $2008 for it.'],
    ['The carmaker will cut 2000 jobs.'],
    ['The carmaker will cut 2,000 jobs.'],
    ['The index rose to 2100 points.'],
    ['It cost 1800 yen.'],
    ['Prices rose 2015% in a decade of inflation.'.replace(' in a decade of inflation', '')],
  ])('does not take a number for a year: %s', (sentence) => {
    expect(valuesOf(sentence)).toEqual([]);
  });

  it.each([
    ['The index rose on 2025-12-20 sharply.', '2025-12-20', '2025-12-20'],
    ['The date 7/8/07 matches its name.', '7/8/07', '2007-07-08'],
    ['It was signed on 20.12.2025 in Bonn.', '20.12.2025', '2025-12-20'],
    ['It was signed on 25/12/2024 in Bonn.', '25/12/2024', '2024-12-25'],
  ])('reads numeric dates, month first unless the first number cannot be a month: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value });
  });

  it('rejects impossible days', () => {
    expect(valuesOf('It was due on February 30, 2025 at the latest.')).not.toContainEqual(['February 30, 2025', '2025-02-30']);
  });
});

describe('ranges', () => {
  it.each([
    ['nine meetings between 2004 and 2022 took place', 'between 2004 and 2022', '2004/2022'],
    ['deliveries from 2009 to 2011 are planned', 'from 2009 to 2011', '2009/2011'],
    ['in the 2004–2022 period', '2004–2022', '2004/2022'],
    ['the 2009-10 season was long', '2009-10', '2009/2010'],
  ])('closed: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'range' });
  });

  it.each([
    ['14 meetings of senior officials since 2005', 'since 2005', '2005/..'],
    ['It has grown since March 2020 without pause.', 'since March 2020', '2020-03/..'],
    ['It has been suspended since July 24, 2003 after a breach.', 'since July 24, 2003', '2003-07-24/..'],
  ])('open, with since: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'range' });
  });

  it('resolves a relative start of an open range', () => {
    expect(onlyDate('Prices have doubled since last year.')).toMatchObject({ text: 'since last year', value: '2024/..', kind: 'range', relative: true });
  });
});

describe('decades, centuries, seasons, quarters and halves', () => {
  it.each([
    ['It dates back to the early 1990s in Russia.', [['the early 1990s', '199']]],
    ["Cars of the '80s were boxy.", [["the '80s", '198']]],
    ['the boxy cars of the 70s and 80s', [['the 70s', '197'], ['80s', '198']]],
    ['the biggest change of the 21st century', [['the 21st century', '20']]],
  ])('decades and centuries as ISO 8601-2 writes them: %s', (sentence, expected) => {
    expect(valuesOf(sentence)).toEqual(expected);
  });

  it.each([
    ['It launches in spring 2009 in Europe.', 'spring 2009', '2009-SP'],
    ['Sales were weak last summer across the region.', 'last summer', '2025-SU'],
    ['It launches next spring in Europe.', 'next spring', '2026-SP'],
    ['It is too early, but spring shows signs of hope.', 'spring', '2025-SP'],
  ])('seasons as MEANTIME writes them: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value });
  });

  it.each([
    ['GM lost $6 billion in the first quarter of 2009.', 'the first quarter of 2009', '2009-Q1'],
    ['Profit in Q3 2024 rose.', 'Q3 2024', '2024-Q3'],
    ['Profit in the third quarter of this year rose.', 'the third quarter of this year', '2025-Q3'],
    ['Profit rose last quarter.', 'last quarter', '2025-Q3'],
    ['Profit in the final quarter of 2009 rose.', 'the final quarter of 2009', '2009-Q4'],
    ['Output in the first half of 2024 fell.', 'the first half of 2024', '2024-H1'],
  ])('quarters and halves: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value });
  });

  it('places a bare quarter in the year the tense points to', () => {
    expect(valuesOf('Ford brand sales were up in the fourth quarter.', '2010-01-28')).toEqual([['the fourth quarter', '2009-Q4']]);
    expect(valuesOf('Plants will close during the fourth quarter.', '2006-08-19')).toEqual([['the fourth quarter', '2006-Q4']]);
  });
});

describe('spans of days and holidays', () => {
  it.each([
    ['The forum ran December 10-12, 2025 in Tokyo.', 'December 10-12, 2025', '2025-12-10/2025-12-12'],
    ['The forum ran 10–12 December 2025 in Tokyo.', '10–12 December 2025', '2025-12-10/2025-12-12'],
    ['The talks ran June 3-5 in Paris.', 'June 3-5', '2025-06-03/2025-06-05'],
  ])('reads a span of days as a range: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'range' });
  });

  it.each([
    ['Sales will rise before Christmas.', 'Christmas', '2025-12-25'],
    ['Sales rose before Christmas.', 'Christmas', '2024-12-25'],
    ['Stores closed on Christmas Eve 2024.', 'Christmas Eve 2024', '2024-12-24'],
    ['The law took effect on New Year’s Day.', 'New Year’s Day', '2025-01-01'],
  ])('reads holidays as their day: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value });
  });

  it('reads a number with thousands separators in a duration whole', () => {
    expect(onlyDate('The tradition goes back 1,000 years in the region.')).toMatchObject({ text: '1,000 years', value: 'P1000Y' });
  });

  it('puts noon on the day of the sentence', () => {
    expect(valuesOf('The vote is on December 22, 2025 at noon.')).toEqual([
      ['December 22, 2025', '2025-12-22'],
      ['noon', '2025-12-22T12:00'],
    ]);
  });
});

describe('headlines in title case', () => {
  it('reads capitalised date words as dates when every word is capitalised', () => {
    const dates = analyse('GM Posts First Annual Loss Since 1992 On Tuesday\n\nGM lost money, the company said yesterday.\n', '2006-01-27').dates;
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Annual', 'P1Y'],
      ['Since 1992', '1992/..'],
      ['Tuesday', '2006-01-24'],
      ['yesterday', '2006-01-26'],
    ]);
  });
});
