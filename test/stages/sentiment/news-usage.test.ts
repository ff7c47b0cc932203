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

  it('reads a title with "vice" as a title, not as a vice', () => {
    expect(score('Ms. Lane, the vice president of the firm, spoke on Monday.')).toBe(0);
    expect(score('Ms. Lane, the vice chairman of the bank, spoke on Monday.')).toBe(0);
    expect(score('Gambling is a vice.')).toBeLessThan(0);
  });

  it('reads an adjective of size before a harm as measuring the harm, not as praise', () => {
    expect(score('The country faces great peril.')).toBeLessThan(score('The country faces peril.'));
    expect(score('The town saw growing unrest.')).toBeLessThan(0);
    expect(score('The country had a great year.')).toBeGreaterThan(0);
  });

  it('reads "critical" before a noun as decisive, and as criticism before what is said', () => {
    expect(score('The vote was a critical turning point.')).toBe(0);
    expect(score('She played a critical role in the talks.')).toBeGreaterThanOrEqual(0);
    expect(score('He was critical of the plan.')).toBeLessThan(0);
    expect(score('The paper ran critical comments on the plan.')).toBeLessThan(0);
  });

  it('lets the object of "sparked" or "triggered" decide, with only a mild lean towards trouble', () => {
    expect(score('The remarks sparked outrage.')).toBeLessThan(0);
    expect(score('The ruling sparked celebrations.')).toBeGreaterThan(0);
    expect(label('The ruling sparked a debate.')).toBe('neutral');
  });

  it('reads "outgoing" before an office as leaving it, not as sociable', () => {
    expect(score('The outgoing director named a successor.')).toBeLessThanOrEqual(score('The director named a successor.'));
  });

  it('reads a phrase of self-interest or bad character as criticism', () => {
    expect(score('He used the office for private gain.')).toBeLessThan(0);
    expect(score('She called him an ethically challenged insider.')).toBeLessThan(score('She called him an insider.'));
  });

  it('reads offices, institutions and policy fields as names for things, not as praise', () => {
    expect(score('The defense secretary wrote to the intelligence committee.')).toBe(0);
    expect(score('A grand jury heard the health care case.')).toBe(0);
    expect(score('The senator lost his security clearance.')).toBeLessThan(0);
    expect(score('The patient is in critical condition.')).toBeLessThan(0);
  });

  it('reads "according to" and "it is clear" as reporting, not as approval', () => {
    expect(score('According to the police, the shop opened at nine.')).toBe(0);
    expect(score('It is clear that the shop opened at nine.')).toBe(0);
  });

  it('counts political support as a milder praise than VADER’s general "support"', () => {
    expect(score('The bill has the support of the governor.')).toBeGreaterThan(0);
    expect(score('The bill has the support of the governor.')).toBeLessThan(score('The bill has the praise of the governor.'));
  });
});
