// The date expressions Dossier recognises, HeidelTime-style: one regular expression per kind of
// expression and a function that says what it means. Every pattern is linear (no nested
// quantifiers), runs on one sentence at a time and is case-insensitive; month and weekday names must
// still be capitalised, which keeps the verb 'may' and the noun 'march' out.
import { addDays, formatDate, hasDay, isValidDay, parseDate, type DayDate } from './calendar.js';
import { direction, explicitDate, fixed, relative, type Recognised, type ResolveContext } from './expression.js';
import lexicon from './lexicon.json' with { type: 'json' };
import { monthDate, monthDayDate, quarterOf, seasonDate, shiftCount, shiftUnit, weekdayDate } from './resolve.js';
import {
  alternation,
  capitalised,
  day,
  DURATION_CONTEXT,
  durationValue,
  FULL_WEEKDAYS,
  fullMonth,
  fullYear,
  HOLIDAYS,
  looksLikeYear,
  lower,
  MAY_CONTEXT,
  MODIFIER,
  month,
  monthNumber,
  NUMBER,
  parseNumber,
  partOfName,
  PARTS_OF_DAY,
  QUALIFIER,
  QUALIFIERS,
  RATE_BREAKERS,
  relativeUnit,
  SEASONS,
  sentenceInitial,
  SETS,
  UNIT,
  unitName,
  VAGUE_AMOUNT,
  VAGUE_REFERENCES,
  WEEKDAY_PREFIX,
  WEEKDAYS,
  year,
} from './vocabulary.js';

export interface Rule {
  /** Cheap tests that must all pass on a sentence before the pattern is worth running on it. */
  needs: RegExp[];
  pattern: RegExp;
  /** `headline` is set for text in title case, where capitals say nothing about names. */
  build(groups: Record<string, string | undefined>, start: number, end: number, text: string, headline: boolean): Recognised | Recognised[] | null;
}

/** The day a time of day or a 'Monday' falls on. */
function resolveDayWord(word: string, context: ResolveContext): DayDate | null {
  const w = lower(word);
  const { reference } = context;
  if (w in WEEKDAYS) return weekdayDate(reference, WEEKDAYS[w], null, context.tense);
  if (!hasDay(reference)) return null;
  const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
  return addDays(reference, shift);
}

// Most sentences hold no date: these cheap tests keep the patterns off them.
const DIGIT = /\d/;
const MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
const WEEKDAY = /[dD][aA][yY]/;
const UNIT_WORD = /second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur/i;
const DAY_WORD = /today|tonight|yesterday|tomorrow|night|morning|afternoon|evening/i;
const SEASON = /spring|summer|autumn|fall|winter/i;
const CENTURY = /century/i;
const QUARTER = /quarter/i;
const HALF = /half/i;
const AGO = /ago|now|hence/i;
const EVERY = /every|each|per/i;
const LATER = /earlier|later|before|after/i;
const SET_WORD = new RegExp(alternation(Object.keys(SETS)), 'i');
const HOLIDAY = /Christmas|New Year|Valentine|Halloween/i;
const NOON = /noon|midday|midnight/i;
const VAGUE = /recent|past|future|present|ongoing|soon|long|short|now/i;

export const rules: Rule[] = [
  // December 20, 2025 · Sat., Dec. 20, 2025
  {
    needs: [DIGIT, MONTH],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${month('month')}\\s+${day('day')},?\\s+${year('year')}`, 'gi'),
    build: (g, start, end) => dayDate(g.month!, g.day!, g.year!, start, end),
  },
  // 20 December 2025 · the 20th of December, 2025
  {
    needs: [DIGIT, MONTH],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?${day('day')}\\s+(?:of\\s+)?${month('month')},?\\s+${year('year')}`, 'gi'),
    build: (g, start, end) => dayDate(g.month!, g.day!, g.year!, start, end),
  },
  // November 2025 · early May 2008
  {
    needs: [DIGIT, MONTH],
    pattern: new RegExp(`\\b${MODIFIER}${month('month')},?\\s+(?:of\\s+)?${year('year')}`, 'gi'),
    build: (g, start, end) => (capitalised(g.month) ? explicitDate('date', { year: Number(g.year), month: monthNumber(g.month!) }, start, end) : null),
  },
  // December 10-12, 2025 · 10–12 December 2025 · June 3-5
  {
    needs: [DIGIT, MONTH],
    pattern: new RegExp(
      `\\b${month('month')}\\s+${day('from')}\\s?[-–]\\s?${day('to')}(?:,?\\s+${year('year')})?|\\b${day('from2')}\\s?[-–]\\s?${day('to2')}\\s+${month('month2')}(?:,?\\s+${year('year2')})?`,
      'gi',
    ),
    build: (g, start, end) => {
      const monthText = g.month ?? g.month2!;
      const [from, to, yearText] = [Number(g.from ?? g.from2), Number(g.to ?? g.to2), g.year ?? g.year2];
      if (!capitalised(monthText) || !(from < to)) return null;
      const m = monthNumber(monthText);
      if (yearText) {
        const y = Number(yearText);
        if (!isValidDay(y, m, to)) return null;
        return fixed('range', `${formatDate({ year: y, month: m, day: from })}/${formatDate({ year: y, month: m, day: to })}`, start, end);
      }
      if (!isValidDay(2024, m, to)) return null;
      return relative('range', start, end, ({ reference, tense }) => {
        const first = parseDate(monthDayDate(reference, m, from, tense));
        if (!first || !isValidDay(first.year, m, to)) return null;
        return `${formatDate(first)}/${formatDate({ ...first, day: to })}`;
      });
    },
  },
  // December 10 · on Monday, June 1st · 11 December · the 5th of May
  {
    needs: [DIGIT, MONTH],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}${MODIFIER}${month('month')}\\s+${day('day')}`, 'gi'),
    build: (g, start, end) => monthDay(g.month!, g.day!, start, end),
  },
  {
    needs: [DIGIT, MONTH],
    pattern: new RegExp(`\\b${WEEKDAY_PREFIX}(?:the\\s+)?${day('day')}\\s+(?:of\\s+)?${month('month')}`, 'gi'),
    build: (g, start, end) => monthDay(g.month!, g.day!, start, end),
  },
  // October · last October · early June · October of next year
  {
    needs: [MONTH],
    pattern: new RegExp(
      `\\b${MODIFIER}(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?${fullMonth('month')}(?:\\s+(?:of\\s+)?(?<yrel>this|last|next)\\s+year\\b)?`,
      'gi',
    ),
    build: (g, start, end, text) => {
      if (!capitalised(g.month)) return null;
      const governed = MAY_CONTEXT.test(text.slice(Math.max(0, start - 30), start));
      if (!g.rel && !g.mod && !g.yrel && lower(g.month) === 'may' && !governed) return null;
      if (!g.rel && !g.mod && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 3)) && !governed) return null;
      const m = monthNumber(g.month!);
      if (g.yrel) {
        const shift = direction(g.yrel) ?? 0;
        return relative('date', start, end, ({ reference }) => (reference ? formatDate({ year: reference.year + shift, month: m }) : null));
      }
      return relative('date', start, end, ({ reference, tense }) => monthDate(reference, m, direction(g.rel), tense));
    },
  },
  // 2026 · mid-2025 · the end of 2009 · fiscal 2009
  {
    needs: [DIGIT],
    pattern: new RegExp(`\\b${MODIFIER}(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?${year('year')}(?![-–/.]\\d|,\\d)`, 'gi'),
    build: (g, start, end, text) => {
      if (!looksLikeYear(text, end - g.year!.length, end, !!(g.mod || g.fiscal))) return null;
      return explicitDate('date', { year: Number(g.year) }, start, end);
    },
  },
  // between 2004 and 2022 · from 2009 to 2011 · 2004–2022 · 2009-10 · 2005/2006
  {
    needs: [DIGIT],
    pattern: new RegExp(`\\b(?:between|from)\\s+${year('from')}\\s+(?:and|to|through|until|till|-|–)\\s+${year('to')}`, 'gi'),
    build: (g, start, end) => range(Number(g.from), Number(g.to), start, end),
  },
  {
    needs: [DIGIT],
    pattern: new RegExp(`\\b${year('from')}(?:\\s?[-–—]\\s?|/)(?<to>\\d{4}|\\d\\d)\\b(?![-–./]\\d)`, 'gi'),
    build: (g, start, end) => {
      const from = Number(g.from);
      const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.to) : Number(g.to);
      return range(from, to, start, end);
    },
  },
  // the 1990s · the '90s · the 70s and 80s
  {
    needs: [DIGIT],
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?<decade>1[6-9]\d|20\d)0s\b/gi,
    build: (g, start, end) => fixed('date', g.decade!, start, end),
  },
  {
    needs: [DIGIT],
    pattern: /(?:\bthe\s+|(?<=\d0s\s{1,3}(?:and|or|to)\s{1,3}))(?:(?:early|mid|late)[\s-]+)?['’]?(?<decade>[1-9])0s\b|['’](?<apostrophe>[1-9])0s\b/gi,
    build: (g, start, end) => fixed('date', `19${g.decade ?? g.apostrophe}`, start, end),
  },
  // the 21st century · the twentieth century
  {
    needs: [CENTURY],
    pattern: /\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:(?<number>\d{1,2})(?:st|nd|rd|th)|(?<word>nineteenth|twentieth|twenty[\s-]first|twenty[\s-]second))[\s-]+century\b/gi,
    build: (g, start, end) => {
      const ordinal = g.number ? Number(g.number) : { nineteenth: 19, twentieth: 20 }[lower(g.word)] ?? (lower(g.word).endsWith('first') ? 21 : 22);
      return fixed('date', String(ordinal - 1).padStart(2, '0'), start, end);
    },
  },
  // spring 2009 · last summer · spring
  {
    needs: [SEASON],
    pattern: new RegExp(
      `\\b${MODIFIER}(?:(?<rel>last|next|this|this\\s+past|coming|past)\\s+)?(?<season>${alternation(Object.keys(SEASONS))})\\b(?:\\s+(?:of\\s+)?${year('year')})?`,
      'gi',
    ),
    build: (g, start, end, text) => {
      const season = SEASONS[lower(g.season)];
      if (g.year) return fixed('date', `${g.year}-${season}`, start, end);
      if (lower(g.season) === 'fall' && !g.rel) return null;
      if (!g.rel && /[A-Z][a-z]*\s+$/.test(text.slice(Math.max(0, start - 20), start))) return null;
      return relative('date', start, end, ({ reference }) => seasonDate(reference, season, direction(g.rel)));
    },
  },
  // the first quarter of 2009 · the third quarter of this year · third-quarter · last quarter
  {
    needs: [QUARTER],
    pattern: new RegExp(
      `\\b(?<the>the\\s+)?(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter\\b(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?${year('year')}|(?<yrel>this|last|next|the\\s+previous|the\\s+current|the\\s+same)\\s+(?:fiscal\\s+)?year\\b|the\\s+year\\b))?`,
      'gi',
    ),
    build: (g, start, end) => {
      const ordinal = lower(g.ordinal);
      if (ordinal === 'last' && !g.the && !g.year && !g.yrel) return relative('date', start, end, ({ reference }) => shiftUnit(reference, 'quarter', -1));
      // 'the last quarter of 2009' is its fourth; a bare 'last quarter' is the one before the reference date's.
      const quarter = lexicon.ordinals[ordinal as keyof typeof lexicon.ordinals];
      return periodOfYear(`Q${quarter}`, quarter * 3 - 2, g.year, g.yrel, start, end);
    },
  },
  {
    needs: [DIGIT],
    pattern: new RegExp(`\\bQ(?<quarter>[1-4])(?:\\s+|[-/'’])?(?:${year('year')}|(?<short>\\d\\d)\\b)?|\\b${year('before')}\\s+Q(?<quarter2>[1-4])\\b`, 'gi'),
    build: (g, start, end, text) => {
      if (!/Q[1-4]/.test(text.slice(start, end))) return null;
      const quarter = Number(g.quarter ?? g.quarter2);
      const y = g.year ?? g.before ?? (g.short ? String(fullYear(g.short)) : undefined);
      return periodOfYear(`Q${quarter}`, quarter * 3 - 2, y, undefined, start, end);
    },
  },
  // the first half of 2009 · second-half
  {
    needs: [HALF],
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?<ordinal>first|second|latter|1st|2nd)(?<joint>[\\s-]+)half\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?${year('year')}|(?<yrel>this|last|next)\\s+year\\b|(?<theyear>the\\s+year)\\b))?`,
      'gi',
    ),
    build: (g, start, end) => {
      if (!g.year && !g.yrel && !g.theyear && !g.joint!.includes('-')) return null;
      const half = /^(?:first|1st)$/.test(lower(g.ordinal)) ? 1 : 2;
      return periodOfYear(`H${half}`, half * 6 - 5, g.year, g.yrel, start, end);
    },
  },
  // next year · last month · this week · earlier this year · the previous year · the past week
  {
    needs: [UNIT_WORD],
    pattern: new RegExp(
      `\\b${MODIFIER}(?:(?<side>earlier|later)\\s+)?(?<rel>this|last|next|the\\s+previous|the\\s+following|the\\s+coming|the\\s+current|the\\s+last|the\\s+past|the\\s+next|previous|coming|past|current)\\s+(?:fiscal\\s+)?(?<unit>year|month|weekend|week|quarter|decade|century)\\b(?!-)`,
      'gi',
    ),
    build: (g, start, end) => {
      const unit = relativeUnit(lower(g.unit))!;
      const rel = lower(g.rel);
      if (rel === 'the past' && !g.mod && !g.side) return relative('duration', start, end, () => durationValue(1, unit === 'weekend' ? 'week' : unit));
      const shift = direction(rel) ?? 0;
      const anaphoric = rel === 'the previous' || rel === 'the following';
      return relative('date', start, end, ({ reference, anchor }) => (anaphoric ? shiftUnit(anchor, unit, shift) : null) ?? shiftUnit(reference, unit, shift));
    },
  },
  // the end of the year · the rest of the month: the one the reference date is in
  {
    needs: [UNIT_WORD],
    pattern: /\b(?:the\s+(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of|(?:earlier|later)\s+in)\s+the\s+(?<unit>year|month|week)\b(?!-)/gi,
    build: (g, start, end) => {
      const unit = relativeUnit(lower(g.unit))!;
      return relative('date', start, end, ({ reference }) => shiftUnit(reference, unit, 0));
    },
  },
  // the year before · the year previous
  {
    needs: [UNIT_WORD],
    pattern: /\bthe\s+(?<unit>year|month|week|day)\s+(?:before|previous|earlier|prior)\b/gi,
    build: (g, start, end) => {
      const unit = relativeUnit(lower(g.unit))!;
      return relative('date', start, end, ({ reference, anchor }) => shiftUnit(anchor, unit, -1) ?? shiftUnit(reference, unit, -1));
    },
  },
  // the same month a year ago · the same period last year
  {
    needs: [UNIT_WORD],
    pattern: /\bthe\s+same\s+(?:period|month|quarter|time|week|day)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of|in)\s+the\s+previous\s+year|the\s+previous\s+year)\b/gi,
    build: (_g, start, end) =>
      relative('date', start, end, ({ reference, anchor }) => {
        const base = anchor ?? reference;
        return base ? formatDate({ ...base, year: base.year - 1 }) : null;
      }),
  },
  // Christmas · New Year's Day · Christmas Eve 2024
  {
    needs: [HOLIDAY],
    pattern: new RegExp(`\\b(?:(?<rel>last|next|this)\\s+)?(?<holiday>${alternation(Object.keys(HOLIDAYS))})\\b(?:,?\\s+${year('year')})?`, 'gi'),
    build: (g, start, end) => {
      if (!capitalised(g.holiday)) return null;
      const [m, d] = HOLIDAYS[lower(g.holiday).replace(/’/g, "'")];
      if (g.year) return explicitDate('date', { year: Number(g.year), month: m, day: d }, start, end);
      const dir = direction(g.rel);
      return relative('date', start, end, ({ reference, tense }) => monthDayDate(reference, m, d, tense, dir === 0 ? null : dir));
    },
  },
  // today · yesterday · tonight · this morning · yesterday afternoon · earlier today
  {
    needs: [DAY_WORD],
    pattern: /\b(?:(?:earlier|later)\s+)?(?<word>today|tonight|yesterday|tomorrow|last\s+night|this\s+(?<part>morning|afternoon|evening))\b(?:\s+(?<after>morning|afternoon|evening|night)\b)?/gi,
    build: (g, start, end, text, headline) => {
      if (!headline && capitalised(g.word) && !sentenceInitial(text, start)) return null;
      const word = lower(g.word);
      const part = lower(g.part ?? g.after ?? (word === 'tonight' || word === 'last night' ? 'night' : ''));
      const dayWord = word.startsWith('this') ? 'today' : word === 'tonight' ? 'today' : word;
      if (word === 'today' && !part) return relative('date', start, end, ({ reference }) => (reference ? formatDate(reference) : null));
      return relative(part ? 'time' : 'date', start, end, (context) => {
        const date = resolveDayWord(dayWord, context);
        return date ? formatDate(date) + (part ? `T${PARTS_OF_DAY[part]}` : '') : null;
      });
    },
  },
  // Monday · last Friday · Thursday night · Mondays
  {
    needs: [WEEKDAY],
    pattern: new RegExp(
      `\\b(?:(?<rel>last|next|this|coming|this\\s+past|this\\s+coming|past)\\s+)?(?<weekday>${alternation(FULL_WEEKDAYS)})(?<plural>s)?\\b(?:\\s+(?<part>morning|afternoon|evening|night)\\b)?`,
      'gi',
    ),
    build: (g, start, end, text, headline) => {
      if (!capitalised(g.weekday)) return null;
      if (!headline && ((!g.rel && partOfName(text, start, end)) || (capitalised(g.part) && /^\s+[A-Z]/.test(text.slice(end, end + 2))))) return null;
      const number = WEEKDAYS[lower(g.weekday)];
      if (g.plural) return fixed('set', `XXXX-WXX-${number}`, start, end);
      const part = g.part ? PARTS_OF_DAY[lower(g.part)] : undefined;
      return relative(part ? 'time' : 'date', start, end, (context) => {
        const date = weekdayDate(context.reference, number, direction(g.rel), context.tense);
        return date ? formatDate(date) + (part ? `T${part}` : '') : null;
      });
    },
  },
  // two weeks ago · a year ago · three years from now · years ago
  {
    needs: [UNIT_WORD, AGO],
    pattern: new RegExp(`\\b(?:${QUALIFIER}\\s+)?(?<number>${NUMBER})[\\s-]+${UNIT}\\s+(?:ago|from\\s+now|hence)\\b`, 'gi'),
    build: (g, start, end, text) => {
      const amount = parseNumber(g.number!);
      if (amount === 'X') return fixed('date', 'PAST_REF', start, end);
      const unit = relativeUnit(unitName(g.unit));
      if (!unit) return null;
      const sign = /ago$/i.test(text.slice(start, end)) ? -1 : 1;
      const found = relative('date', start, end, ({ reference }) => shiftCount(reference, unit, sign * amount));
      return g.qual ? { ...found, qualifier: QUALIFIERS[lower(g.qual)] } : found;
    },
  },
  // a year earlier · two days later: counted from the date before it in the sentence, else from the reference
  {
    needs: [UNIT_WORD, LATER],
    pattern: new RegExp(`\\b(?<number>${NUMBER})[\\s-]+${UNIT}\\s+(?<way>earlier|later|before|after)(?=\\s*(?:[.,;:)]|$))`, 'gi'),
    build: (g, start, end) => {
      const amount = parseNumber(g.number!);
      const unit = relativeUnit(unitName(g.unit));
      if (amount === 'X' || !unit) return null;
      const count = /^(?:later|after)$/i.test(g.way!) ? amount : -amount;
      return relative('date', start, end, ({ reference, anchor }) => shiftCount(anchor, unit, count) ?? shiftCount(reference, unit, count));
    },
  },
  {
    needs: [UNIT_WORD, AGO],
    pattern: new RegExp(`\\b(?:(?:${VAGUE_AMOUNT})\\s+)?(?:years|months|decades|weeks|days)\\s+ago\\b`, 'gi'),
    build: (_g, start, end) => fixed('date', 'PAST_REF', start, end),
  },
  // 15 a year · $28 an hour · per month: a rate, unless the words around make it a length of time ('for a year', 'a day after')
  {
    needs: [UNIT_WORD],
    pattern: new RegExp(`\\b(?<article>a|an|per)\\s+${UNIT}\\b`, 'gi'),
    build: (g, start, end, text) => {
      const previous = /([\p{L}\d%]+)\W*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1].toLowerCase();
      const next = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1].toLowerCase();
      const rate = lower(g.article) === 'per' || (previous !== undefined && !DURATION_CONTEXT.has(previous) && !RATE_BREAKERS.has(next ?? ''));
      return rate ? fixed('set', durationValue(1, unitName(g.unit)), start, end) : null;
    },
  },
  // more than two decades · the next five years · almost two and a half years · 27-year · several years
  {
    needs: [UNIT_WORD],
    pattern: new RegExp(
      `\\b(?:${QUALIFIER}\\s+|(?<span>the\\s+(?:next|past|last|previous|coming|following|first|final|remaining)|another|a\\s+further)\\s+)?(?<number>${NUMBER}|${VAGUE_AMOUNT})(?<half>\\s+and\\s+a\\s+half)?[\\s-]+${UNIT}\\b(?![\\s-]+old\\b|-)`,
      'gi',
    ),
    build: (g, start, end) => {
      const unit = unitName(g.unit);
      if ((unit === 'second' || unit === 'quarter') && /^(?:a|an)$/i.test(g.number!)) return null;
      let amount = parseNumber(g.number!);
      if (amount !== 'X' && g.half) amount += 0.5;
      const value = durationValue(amount, unit);
      const span = lower(g.span);
      const qualifier = g.qual ? QUALIFIERS[lower(g.qual)] : undefined;
      if (/^the (?:next|past|last|previous|coming|remaining)$/.test(span)) {
        return { ...fixed('duration', value, start, end, qualifier), relative: true };
      }
      return fixed('duration', value, start, end, qualifier);
    },
  },
  // between 60 and 90 days · 30 to 40 days: two durations, as TimeML annotates them
  {
    needs: [UNIT_WORD],
    pattern: new RegExp(`\\b(?:between\\s+)?(?<low>${NUMBER})\\s*(?:and|to|or|-|–)\\s*(?<high>${NUMBER})[\\s-]+${UNIT}\\b(?![\\s-]+old\\b|-)`, 'gi'),
    build: (g, start, end, text) => {
      const low = parseNumber(g.low!);
      const high = parseNumber(g.high!);
      const unit = unitName(g.unit);
      if (low === 'X' || high === 'X' || !(low < high)) return null;
      const matched = text.slice(start, end);
      const lowStart = start + (/^between\s+/i.exec(matched)?.[0].length ?? 0);
      const highStart = start + matched.lastIndexOf(g.high!);
      return [fixed('duration', durationValue(low, unit), start, lowStart + g.low!.length), fixed('duration', durationValue(high, unit), highStart, end)];
    },
  },
  // half a year · half an hour
  {
    needs: [UNIT_WORD, HALF],
    pattern: new RegExp(`\\bhalf\\s+an?\\s+${UNIT}\\b`, 'gi'),
    build: (g, start, end) => fixed('duration', durationValue(0.5, unitName(g.unit)), start, end),
  },
  // over the years · in recent years · for decades
  {
    needs: [UNIT_WORD],
    pattern: /\b(?:over\s+the|in\s+recent|recent|for|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming|in\s+the\s+coming)\s+(?<unit>years|months|decades|weeks|days|centuries)\b/gi,
    build: (g, start, end, text) => {
      const unit = unitName(g.unit);
      const value = durationValue('X', unit);
      return /\b(?:next|coming|past|last|recent)\b/i.test(text.slice(start, end)) ? relative('duration', start, end, () => value) : fixed('duration', value, start, end);
    },
  },
  // every year · each month · every Monday · annual · monthly
  {
    needs: [EVERY],
    pattern: new RegExp(`\\b(?:every|each|per)\\s+(?:(?<number>${NUMBER}|other)\\s+)?${UNIT}\\b|\\b(?:every|each)\\s+(?<weekday>${alternation(FULL_WEEKDAYS)})\\b`, 'gi'),
    build: (g, start, end) => {
      if (g.weekday) return capitalised(g.weekday) ? fixed('set', `XXXX-WXX-${WEEKDAYS[lower(g.weekday)]}`, start, end) : null;
      const amount = lower(g.number) === 'other' ? 2 : g.number ? parseNumber(g.number) : 1;
      return fixed('set', durationValue(amount, unitName(g.unit)), start, end);
    },
  },
  {
    needs: [SET_WORD],
    pattern: new RegExp(`\\b(?<word>${alternation(Object.keys(SETS))})\\b`, 'gi'),
    build: (g, start, end, text, headline) => {
      if (!headline && capitalised(g.word) && !sentenceInitial(text, start)) return null;
      return fixed('set', SETS[lower(g.word)], start, end);
    },
  },
  // 18:00 UTC · 6:40 p.m. · 9.30am · 10 am · 16:00 UTC today · 12:00 UTC Monday
  {
    needs: [DIGIT],
    pattern: new RegExp(
      `\\b(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d)(?:\\s?(?<ampm>[ap]\\.?\\s?m\\.?(?![a-z])))?|\\.(?<dotminute>[0-5]\\d)\\s?(?<ampm3>[ap]\\.?\\s?m\\.?(?![a-z]))|\\s?(?<ampm2>[ap]\\.?\\s?m\\.?(?![a-z])))(?:\\s?(?<open>\\()?(?<zone>UTC|GMT|Z)\\b(?<offset>\\s?[+−-]\\s?\\d{1,2}(?::?\\d\\d)?)?(?<close>\\))?)?(?:,?\\s(?:on\\s)?(?<day>today|tonight|yesterday|tomorrow|${alternation(FULL_WEEKDAYS)})\\b)?`,
      'gi',
    ),
    build: (g, start, end) => {
      const ampm = g.ampm ?? g.ampm2 ?? g.ampm3;
      const minute = g.minute ?? g.dotminute ?? '00';
      if (g.close && !g.open) end--;
      if (g.day && lower(g.day) in WEEKDAYS && !capitalised(g.day)) return null;
      let hour = Number(g.hour);
      if (ampm && (hour === 0 || hour > 12)) return null;
      if (ampm) hour = (hour % 12) + (/^p/i.test(ampm) ? 12 : 0);
      const clock = `T${String(hour).padStart(2, '0')}:${minute}${zoneSuffix(g.zone, g.offset)}`;
      return relative('time', start, end, (context) => {
        const date = g.day ? resolveDayWord(g.day, context) : (context.day ?? (hasDay(context.reference) ? context.reference : null));
        return date ? formatDate(date) + clock : null;
      });
    },
  },
  // at noon · midnight: on the day the sentence names
  {
    needs: [NOON],
    pattern: /\b(?<word>noon|midday|midnight)\b/gi,
    build: (g, start, end) => {
      const clock = lower(g.word) === 'midnight' ? 'T24:00' : 'T12:00';
      return relative('time', start, end, (context) => {
        const date = context.day ?? (hasDay(context.reference) ? context.reference : null);
        return date ? formatDate(date) + clock : null;
      });
    },
  },
  // 2025-12-20 · 7/8/07 (month first, as in American news) · 20.12.2025
  {
    needs: [DIGIT],
    pattern: /\b(?<year>\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b|\b(?<first>\d{1,2})\/(?<second>\d{1,2})\/(?<slashyear>\d{4}|\d\d)\b|\b(?<dotday>\d{1,2})\.(?<dotmonth>\d{1,2})\.(?<dotyear>\d{4})\b/g,
    build: (g, start, end) => {
      if (g.year) return dayDate(g.month!, g.day!, g.year, start, end);
      if (g.dotyear) return dayDate(g.dotmonth!, g.dotday!, g.dotyear, start, end);
      let [m, d] = [Number(g.first), Number(g.second)];
      if (m > 12) [m, d] = [d, m];
      return dayDate(String(m), String(d), String(fullYear(g.slashyear!)), start, end);
    },
  },
  // recent · the past · the future · soon · right now
  {
    needs: [VAGUE],
    pattern: new RegExp(`\\b(?<words>${alternation(Object.keys(VAGUE_REFERENCES))})\\b(?!-)`, 'gi'),
    build: (g, start, end) => fixed('date', VAGUE_REFERENCES[lower(g.words).replace(/’/g, "'")], start, end),
  },
];

/** UTC and GMT are Z; 'GMT +8' is +08:00; local times keep no zone. */
function zoneSuffix(zone: string | undefined, offset: string | undefined): string {
  if (!zone) return '';
  const match = /([+−-])\s?(\d{1,2})(?::?(\d\d))?/.exec(offset ?? '');
  if (!match) return 'Z';
  return `${match[1] === '+' ? '+' : '-'}${match[2].padStart(2, '0')}:${match[3] ?? '00'}`;
}

function dayDate(monthText: string, dayText: string, yearText: string, start: number, end: number): Recognised | null {
  const m = /^\d+$/.test(monthText) ? Number(monthText) : capitalised(monthText) ? monthNumber(monthText) : undefined;
  const date = { year: Number(yearText), month: m!, day: Number(dayText) };
  if (!m || !isValidDay(date.year, date.month, date.day)) return null;
  return explicitDate('date', date, start, end);
}

function monthDay(monthText: string, dayText: string, start: number, end: number): Recognised | null {
  if (!capitalised(monthText)) return null;
  const m = monthNumber(monthText);
  const d = Number(dayText);
  if (!isValidDay(2024, m, d)) return null;
  return relative('date', start, end, ({ reference, tense }) => monthDayDate(reference, m, d, tense));
}

function range(from: number, to: number, start: number, end: number): Recognised | null {
  if (to <= from) return null;
  return fixed('range', `${from}/${to}`, start, end);
}

/** A quarter or half of a year: of the year given, of 'this/last year', or the one the tense points to. */
function periodOfYear(suffix: string, firstMonth: number, yearText: string | undefined, yearWord: string | undefined, start: number, end: number): Recognised {
  if (yearText) return fixed('date', `${yearText}-${suffix}`, start, end);
  const shift = yearWord ? (direction(lower(yearWord).replace(/^the /, '')) ?? 0) : null;
  return relative('date', start, end, ({ reference, tense }) => {
    if (!reference) return null;
    let y = reference.year + (shift ?? 0);
    if (shift === null && reference.month !== undefined) {
      const current = quarterOf(reference.month);
      const period = quarterOf(firstMonth);
      if (tense === 'past' && period > current) y--;
      if (tense === 'future' && period < current) y++;
    }
    return `${y}-${suffix}`;
  });
}
