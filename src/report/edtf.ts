// The stretch of calendar an EDTF value covers, for drawing it on a time axis. Only calendar values
// (days, months, seasons, years and intervals of them) have one; durations, sets and values with
// unspecified digits do not.

/** Days since 1970-01-01; `end` exclusive; null for an open end ('2005/..'). */
export interface Extent {
  start: number | null;
  end: number | null;
  /** A single day, drawn as a point rather than a bar. */
  day: boolean;
}

const DAY = 86_400_000;
const PART = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?[?~%]?$/;
/** EDTF seasons 21–24 (spring, summer, autumn, winter, northern hemisphere) as their first month and length. */
const SEASONS: Record<number, [number, number]> = { 21: [3, 3], 22: [6, 3], 23: [9, 3], 24: [12, 3] };

function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / DAY);
}

function partExtent(part: string): { start: number; end: number; day: boolean } | null {
  const match = PART.exec(part);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1), day: false };
  const month = Number(match[2]);
  const season = SEASONS[month];
  if (season) return { start: dayNumber(year, season[0], 1), end: dayNumber(year, season[0] + season[1], 1), day: false };
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1), day: false };
  const day = Number(match[3]);
  if (day < 1 || day > 31) return null;
  return { start: dayNumber(year, month, day), end: dayNumber(year, month, day + 1), day: true };
}

export function edtfExtent(value: string): Extent | null {
  const slash = value.indexOf('/');
  if (slash === -1) return partExtent(value);
  const from = value.slice(0, slash);
  const to = value.slice(slash + 1);
  const open = (part: string) => part === '..' || part === '';
  const start = open(from) ? null : partExtent(from);
  const end = open(to) ? null : partExtent(to);
  if ((!open(from) && !start) || (!open(to) && !end) || (!start && !end)) return null;
  if (start && end && end.end < start.start) return null;
  return { start: start?.start ?? null, end: end?.end ?? null, day: false };
}

/** The calendar year a day number falls in. */
export const yearOf = (day: number): number => new Date(day * DAY).getUTCFullYear();

export const firstDayOfYear = (year: number): number => dayNumber(year, 1, 1);
