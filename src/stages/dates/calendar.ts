// Calendar arithmetic on plain integers and Date.UTC only, so that no value ever depends on the
// time zone of the machine that runs the pipeline.

/** A calendar date known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (UTC), for differences and shifts. */
export function dayNumber(date: DayDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(days: number): DayDate {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: DayDate, days: number): DayDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: DayDate): number {
  return ((dayNumber(date) % 7) + 7 + 3) % 7 + 1;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(date: DayDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

/** Month arithmetic as a count of months since year 0, which makes 'three months before January' easy. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** EDTF at the precision the date has: 2025, 2025-12 or 2025-12-20. */
export function formatDate(date: PartialDate): string {
  let text = pad(date.year, 4);
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

export function formatWeek(date: DayDate): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Reads 2025, 2025-12 or 2025-12-20 (anything after the day, such as a time, is ignored). */
export function parseDate(value: string | null | undefined): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function hasDay(date: PartialDate | null): date is DayDate {
  return date !== null && date.month !== undefined && date.day !== undefined;
}

/** Orders dates by the first day they cover. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}
