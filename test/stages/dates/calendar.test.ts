import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, formatDate, isoWeek, parseDate, weekday } from '../../../src/stages/dates/calendar.js';
import { monthDate, monthDayDate, seasonDate, shiftCount, shiftUnit, weekdayDate } from '../../../src/stages/dates/resolve.js';

describe('calendar arithmetic', () => {
  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('numbers weekdays the ISO way, Monday 1 to Sunday 7, before and after 1970', () => {
    expect(weekday({ year: 2025, month: 12, day: 20 })).toBe(6);
    expect(weekday({ year: 2025, month: 12, day: 22 })).toBe(1);
    expect(weekday({ year: 1969, month: 7, day: 20 })).toBe(7);
  });

  it('puts a day in the ISO week of its Thursday', () => {
    expect(isoWeek({ year: 2025, month: 12, day: 20 })).toEqual({ year: 2025, week: 51 });
    expect(isoWeek({ year: 2026, month: 1, day: 1 })).toEqual({ year: 2026, week: 1 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  });

  it('moves across months and years', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 });
    expect(addMonths(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths(2025, 11, 14)).toEqual({ year: 2027, month: 1 });
  });

  it('reads and writes dates at their precision', () => {
    expect(parseDate('2025')).toEqual({ year: 2025 });
    expect(parseDate('2025-12')).toEqual({ year: 2025, month: 12 });
    expect(parseDate('2025-12-20T10:00Z')).toEqual({ year: 2025, month: 12, day: 20 });
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('2025-13')).toBeNull();
    expect(parseDate('PXY')).toBeNull();
    expect(formatDate({ year: 987, month: 3, day: 1 })).toBe('0987-03-01');
  });
});

describe('resolution against a reference date', () => {
  const saturday = { year: 2025, month: 12, day: 20 };

  it('shifts units and counts of units', () => {
    expect(shiftUnit(saturday, 'quarter', -1)).toBe('2025-Q3');
    expect(shiftUnit(saturday, 'quarter', 1)).toBe('2026-Q1');
    expect(shiftUnit(saturday, 'decade', 0)).toBe('202');
    expect(shiftUnit(saturday, 'century', 0)).toBe('20');
    expect(shiftUnit({ year: 2025 }, 'month', 1)).toBeNull();
    expect(shiftCount(saturday, 'week', -2)).toBe('2025-W49');
    expect(shiftCount(saturday, 'decade', -2)).toBe('2005');
    expect(shiftUnit(null, 'year', 1)).toBeNull();
  });

  it('chooses the year of a month and day by tense, else the nearest', () => {
    expect(monthDayDate(saturday, 1, 5, 'neutral')).toBe('2026-01-05');
    expect(monthDayDate(saturday, 1, 5, 'past')).toBe('2025-01-05');
    expect(monthDayDate(saturday, 11, 30, 'future')).toBe('2026-11-30');
    expect(monthDayDate({ year: 2025 }, 11, 30, 'future')).toBe('2025-11-30');
  });

  it('takes the latest month up to the reference for a bare month, strictly before it for "last"', () => {
    expect(monthDate(saturday, 12, null, 'neutral')).toBe('2025-12');
    expect(monthDate(saturday, 12, -1, 'neutral')).toBe('2024-12');
    expect(monthDate(saturday, 12, 1, 'neutral')).toBe('2026-12');
    expect(monthDate(saturday, 3, null, 'future')).toBe('2026-03');
    expect(monthDate(saturday, 3, 0, 'future')).toBe('2025-03');
  });

  it('counts weekdays back from the reference day, or forward when the sentence looks ahead', () => {
    expect(formatDate(weekdayDate(saturday, 6, null, 'past')!)).toBe('2025-12-20');
    expect(formatDate(weekdayDate(saturday, 6, -1, 'past')!)).toBe('2025-12-13');
    expect(formatDate(weekdayDate(saturday, 1, null, 'future')!)).toBe('2025-12-22');
    expect(weekdayDate({ year: 2025, month: 12 }, 1, null, 'past')).toBeNull();
  });

  it('places seasons before or after the reference month', () => {
    expect(seasonDate(saturday, 'SU', -1)).toBe('2025-SU');
    expect(seasonDate({ year: 2025, month: 4 }, 'SU', -1)).toBe('2024-SU');
    expect(seasonDate(saturday, 'SP', 1)).toBe('2026-SP');
    expect(seasonDate(saturday, 'WI', 0)).toBe('2025-WI');
  });
});

describe('leap days', () => {
  it('resolves February 29 only to a leap year', () => {
    expect(monthDayDate({ year: 2025, month: 3, day: 1 }, 2, 29, 'past')).toBe('2024-02-29');
    expect(monthDayDate({ year: 2025 }, 2, 29, 'past')).toBeNull();
  });
});
