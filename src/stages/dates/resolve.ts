// Resolution of relative dates against the reference date. Every function returns null when the
// reference date is missing or too coarse for the answer (a weekday needs a known day).
import {
  addDays,
  addMonths,
  dayNumber,
  formatDate,
  formatWeek,
  hasDay,
  isValidDay,
  monthIndex,
  weekday,
  type DayDate,
  type PartialDate,
} from './calendar.js';
import type { Tense } from './tense.js';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Which way a relative word points: 'last October' -1, 'next October' +1, 'this October' 0, a bare 'October' by tense. */
export type Direction = -1 | 0 | 1 | null;

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/** 'next year', 'last month', 'this week', 'yesterday' (day -1): the unit containing the reference date, shifted. */
export function shiftUnit(reference: PartialDate | null, unit: Unit, amount: number): string | null {
  if (!reference) return null;
  switch (unit) {
    case 'year':
      return formatDate({ year: reference.year + amount });
    case 'decade':
      return String(Math.floor(reference.year / 10) + amount);
    case 'century':
      return String(Math.floor(reference.year / 100) + amount).padStart(2, '0');
    case 'month': {
      if (reference.month === undefined) return null;
      return formatDate(addMonths(reference.year, reference.month, amount));
    }
    case 'quarter': {
      if (reference.month === undefined) return null;
      const shifted = addMonths(reference.year, (quarterOf(reference.month) - 1) * 3 + 1, amount * 3);
      return `${shifted.year}-Q${quarterOf(shifted.month)}`;
    }
    case 'week':
    case 'weekend': {
      if (!hasDay(reference)) return null;
      return formatWeek(addDays(reference, amount * 7)) + (unit === 'weekend' ? '-WE' : '');
    }
    case 'day':
      return hasDay(reference) ? formatDate(addDays(reference, amount)) : null;
  }
}

/** 'two weeks ago', 'three years from now': the reference moved by a count of units, kept at the unit's precision. */
export function shiftCount(reference: PartialDate | null, unit: Unit, count: number): string | null {
  if (!reference) return null;
  if (unit === 'day' || unit === 'week' || unit === 'weekend') {
    if (!hasDay(reference)) return null;
    const moved = addDays(reference, count * (unit === 'day' ? 1 : 7));
    return unit === 'day' ? formatDate(moved) : formatWeek(moved);
  }
  if (unit === 'month') return shiftUnit(reference, 'month', count);
  if (unit === 'quarter') return shiftUnit(reference, 'quarter', count);
  if (unit === 'decade') return shiftUnit(reference, 'year', count * 10);
  if (unit === 'century') return shiftUnit(reference, 'year', count * 100);
  return shiftUnit(reference, 'year', count);
}

/**
 * A month and day without a year ('on December 10'): the occurrence the tense points to, and otherwise
 * the one nearest the reference date (news is about the recent past and the near future).
 */
export function monthDayDate(reference: PartialDate | null, month: number, day: number, tense: Tense, direction: Direction = null): string | null {
  if (!reference) return null;
  if (reference.month === undefined) return isValidDay(reference.year, month, day) ? formatDate({ year: reference.year, month, day }) : null;
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => ({ year, month, day }))
    .filter((date) => isValidDay(date.year, month, day));
  // Distance in days when the reference day is known; otherwise in months, with the reference month counting as 'now'.
  const distance = (date: DayDate) =>
    hasDay(reference) ? dayNumber(date) - dayNumber(reference) : monthIndex(date.year, date.month) - monthIndex(reference.year, reference.month!);
  const want = direction ?? (tense === 'past' ? -1 : tense === 'future' ? 1 : null);
  let best: DayDate | null = null;
  for (const candidate of candidates) {
    const d = distance(candidate);
    if (want === -1 && d > 0) continue;
    if (want === 1 && d < 0) continue;
    if (!best || Math.abs(d) < Math.abs(distance(best)) || (Math.abs(d) === Math.abs(distance(best)) && d < 0)) best = candidate;
  }
  return best ? formatDate(best) : null;
}

/** A month without a year: 'last October' is the latest October before the reference month, a bare 'October' the latest one up to it unless the tense is future. */
export function monthDate(reference: PartialDate | null, month: number, direction: Direction, tense: Tense): string | null {
  if (!reference) return null;
  if (reference.month === undefined || direction === 0) return formatDate({ year: reference.year, month });
  const now = reference.month;
  let year = reference.year;
  if (direction === -1) year = month < now ? year : year - 1;
  else if (direction === 1) year = month > now ? year : year + 1;
  else if (tense === 'future') year = month >= now ? year : year + 1;
  else year = month <= now ? year : year - 1;
  return formatDate({ year, month });
}

/** A weekday: the most recent one (the reference day included) unless the words or the tense point ahead. */
export function weekdayDate(reference: PartialDate | null, day: number, direction: Direction, tense: Tense): DayDate | null {
  if (!hasDay(reference)) return null;
  const today = weekday(reference);
  const back = (today - day + 7) % 7;
  const ahead = (day - today + 7) % 7;
  if (direction === -1) return addDays(reference, -(back || 7));
  if (direction === 1) return addDays(reference, ahead || 7);
  return addDays(reference, tense === 'future' ? ahead : -back);
}

const SEASON_LAST_MONTH: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 14 };
const SEASON_FIRST_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** 'last summer', 'this spring', 'spring': seasons as TimeML writes them (2009-SP). */
export function seasonDate(reference: PartialDate | null, season: string, direction: Direction): string | null {
  if (!reference) return null;
  let year = reference.year;
  const month = reference.month;
  if (direction === -1) year = month !== undefined && month > SEASON_LAST_MONTH[season] ? year : year - 1;
  if (direction === 1) year = month !== undefined && month < SEASON_FIRST_MONTH[season] ? year : year + 1;
  return `${year}-${season}`;
}
