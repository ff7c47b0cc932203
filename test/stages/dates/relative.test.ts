import { describe, expect, it } from 'vitest';
import { onlyDate, valuesOf } from './analyse.js';

// The reference date of these tests, 2025-12-20, is a Saturday in ISO week 51.

describe('relative dates resolve against the reference date', () => {
  it.each([
    ['Trump will host the G20 in Miami next year.', 'next year', '2026'],
    ['Profits fell last year.', 'last year', '2024'],
    ['Profits rose this year.', 'this year', '2025'],
    ['Record profits were reported earlier this year.', 'earlier this year', '2025'],
    ['Sales fell last month.', 'last month', '2025-11'],
    ['At this month’s summit the leaders met.', 'this month', '2025-12'],
    ['The plant will reopen next month.', 'next month', '2026-01'],
    ['The bill failed this week.', 'this week', '2025-W51'],
    ['McCain spoke last week.', 'last week', '2025-W50'],
    ['It became public this weekend.', 'this weekend', '2025-W51-WE'],
    ['It will be finished by the end of this year.', 'the end of this year', '2025'],
  ])('%s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'date', relative: true });
  });

  it.each([
    ['Ryanair announced today that it buys jets.', 'today', '2025-12-20'],
    ['Shares fell yesterday.', 'yesterday', '2025-12-19'],
    ['The vote is tomorrow.', 'tomorrow', '2025-12-21'],
    ['He speaks tonight.', 'tonight', '2025-12-20TNI'],
    ['The plane landed yesterday morning.', 'yesterday morning', '2025-12-19TMO'],
    ['He filed for bankruptcy earlier today.', 'earlier today', '2025-12-20'],
  ])('days around the reference: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, relative: true });
  });

  it.each([
    ['Notices went out two weeks ago.', 'two weeks ago', '2025-W49'],
    ['The plant opened three years ago.', 'three years ago', '2022'],
    ['The deal closed a month ago.', 'a month ago', '2025-11'],
    ['It began five days ago.', 'five days ago', '2025-12-15'],
    ['It ends two years from now.', 'two years from now', '2027'],
  ])('counts of units ago: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, relative: true });
  });

  it('counts "the previous year" from the date before it in the sentence', () => {
    expect(valuesOf('Ford sales dropped 42% last month from the previous year.', '2009-02-03')).toEqual([
      ['last month', '2009-01'],
      ['the previous year', '2008'],
    ]);
    expect(valuesOf('Costs fell to $118 billion last year, $19.8 billion less than the year previous.', '2010-01-28')).toEqual([
      ['last year', '2009'],
      ['the year previous', '2008'],
    ]);
  });

  it('reads "the same period last year" as the period of the date before it, a year earlier', () => {
    expect(valuesOf('Sales rose 43% in February compared to the same period last year.', '2010-03-03')).toEqual([
      ['February', '2010-02'],
      ['the same period last year', '2009-02'],
    ]);
  });
});

describe('a bare month or weekday is the most recent one unless the tense or the words say otherwise', () => {
  it.each([
    ['The second summit was held last October in Dushanbe.', 'last October', '2025-10'],
    ['The first summit was held last April.', 'last April', '2025-04'],
    ['Lawmakers rejected the proposal in October.', 'October', '2025-10'],
    ['Lawmakers met in December.', 'December', '2025-12'],
    ['The next summit will be held in March.', 'March', '2026-03'],
    ['The transaction should be completed in October.', 'October', '2026-10'],
    ['The forum moves to a new city next October.', 'next October', '2026-10'],
    ['Dealers whose franchises end after October of next year get a letter.', 'October of next year', '2026-10'],
  ])('months: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, relative: true });
  });

  it('reads a deadline as ahead: "by early June", "until the end of May"', () => {
    expect(valuesOf('Chrysler wants to cut 789 dealers by early June.', '2009-05-14')).toEqual([['early June', '2009-06']]);
    expect(valuesOf('GM has until the end of May to restructure.', '2009-04-03')).toEqual([['the end of May', '2009-05']]);
  });

  it.each([
    ['The leaders met on Monday.', 'Monday', '2025-12-15'],
    ['The leaders will meet on Monday.', 'Monday', '2025-12-22'],
    ['The plane landed on Saturday.', 'Saturday', '2025-12-20'],
    ['Shares fell last Friday.', 'last Friday', '2025-12-19'],
    ['The leaders meet next Saturday.', 'next Saturday', '2025-12-27'],
    ['GM admitted Thursday night that losses grew.', 'Thursday night', '2025-12-18TNI'],
  ])('weekdays: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, relative: true });
  });

  it.each([
    ['On December 10, Hyundai Rotem shipped six trains.', 'December 10', '2025-12-10'],
    ['The new line opens on January 5.', 'January 5', '2026-01-05'],
    ['The GAO on June 18 called for a re-run.', 'June 18', '2025-06-18'],
  ])('a month and day take the year the tense points to, else the nearest: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, relative: true });
  });

  it('keeps the modal verb "may" and names out of the dates', () => {
    expect(valuesOf('Prices may rise, analysts say.')).toEqual([]);
    expect(valuesOf('The singer April Smith sang.')).toEqual([]);
  });

  it('resolves against a reference date known only to the month', () => {
    expect(valuesOf('On December 10, Hyundai Rotem shipped six trains, and last June the talks began.', '2025-12')).toEqual([
      ['December 10', '2025-12-10'],
      ['last June', '2025-06'],
    ]);
    expect(valuesOf('The leaders met on Monday.', '2025-12')).toEqual([['Monday', null]]);
  });
});

describe('durations, sets and times of day', () => {
  it.each([
    ['Japan builds on more than two decades of engagement.', 'more than two decades', 'P20Y', 'more_than'],
    ['The jet is almost two and a half years late.', 'almost two and a half years', 'P2.5Y', 'about'],
    ['The systems failed after thirty minutes.', 'thirty minutes', 'PT30M', undefined],
    ['It arrived 18 months behind schedule.', '18 months', 'P18M', undefined],
    ['They signed a 27-year contract.', '27-year', 'P27Y', undefined],
    ['The work was pushed back several years.', 'several years', 'PXY', undefined],
    ['It rose to a five-year high.', 'five-year', 'P5Y', undefined],
  ])('durations: %s', (sentence, text, value, qualifier) => {
    const date = onlyDate(sentence);
    expect(date).toMatchObject({ text, value, kind: 'duration', relative: false });
    expect(date.qualifier).toBe(qualifier);
  });

  it('marks a duration counted from the reference date as relative', () => {
    expect(onlyDate('Japan targets new projects over the next five years.')).toMatchObject({
      text: 'the next five years',
      value: 'P5Y',
      kind: 'duration',
      relative: true,
    });
  });

  it('does not read an age or an ordinal as a duration', () => {
    expect(valuesOf('A 45-year-old man was hurt.')).toEqual([]);
    expect(valuesOf('A second plane landed.')).toEqual([]);
    expect(valuesOf('It wants to cut about a quarter of its dealers.')).toEqual([]);
  });

  it.each([
    ['The annual trade volume reached $45 billion.', 'annual', 'P1Y'],
    ['They meet every month.', 'every month', 'P1M'],
    ['It delivers 15 tankers at a rate of 15 a year.', 'a year', 'P1Y'],
    ['Workers earn $28 an hour.', 'an hour', 'PT1H'],
    ['The board meets every Monday.', 'every Monday', 'XXXX-WXX-1'],
    ['The paper appears weekly.', 'weekly', 'P1W'],
  ])('sets: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, kind: 'set' });
  });

  it('reads "a year" as a length of time where the words around say so', () => {
    expect(onlyDate('The process could take a year or more.')).toMatchObject({ text: 'a year', value: 'P1Y', kind: 'duration' });
    expect(onlyDate('It comes a day after the vote.')).toMatchObject({ text: 'a day', value: 'P1D', kind: 'duration' });
  });

  it.each([
    ['The jet landed at 6:40 p.m. after a long flight.', '2007-10-17', '6:40 p.m.', '2007-10-17T18:40'],
    ['Obama spoke at 16:00 UTC today.', '2009-06-01', '16:00 UTC today', '2009-06-01T16:00Z'],
    ['GM filed at 12:00 UTC Monday.', '2009-06-03', '12:00 UTC Monday', '2009-06-01T12:00Z'],
  ])('times of day: %s', (sentence, reference, text, value) => {
    expect(onlyDate(sentence, reference)).toMatchObject({ text, value, kind: 'time' });
  });

  it('puts a time on the day the sentence names', () => {
    expect(valuesOf('The 787 made its first flight Tuesday in Everett at 18:00 UTC.', '2009-12-16')).toEqual([
      ['Tuesday', '2009-12-15'],
      ['18:00 UTC', '2009-12-15T18:00Z'],
    ]);
  });

  it.each([
    ['Automakers were hit in the recent downturn.', 'recent', 'PAST_REF'],
    ['The plan may change in the future.', 'the future', 'FUTURE_REF'],
    ['It is the top priority for us right now.', 'right now', 'PRESENT_REF'],
  ])('vague references, as TimeML writes them: %s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value });
  });
});

describe('pairs and ranges of durations and years', () => {
  it('reads "between 60 and 90 days" as two durations', () => {
    expect(valuesOf('The process would take between 60 and 90 days.')).toEqual([
      ['between 60', 'P60D'],
      ['90 days', 'P90D'],
    ]);
  });

  it('reads a season written with a slash as a range of years', () => {
    expect(valuesOf('Matches after the 2005/2006 season were broadcast.')).toEqual([['2005/2006', '2005/2006']]);
  });

  it('keeps a capitalised Today inside a sentence out: it is a name', () => {
    expect(valuesOf('He hosts the Sports Today programme.')).toEqual([]);
    expect(valuesOf('Today is a great day in aviation history.')).toEqual([['Today', '2025-12-20']]);
  });

  it('writes a time zone offset the way ISO 8601 does', () => {
    expect(valuesOf('The A380 landed at 6:40 p.m. (GMT +8) in Singapore.', '2007-10-17')).toEqual([['6:40 p.m. (GMT +8)', '2007-10-17T18:40+08:00']]);
  });
});

describe('qualified relative dates', () => {
  it('keeps the qualifier of "almost 20 years ago" apart from the value', () => {
    expect(onlyDate('He visited the dunes almost 20 years ago.')).toMatchObject({ text: 'almost 20 years ago', value: '2005', qualifier: 'about', relative: true });
  });
});

describe('periods named by their place in the current year or month', () => {
  it.each([
    ['The plants close by the end of the year.', 'the end of the year', '2025'],
    ['Prices fell for the rest of the month.', 'the rest of the month', '2025-12'],
    ['Earlier in the week, shares rose.', 'Earlier in the week', '2025-W51'],
  ])('%s', (sentence, text, value) => {
    expect(onlyDate(sentence)).toMatchObject({ text, value, relative: true });
  });

  it('reads British times with a dot', () => {
    expect(valuesOf('The market opened at 9.30am on December 19, 2025.')).toEqual([
      ['9.30am', '2025-12-19T09:30'],
      ['December 19, 2025', '2025-12-19'],
    ]);
  });
});

describe('weekdays inside names', () => {
  it.each([['He spoke to The Sunday Times about it.'], ['The song Gloomy Sunday became famous.'], ['It was mocked on Saturday Night Live by the cast.']])(
    'are not dates: %s',
    (sentence) => {
      expect(valuesOf(sentence)).toEqual([]);
    },
  );

  it('still reads a weekday before a name when a preposition governs it', () => {
    expect(valuesOf('On Monday Trump said he would go.')).toEqual([['Monday', '2025-12-15']]);
    expect(valuesOf('Trump tweeted Sunday morning that Corker begged.')).toEqual([['Sunday morning', '2025-12-14TMO']]);
  });
});

describe('counts of units before or after another date', () => {
  it('counts from the date before them in the sentence', () => {
    expect(valuesOf('Deliveries start in 2011 and end two years later.')).toEqual([
      ['2011', '2011'],
      ['two years later', '2013'],
    ]);
  });

  it('counts from the reference date when the sentence names no other', () => {
    expect(valuesOf('Sales rose 5% from a year earlier.')).toEqual([['a year earlier', '2024']]);
  });

  it('leaves "two days after the vote" to the durations: the vote has no date', () => {
    expect(valuesOf('Two days after the vote, he resigned.')).toEqual([['Two days', 'P2D']]);
  });
});
