// The words and pattern pieces the date rules are built from, and the tests that tell a year from a
// count or a weekday from a name. Every piece is linear: no nested quantifiers.
import type { Qualifier } from '../../article/types.js';
import lexicon from './lexicon.json' with { type: 'json' };
import type { Unit } from './resolve.js';

const MONTHS: Record<string, number> = lexicon.months;
export const WEEKDAYS: Record<string, number> = lexicon.weekdays;
const NUMBERS: Record<string, number> = lexicon.numbers;
export const QUALIFIERS = lexicon.qualifiers as Record<string, Qualifier>;
export const SEASONS: Record<string, string> = lexicon.seasons;
export const PARTS_OF_DAY: Record<string, string> = lexicon.partsOfDay;
export const SETS: Record<string, string> = lexicon.sets;
export const VAGUE_REFERENCES: Record<string, string> = lexicon.vagueReferences;
export const HOLIDAYS: Record<string, number[]> = lexicon.holidays;

/** Alternation of phrases, longest first, spaces matching any run of white space. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)).replace(/ /g, '\\s+'))
    .join('|');
}

const FULL_MONTHS = Object.keys(MONTHS).filter((name) => name.length > 4 || ['may', 'june', 'july'].includes(name));
const SHORT_MONTHS = Object.keys(MONTHS).filter((name) => !FULL_MONTHS.includes(name));
export const FULL_WEEKDAYS = Object.keys(WEEKDAYS).filter((name) => name.endsWith('day'));
export const month = (name: string) => `(?<${name}>(?:${alternation(FULL_MONTHS)})\\b|(?:${alternation(SHORT_MONTHS)})(?:\\.|\\b))`;
export const fullMonth = (name: string) => `(?<${name}>${alternation(FULL_MONTHS)})\\b`;
export const day = (name: string) => `(?<${name}>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b`;
export const year = (name: string) => `(?<${name}>1[6-9]\\d\\d|20\\d\\d|21\\d\\d)\\b`;
export const WEEKDAY_PREFIX = `(?:(?:${alternation(Object.keys(WEEKDAYS))})\\.?,?\\s+(?:the\\s+)?)?`;
export const MODIFIER = '(?:(?<mod>early|mid|middle|late|the\\s+(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of)[\\s-]+)?';
const NUMBER_WORDS = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|${alternation(Object.keys(NUMBERS))}|a\\s+dozen|a\\s+couple\\s+of`;
export const VAGUE_AMOUNT = alternation(lexicon.vagueAmounts);
export const NUMBER = `(?:(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)|${NUMBER_WORDS})`;
export const UNIT = '(?<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?';
export const QUALIFIER = `(?<qual>${alternation(Object.keys(QUALIFIERS))})`;

export const capitalised = (word: string | undefined) => !!word && word[0] !== word[0].toLowerCase();
export const lower = (text: string | undefined) => (text ?? '').toLowerCase().replace(/\s+/g, ' ');
export const monthNumber = (name: string) => MONTHS[lower(name).replace('.', '')];

export function parseNumber(text: string): number | 'X' {
  const words = lower(text).replace(/^(?:a|an) (?=\w)/, '').split(/[\s-]+/).filter((word) => word !== 'and' && word !== 'of');
  if (words.length === 1 && /^\d/.test(words[0])) return Number(words[0].replace(/,/g, ''));
  if (lexicon.vagueAmounts.includes(lower(text))) return 'X';
  let value = 0;
  for (const word of words) {
    if (word === 'hundred' || word === 'dozen') value = (value || 1) * NUMBERS[word];
    else if (word === 'couple') value += 2;
    else value += NUMBERS[word] ?? 0;
  }
  return value;
}

export function fullYear(digits: string): number {
  if (digits.length === 4) return Number(digits);
  const short = Number(digits);
  return short < 50 ? 2000 + short : 1900 + short;
}

const UNIT_CODES: Record<string, [string, number]> = {
  second: ['TS', 1],
  minute: ['TM', 1],
  hour: ['TH', 1],
  day: ['D', 1],
  week: ['W', 1],
  fortnight: ['W', 2],
  month: ['M', 1],
  quarter: ['M', 3],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
};

export const unitName = (text: string | undefined) => lower(text).replace(/ies$/, 'y').replace(/ie$/, 'y').replace(/s$/, '');

/** ISO 8601 duration: P5Y, PT30M, P2.5Y; vague amounts give TimeML's PXY. */
export function durationValue(amount: number | 'X', unit: string): string {
  const [code, multiple] = UNIT_CODES[unit];
  const time = code.startsWith('T') ? 'T' : '';
  const letter = code.slice(-1);
  if (amount === 'X') return `P${time}X${unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : letter}`;
  return `P${time}${+(amount * multiple).toFixed(3)}${letter}`;
}

export function relativeUnit(unit: string): Unit | null {
  return (['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'] as const).find((u) => u === unit) ?? null;
}

const STRONG_YEAR_CONTEXT = /\b(?:in|since|by|until|till|during|before|after|throughout|circa|from|through|between|early|late|mid|the end of|fiscal|FY)\s*$/i;
const YEAR_OWNERS = /(?:\b(?:the|a|its|their|his|her|our|this|that|last|next)|['’]s)\s+$/i;
const NOT_PLURAL_NOUNS = new Set(['was', 'has', 'is', 'as', 'this', 'its', 'us', 'plus', 'thus', 'his', 'yes', 'towards', 'afterwards', 'whereas', 'unless']);
const COUNTED_NOUNS = new Set(['people', 'aircraft', 'staff', 'personnel', 'km', 'kg', 'mw', 'mph', 'ft', 'feet', 'men', 'women', 'children', 'yen', 'yuan', 'baht']);

/** A four-digit number is a year unless it is money, part of a number or a count ('2000 jobs'). Named years ('Euro 1996') are years. */
export function looksLikeYear(text: string, start: number, end: number, modified: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:[$€£¥#№]|\d[.,]?)\s*$/.test(before)) return false;
  if (/^\s*(?:%|percent|per cent|[.,]\d)/i.test(text.slice(end, end + 10))) return false;
  if (modified || STRONG_YEAR_CONTEXT.test(before)) return true;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24));
  if (next && !YEAR_OWNERS.test(before)) {
    const word = next[1];
    if (COUNTED_NOUNS.has(word.toLowerCase())) return false;
    if (word === word.toLowerCase() && /[^s]s$/.test(word) && !NOT_PLURAL_NOUNS.has(word)) return false;
  }
  return true;
}

export const DURATION_CONTEXT = new Set(lexicon.durationContext);
export const RATE_BREAKERS = new Set(['ago', 'later', 'earlier', 'before', 'after', 'or', 'and', 'from', 'since', 'old', 'long']);

const LONGER_WORD = /\b[A-Za-z][a-z]{3,}\b/g;

/** 'GM Posts First Annual Loss Since 1992': most longer words capitalised, as headlines are written. */
export function isTitleCase(text: string): boolean {
  let upper = 0;
  let all = 0;
  LONGER_WORD.lastIndex = 0;
  for (let match = LONGER_WORD.exec(text); match; match = LONGER_WORD.exec(text)) {
    const word = match[0];
    all++;
    if (word[0] <= 'Z') upper++;
  }
  return all >= 3 && upper >= 0.7 * all;
}

/** At the start of the sentence or of a quotation, where any word is capitalised. */
export function sentenceInitial(text: string, start: number): boolean {
  return start === 0 || /(?:^|[.!?:"“‘'(—–-])\s*$/.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * A capitalised word right before a weekday, or right after one that no preposition governs, makes
 * it part of a name: 'The Sunday Times', 'Gloomy Sunday', 'Saturday Night Live'.
 */
export function partOfName(text: string, start: number, end: number): boolean {
  const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
  if (/^[A-Z]/.test(previous) && !sentenceInitial(text, start - previous.length - 1) && !(lower(previous) in MONTHS)) return true;
  const governed = /\b(?:on|by|until|till|since|before|after|from|last|next|this|early|late)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
  return !governed && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 3)) && !/^\s+(?:[A-Z][a-z]+\s+)?\d/.test(text.slice(end, end + 20));
}

export const MAY_CONTEXT = /\b(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|or|on|for|the|early|late|mid|last|next|this|their|its)[\s-]+$/i;
