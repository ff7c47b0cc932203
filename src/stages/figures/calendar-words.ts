import type { Word } from './words.js';

// Numbers counting these are durations, dates or times: the dates stage reads them, not this one.
const TIME_NOUNS = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades',
  'century', 'centuries', 'millennium', 'millennia', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins',
  'second', 'seconds', 'sec', 'secs', 'quarter', 'quarters', 'weekend', 'weekends', 'night', 'nights', 'fortnight',
  'fortnights', 'semester', 'semesters', 'season', 'seasons', 'morning', 'mornings', 'evening', 'evenings', 'afternoon',
  'afternoons', 'times', 'fold', 'year-old', 'years-old',
]);

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Lower-case 'may' and 'march' are mostly a verb; the abbreviations are only months when capitalised.
const UNAMBIGUOUS_LOWER_MONTHS = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Words after a number that make it a clock time: '5 p.m.', '18:00 UTC', '9 o'clock'.
const CLOCK_WORDS = new Set(['am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'hrs', 'hours', 'h']);

export function isTimeNoun(word: Word): boolean {
  return TIME_NOUNS.has(word.key);
}

/** A month name; in lower case only where it cannot be a verb, unless an abbreviation's full stop confirms it ('dec .'). */
export function isMonth(word: Word | undefined, abbreviated = false): boolean {
  if (!word) return false;
  return word.capitalized || abbreviated ? MONTHS.has(word.key) : UNAMBIGUOUS_LOWER_MONTHS.has(word.key);
}

export function isWeekday(word: Word): boolean {
  return WEEKDAYS.has(word.key);
}

export function isClockWord(word: Word | undefined): boolean {
  return word !== undefined && CLOCK_WORDS.has(word.key);
}
