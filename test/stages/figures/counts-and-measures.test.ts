import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './analyse.js';

describe('figures: percentages', () => {
  it('reads signs, words and percentage points, with % as unit', () => {
    expect(onlyFigure('Support rose to 76%.')).toMatchObject({ kind: 'percent', value: 76, unit: '%' });
    expect(onlyFigure('Inflation was 3.5 percent.')).toMatchObject({ text: '3.5 percent', value: 3.5, unit: '%' });
    expect(onlyFigure('Inflation was 3.5 per cent.')).toMatchObject({ text: '3.5 per cent', value: 3.5 });
    expect(onlyFigure('Rates rose two percentage points.')).toMatchObject({ text: 'two percentage points', kind: 'percent', value: 2, unit: '%' });
    expect(onlyFigure('Sales rose 6 . 2 % last year.')).toMatchObject({ text: '6 . 2 %', value: 6.2 });
  });

  it('reads a percentage written before its number', () => {
    expect(onlyFigure('per cent of twenty-two')).toMatchObject({ kind: 'percent', value: 22 });
    expect(figuresOf('Only 5 percent of 200 workers.').map((f) => f.text)).toEqual(['5 percent', '200 workers']);
  });

  it('gives a bare number the percent sign written once after its partner', () => {
    expect(figuresOf('Sales rose 166.5 and 93.3% respectively.').map((f) => [f.kind, f.value, f.unit])).toEqual([
      ['percent', 166.5, '%'],
      ['percent', 93.3, '%'],
    ]);
  });

  it('reads percentage ranges', () => {
    expect(onlyFigure('Demand grew 15-20% a year.')).toMatchObject({ value: 15, valueHigh: 20, unit: '%' });
    expect(onlyFigure('Cuts make up 20 to 25 percent of staff.')).toMatchObject({ text: '20 to 25 percent', value: 20, valueHigh: 25 });
  });
});

describe('figures: counts', () => {
  it('takes the counted noun as unit, skipping adjectives and possessives before it', () => {
    expect(onlyFigure('Hyundai shipped six high-speed trains.')).toMatchObject({ text: 'six high-speed trains', kind: 'count', value: 6, unit: 'trains' });
    expect(onlyFigure('There were nine foreign ministers’ meetings.')).toMatchObject({ value: 9, unit: 'meetings' });
    expect(onlyFigure('They signed 158 memoranda of cooperation.')).toMatchObject({ text: '158 memoranda', value: 158, unit: 'memoranda' });
    expect(onlyFigure('It held 13 Central Asia Plus Japan Dialogues.')).toMatchObject({ value: 13, unit: 'Dialogues' });
    expect(onlyFigure('Qatar will buy 20 of Boeing’s larger 777 planes.')).toMatchObject({ value: 20, unit: 'planes' });
    expect(onlyFigure('The firm has 5 million customers.')).toMatchObject({ value: 5e6, unit: 'customers' });
    expect(onlyFigure('We counted 3m people.')).toMatchObject({ value: 3e6, unit: 'people' });
  });

  it('stops the noun phrase at the first plural noun', () => {
    expect(onlyFigure('It flew with 301 passengers onboard.')).toMatchObject({ text: '301 passengers', unit: 'passengers' });
  });

  it('gives a count whose noun is left out the noun of its neighbour in a list', () => {
    const figures = figuresOf('Airbus will cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [4300, 'jobs'],
      [3700, 'jobs'],
      [400, 'jobs'],
    ]);
    expect(figuresOf('The crashes killed 102 and 21 people.').map((f) => f.unit)).toEqual(['people', 'people']);
    expect(figuresOf('Airbus delivered 735 aircraft, up 11% from 661.').map((f) => f.unit)).toEqual(['aircraft', '%', 'aircraft']);
    expect(figuresOf('Airbus delivered 735 aircraft. Then, 661 came.').map((f) => f.unit)).toEqual(['aircraft', '']);
  });

  it('keeps a bare number with digits, but not a spelled-out one', () => {
    expect(onlyFigure('Orders rose to 230.')).toMatchObject({ value: 230, kind: 'count', unit: '' });
    expect(figuresOf('The government will appoint six.')).toEqual([]);
  });

  it('does not count years, days or other durations: they are dates', () => {
    expect(figuresOf('Japan built on more than two decades of engagement over the next five years.')).toEqual([]);
    expect(figuresOf('She is 45 years old and has a 3-year-old son.')).toEqual([]);
    expect(figuresOf('The deal was done in three days.')).toEqual([]);
    expect(figuresOf('The permits expire after 30 -- 40 days.')).toEqual([]);
  });

  it('does not count a number followed by a singular noun: that is a model name', () => {
    expect(figuresOf('Boeing unveiled the 787 Dreamliner and the 717 program.')).toEqual([]);
  });
});

describe('figures: quantities', () => {
  it('reads measures written after the number or glued to it', () => {
    expect(onlyFigure('They shipped 42,000 tonnes of wheat.')).toMatchObject({ kind: 'quantity', value: 42000, unit: 'tonnes' });
    expect(onlyFigure('The line runs 300 km.')).toMatchObject({ kind: 'quantity', value: 300, unit: 'km' });
    expect(onlyFigure('It has 500km of wiring.')).toMatchObject({ value: 500, unit: 'km' });
    expect(onlyFigure('It can fly 9,420 nautical miles.')).toMatchObject({ value: 9420, unit: 'nautical miles' });
    expect(onlyFigure('Output hit 1.2m barrels per day.')).toMatchObject({ value: 1.2e6, unit: 'barrels per day' });
    expect(onlyFigure('They walked a 10-km route.')).toMatchObject({ value: 10, unit: 'km' });
    expect(onlyFigure('The hall has 14,000 square feet of space.')).toMatchObject({ value: 14000, unit: 'square feet' });
    expect(onlyFigure('Warming must stay below 1.5C.')).toMatchObject({ value: 1.5, unit: '°C', qualifier: 'less_than' });
  });
});

describe('figures: qualifiers', () => {
  it('turns hedges into the qualifier, inside the span of the figure, and leaves the value alone', () => {
    const cases: Array<[string, string, string]> = [
      ['Trade is worth about $100 billion.', 'about $100 billion', 'about'],
      ['Trade is worth roughly $100 billion.', 'roughly $100 billion', 'about'],
      ['Trade is worth nearly $100 billion.', 'nearly $100 billion', 'about'],
      ['Trade totals less than $3 billion.', 'less than $3 billion', 'less_than'],
      ['Trade totals more than $3 billion.', 'more than $3 billion', 'more_than'],
      ['Trade totals at least $3 billion.', 'at least $3 billion', 'at_least'],
      ['Trade totals up to $3 billion.', 'up to $3 billion', 'up_to'],
      ['Trade totals at most $3 billion.', 'at most $3 billion', 'at_most'],
      ['Some 400 guests came.', 'Some 400 guests', 'about'],
    ];
    for (const [text, span, qualifier] of cases) {
      expect(onlyFigure(text), text).toMatchObject({ text: span, qualifier });
    }
    expect(onlyFigure('Trade is worth about $100 billion.').value).toBe(100e9);
    expect(onlyFigure('Trade is worth $100 billion.').qualifier).toBeUndefined();
  });
});

describe('figures: subject', () => {
  it('names what the figure measures where the sentence says it', () => {
    expect(onlyFigure('Putin said that annual trade volume between Russia and Central Asia had reached $45 billion.').subject).toBe(
      'annual trade volume between Russia and Central Asia',
    );
    expect(onlyFigure('China’s annual trade with Central Asia is worth about $100 billion.').subject).toBe('China’s annual trade with Central Asia');
    expect(onlyFigure('Japan’s trade totals less than $3 billion, indicating potential.').subject).toBe('Japan’s trade');
    expect(onlyFigure('GM reported a loss of $381 million.').subject).toBe('loss');
  });

  it('leaves the subject out when the sentence does not say it', () => {
    expect(onlyFigure('They shipped six high-speed trains.').subject).toBeUndefined();
  });
});
