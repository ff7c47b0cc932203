import { describe, expect, it } from 'vitest';
import { firstDay } from '../../src/output/tables.js';

describe('the start_date column of dates.csv', () => {
  it.each([
    ['2025-12-20', '2025-12-20'],
    ['2025-12', '2025-12-01'],
    ['2026', '2026-01-01'],
    ['2004/2022', '2004-01-01'],
    ['2005/..', '2005-01-01'],
    ['2009-Q3', '2009-07-01'],
    ['2024-H2', '2024-07-01'],
    ['2009-SU', '2009-06-01'],
    ['2025-21', '2025-03-01'],
    ['199', '1990-01-01'],
    ['20', '2000-01-01'],
  ])('gives the first day %s covers: %s', (value, expected) => {
    expect(firstDay(value)).toBe(expected);
  });

  it.each(['P5Y', 'PAST_REF', 'XXXX-WXX-1', '../2005', null, undefined])('is empty for %s, which has no first day', (value) => {
    expect(firstDay(value)).toBeUndefined();
  });
});
