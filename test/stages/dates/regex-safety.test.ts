import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/stages/dates/recognise.js';

// Inputs that make a backtracking pattern take super-linear time: long runs that a pattern can split
// many ways, ended so that the match fails. A linear pattern reads each in milliseconds; a quadratic
// one would not finish before the guard below.
const N = 50_000;
const HOSTILE: Array<[string, string]> = [
  ['spaces', `a${' '.repeat(N)}b`],
  ['spaces after a decade', `the 70s and${' '.repeat(N)}80s`],
  ['digits', '1'.repeat(N)],
  ['digits and spaces', '1 '.repeat(N / 2)],
  ['hyphens', `2025${'-'.repeat(N)}12`],
  ['colons', '12:'.repeat(N / 3)],
  ['slashes', '12/'.repeat(N / 3)],
  ['articles', 'a '.repeat(N / 2) + 'years'],
  ['number words', 'twenty '.repeat(N / 7) + 'x'],
  ['month names', 'May '.repeat(N / 4)],
  ['weekdays', 'Monday '.repeat(N / 7)],
  ['relative words', 'the next '.repeat(N / 9) + 'x'],
  ['qualifiers', 'more than '.repeat(N / 10) + 'years'],
  ['ranges', 'between 2004 and '.repeat(N / 17)],
  ['modifiers', 'the end of '.repeat(N / 11) + '2009'],
];
const GUARD = { timeout: 10_000 };

describe('the date patterns on hostile inputs', () => {
  it.each(HOSTILE)('read a sentence of %s', GUARD, (_name, text) => {
    for (const found of recognise(text)) {
      expect(found.start).toBeGreaterThanOrEqual(0);
      expect(found.end).toBeLessThanOrEqual(text.length);
    }
  });
});
