import { describe, expect, it } from 'vitest';
import { analyse, figuresOf } from './analyse.js';

const texts = (text: string) => figuresOf(text).map((f) => f.text);

describe('figures: numbers that are never figures', () => {
  it('skips years, year ranges and decades', () => {
    expect(texts('The summit was held in 2025 after meetings between 2004 and 2022 and in 2004-2022.')).toEqual([]);
    expect(texts('Prices peaked in the 1990s.')).toEqual([]);
    expect(texts('The 2025 summit drew 20 leaders.')).toEqual(['20 leaders']);
  });

  it('skips days of a month', () => {
    expect(texts('On December 10, Hyundai shipped trains.')).toEqual([]);
    expect(texts('It opened on 3 March 2024.')).toEqual([]);
    expect(texts('The bonds are due dec . 12 , 1994 .')).toEqual([]);
  });

  it('skips ordinals', () => {
    expect(texts('The second summit was the 21st of its kind and the 15,599th plane.')).toEqual([]);
  });

  it('skips numbers inside names', () => {
    expect(texts('Trump will invite them to the G20 meeting in Miami.')).toEqual([]);
    expect(texts('Politicians reconsidered Japan’s Three Non-Nuclear Principles.')).toEqual([]);
    expect(texts('Boeing 747 jets and Flight 200 crashed; COVID-19 and the F-16 are names too.')).toEqual([]);
    expect(texts('Rival Boeing’s 747 lost the title.')).toEqual([]);
  });

  it('reads a capitalised number word that opens a sentence as a count', () => {
    expect(texts('He left. Six people died. “Two trains collided,” he said.')).toEqual(['Six people', 'Two trains']);
  });

  it('skips handles and ids', () => {
    expect(texts('Follow me @ScottFo83517667 or see page 12 and No. 5.')).toEqual([]);
    expect(texts('Its serial number is 001.')).toEqual([]);
    expect(texts('See p. 115 or tune in to channel 846.')).toEqual([]);
  });

  it('skips list numbering', () => {
    expect(texts('1. Green growth\n2) Connectivity')).toEqual([]);
    expect(texts('She was born in Berlin [1] and (2) moved.')).toEqual([]);
  });

  it('skips clock times and phone numbers', () => {
    expect(texts('The talks start at 10:30 a.m. and end at 5 pm; call +1 555-123-4567 or 555-1234.')).toEqual([]);
  });

  it('skips scores, which look like ranges', () => {
    expect(texts('The final vote in the Senate was 52-35.')).toEqual([]);
  });

  it('skips fractions and a number run into another', () => {
    expect(texts('Prices fell as much as 1 / 4 point.')).toEqual([]);
    expect(texts('50 50 dollar bills')).toEqual(['50 dollar']);
  });

  it('reads neither the trailer nor reader comments', () => {
    const article = analyse('---\ncomments:\n  - "I lost $500 on this."\n---\nThe railway bought 5 trains.\n\nFollow this writer on X for 24 daily tips and 3 books\n');
    expect(article.segments.map((s) => s.kind)).toEqual(['paragraph', 'trailer', 'comment']);
    expect(article.figures.map((f) => f.text)).toEqual(['5 trains']);
  });
});
