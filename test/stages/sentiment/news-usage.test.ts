import { describe, expect, it } from 'vitest';
import { label, score } from './helpers.js';

describe('news usage: what editorial raters read as opinion and what as plain report', () => {
  it('reads the death in an obituary’s opening clause as a report, not as bad news', () => {
    expect(label('Dan Smith, who died Tuesday at 65, was a singular figure in television.')).not.toBe('negative');
    expect(label('Three firefighters died in the blaze.')).toBe('negative');
  });

  it('keeps a whole list of harms neutral when the sentence works against them', () => {
    expect(label('The city promised to protect workers who blow the whistle on waste, fraud and corruption.')).not.toBe('negative');
    expect(label('Testing allows early detection of cancer, heart disease and other life-threatening ailments.')).not.toBe('negative');
    // The list ends where the clause goes on: the attacks are still a harm.
    expect(label('Those who protest against the dictator risk attacks by thugs.')).toBe('negative');
  });

  it('reads mitigating and correcting damage as acting against it', () => {
    expect(label('The network mitigated the damage.')).not.toBe('negative');
    expect(label('Editors may correct the errors.')).not.toBe('negative');
  });

  it('reads too little of a good thing as a shortcoming', () => {
    expect(label('The charter provides too little guidance.')).toBe('negative');
    expect(label('The charter provides guidance.')).not.toBe('negative');
  });

  it('reads reproachful comparatives as criticism', () => {
    expect(label('The mayor knows better.')).toBe('negative');
    expect(label('The workers deserve better.')).toBe('negative');
  });

  it('reads idioms of failure and obstruction as criticism', () => {
    expect(label('Obviously, it’s not working.')).toBe('negative');
    expect(label('The agency stands in the way.')).toBe('negative');
    expect(label('The remark was out of line.')).toBe('negative');
    expect(label('The plan falls short.')).toBe('negative');
    expect(label('The reform is little more than a gesture.')).toBe('negative');
    expect(label('The plan is, at best, a start.')).toBe('negative');
  });

  it('takes stance adverbs for emphasis, not for praise', () => {
    expect(score('Clearly, the council will meet on Monday.')).toBe(score('The council will meet on Monday.'));
    expect(score('The plan is clearly good.')).toBeGreaterThan(score('The plan is good.'));
  });

  it('leaves the topic words of news reports without an opinion of their own', () => {
    expect(label('The report lists the cases that need a review.')).toBe('neutral');
    expect(label('The homeless shelter will open in March.')).toBe('neutral');
    expect(score('The governor signed a crime bill.')).toBeGreaterThan(score('The governor signed a terrible bill.'));
  });
});
