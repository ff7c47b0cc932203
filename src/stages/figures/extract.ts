import type { FigureKind, Qualifier } from '../../article/types.js';
import { isClockWord, isMonth } from './calendar-words.js';
import { countedNoun } from './counted-noun.js';
import { attachedCurrency, currencyNames, currencySign, detachedDollarPrefix, isGenericSubunit, lowercaseIsoCode, type CurrencyWord } from './currencies.js';
import { gluedMeasure, measureNames } from './measures.js';
import { magnitudeOf, readDigitWord, readNumeral, type Numeral } from './numerals.js';
import { PhraseTable } from './phrases.js';
import { qualifierPhrases } from './qualifiers.js';
import { numberText, withoutPossessive, type Word } from './words.js';

/** A figure found in a sentence, by word index; `index.ts` turns it into an article Figure. */
export interface FoundFigure {
  /** First word (the qualifier or currency sign included) and one past the last. */
  first: number;
  end: number;
  kind: FigureKind;
  value: number;
  valueHigh?: number;
  unit: string;
  qualifier?: Qualifier;
}

/** What the words are part of: capitalisation means little in a title or at the start of a sentence. */
export interface SegmentContext {
  titleCase: boolean;
  /** The word opens a sentence (after any opening quotation mark or list dash). */
  opensSentence(word: number): boolean;
}

type Attempt = { figure?: FoundFigure; end: number } | undefined;

const percentPhrases = new PhraseTable<true>();
for (const phrase of ['%', 'percent', 'per cent', 'pct', 'percentage point', 'percentage points', 'percentage', 'percents', 'pc']) percentPhrases.add(phrase.split(' '), true);
// '--' is how plain-text news writes a dash: '30 -- 40 days'.
const RANGE_WORDS = new Set(['-', '–', '--', 'to']);
const SIGNS = new Set(['', '+', '-', '−', '~']);
// A number right after these is an identifier, not an amount: 'No. 5', 'page 12', 'Flight 200', 'Chapter 11'.
const ID_WORDS = new Set([
  'no', 'nos', 'number', '#', 'p', 'pp', 'page', 'pages', 'channel', 'chapter', 'section', 'article', 'route', 'flight', 'room', 'grade', 'level',
  'version', 'v', 'phase', 'stage', 'round', 'game', 'episode', 'season', 'vol', 'volume', 'issue', 'item', 'line',
  'platform', 'gate', 'terminal', 'row', 'seat', 'suite', 'unit', 'box', 'step', 'rule', 'clause', 'paragraph', 'part',
  'track', 'highway', 'interstate', 'resolution', 'act', 'amendment', 'order', 'category', 'class', 'type', 'model',
  'series', 'block', 'zone', 'district', 'ward', 'precinct', 'code', 'tier', 'division', 'league', 'week', 'day', 'year',
]);

/** Every figure of a segment's words, left to right; a word belongs to one figure at most. */
export function findFigures(words: Word[], context: SegmentContext): FoundFigure[] {
  const figures: FoundFigure[] = [];
  let i = 0;
  while (i < words.length) {
    const attempt = figureAt(words, i, context);
    if (!attempt) {
      i++;
      continue;
    }
    if (attempt.figure) figures.push(attempt.figure);
    i = Math.max(attempt.end, i + 1);
  }
  return figures;
}

/**
 * Reads a figure starting at `words[first]`: [qualifier] [between] [currency] numeral [range] [unit | counted noun].
 * Returns undefined when nothing starts here, `{ end }` without a figure for numbers that are never figures
 * (years, dates, ordinals, names) so that their words are not read again.
 */
function figureAt(words: Word[], first: number, context: SegmentContext): Attempt {
  const percentOf = percentOfNumber(words, first);
  if (percentOf) return percentOf;
  let at = first;
  const qualifier = qualifierPhrases.match(words, at);
  if (qualifier) at = qualifier.end;
  const between = words[at]?.key === 'between';
  if (between) at++;
  const sign = currencyBefore(words, at);
  if (sign) at = sign.end;
  const digitWord = at < words.length ? readDigitWord(numberText(words[at])) : undefined;
  const gluedPrefix = digitWord?.prefix ? currencySign(digitWord.prefix) : undefined;
  if (digitWord && !gluedPrefix && !SIGNS.has(digitWord.prefix)) return undefined;
  const currency = gluedPrefix ?? sign?.currency;
  const low = readNumeral(words, at, currency !== undefined);
  if (!low) return undefined;
  if (low.spelled && words[at].key === 'a' && !currency && !low.scaled) return undefined;

  // A range: '$3-5 billion' (inside the word), '20 to 25 percent', 'between $12 million and $20 million'.
  let value = low.value;
  let high = low.high;
  let last: Numeral = low;
  const upper = high === undefined && !low.suffix ? upperEnd(words, first, low, between, currency) : undefined;
  if (upper) {
    // The scale written once applies to both ends: '$3-5 billion', '20 to 25 million'.
    const shared = upper.factor !== 1 && low.factor === 1 && low.value * upper.factor <= upper.value;
    if (shared) value = low.value * upper.factor;
    if (value <= upper.value) {
      high = upper.value;
      last = upper;
    }
  }
  // '52-35' is a score, not a range.
  if (high !== undefined && high < value) high = undefined;

  const unit = unitAfter(words, last, currency);
  if (unit === 'never') return { end: last.end };
  const base = { first, qualifier: qualifier?.value };
  if (unit && unit.kind === 'money') {
    const scale = unit.currency.scale;
    let end = unit.end;
    let amount = value * scale * unit.scale;
    const amountHigh = high === undefined ? undefined : high * scale * unit.scale;
    const cents = amountHigh === undefined && scale === 1 && !low.scaled && unit.scale === 1 ? centsAfter(words, end, unit.currency.code) : undefined;
    if (cents) {
      amount += cents.value;
      end = cents.end;
    }
    return { end, figure: figure(base, end, 'money', amount, amountHigh, unit.currency.code) };
  }
  if (unit) return { end: unit.end, figure: figure(base, unit.end, unit.kind, value * unit.scale, high === undefined ? undefined : high * unit.scale, unit.name) };

  if (neverACount(words, first, at, low, last, high, context)) return { end: last.end };
  const counted = countedNoun(words, last.end, value);
  if (counted === 'time' || counted === 'name') return { end: last.end };
  if (counted) {
    if (low.value === 1 && words[low.start].key === 'one') return { end: last.end };
    const name = withoutPossessive(words[counted.head].text);
    return { end: counted.head + 1, figure: figure(base, counted.head + 1, 'count', value, high, name) };
  }
  // A spelled-out number alone ('appoint six', 'the two') is too often a pronoun; 'the four billion' is not.
  if ((low.spelled && last.factor < 1e6) || !bareNumberIsFigure(words, at, last)) return { end: last.end };
  return { end: last.end, figure: figure(base, last.end, 'count', value, high, '') };
}

/** 'per cent of twenty-two': a percentage written before its number, which ends the phrase. */
function percentOfNumber(words: Word[], first: number): Attempt {
  const percent = percentPhrases.match(words, first);
  if (!percent || words[percent.end]?.key !== 'of') return undefined;
  const numeral = readNumeral(words, percent.end + 1, false);
  const after = numeral ? words[numeral.end] : undefined;
  if (!numeral || numeral.suffix || (after && !after.punct)) return undefined;
  return { end: numeral.end, figure: figure({ first }, numeral.end, 'percent', numeral.value, undefined, '%') };
}

/**
 * A number with no noun after it ('to 230.', 'eliminate 789, or', '3,700 in Germany') is still a count;
 * but not a model name ("Boeing's 747", 'the 787 would'), a fraction ('1 / 4') or a number run into
 * another ('50 50 dollar bills').
 */
function bareNumberIsFigure(words: Word[], at: number, last: Numeral): boolean {
  const before = words[at - 1];
  const after = words[last.end];
  if (after && (after.text === '/' || readDigitWord(numberText(after)) || currencySign(after.text))) return false;
  // Model names are never written with a scale: 'the four billion it has received' is an amount.
  if (!before || last.factor >= 1e6) return true;
  if (before.possessive && before.capitalized) return false;
  // 'the 250 required', 'the 60 needed' leave the noun out; 'the 787 would', 'final 717 to' name a model.
  const leftOut = after !== undefined && after.pos === 'VERB' && /ed$/.test(after.key);
  return !((before.pos === 'DET' || before.pos === 'ADJ') && !leftOut);
}

/** The high end of a range after `low`: '- 5 billion', 'to $20 million', 'and 25' after 'between'. */
function upperEnd(words: Word[], first: number, low: Numeral, between: boolean, currency: CurrencyWord | undefined): Numeral | undefined {
  const connector = words[low.end];
  if (!connector || !(RANGE_WORDS.has(connector.key) || (between && connector.key === 'and'))) return undefined;
  // 'from 14% to 17%' is a change between two figures.
  if (!between && first > 0 && words[first - 1].key === 'from') return undefined;
  let next = low.end + 1;
  const sign = currencyBefore(words, next);
  if (sign && (!currency || sign.currency.code !== currency.code)) return undefined;
  if (sign) next = sign.end;
  const digitWord = next < words.length ? readDigitWord(numberText(words[next])) : undefined;
  if (digitWord?.prefix && !(currency && currencySign(digitWord.prefix)?.code === currency.code)) return undefined;
  const upper = readNumeral(words, next, currency !== undefined);
  return upper && upper.spelled === low.spelled ? upper : undefined;
}

function figure(base: { first: number; qualifier?: Qualifier }, end: number, kind: FigureKind, value: number, valueHigh: number | undefined, unit: string): FoundFigure {
  const result: FoundFigure = { first: base.first, end, kind, value: tidy(value), unit };
  if (valueHigh !== undefined) result.valueHigh = tidy(valueHigh);
  if (base.qualifier) result.qualifier = base.qualifier;
  return result;
}

function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A currency sign before the number: '$', 'US$', 'USD', 'MAUD', or tokenised 'c $', 'hk $'. */
function currencyBefore(words: Word[], at: number): { currency: CurrencyWord; end: number } | undefined {
  const word = words[at];
  if (!word) return undefined;
  const next = words[at + 1];
  if (next && next.text === '$' && detachedDollarPrefix(word.text) && next.start - word.end <= 1) {
    const currency = currencySign(`${word.text}$`);
    if (currency) return { currency, end: at + 2 };
  }
  const lowerCode = lowercaseIsoCode(word.text);
  const currency = currencySign(word.text) ?? (lowerCode && /^\d/.test(next?.text ?? '') ? { code: lowerCode, scale: 1, symbol: false } : undefined);
  return currency ? { currency, end: at + 1 } : undefined;
}

type Unit =
  | { kind: 'money'; currency: CurrencyWord; scale: number; end: number }
  | { kind: 'percent' | 'quantity'; name: string; scale: number; end: number };

/** What follows the numeral: a percent sign, a currency (glued or written after), or a measure. */
function unitAfter(words: Word[], numeral: Numeral, currency: CurrencyWord | undefined): Unit | 'never' | undefined {
  const glued = numeral.suffix;
  let end = numeral.end;
  if (glued) {
    const suffix = glued.toLowerCase();
    if (suffix === '%' || suffix === 'pc') return currency ? 'never' : { kind: 'percent', name: '%', scale: 1, end };
    const after = attachedCurrency(glued);
    if (after && !currency) return moneyWithScale(words, after, end, numeral.scaled);
    const measure = gluedMeasure(glued);
    if (measure && !currency) return { kind: 'quantity', name: measure, scale: 1, end };
    if (suffix.startsWith('-') && currency) {
      // '$70-a-share', '$5-billion'
      const scale = magnitudeOf(suffix.slice(1), true) ?? 1;
      return { kind: 'money', currency, scale, end };
    }
    if (suffix.startsWith('-')) {
      // 'one-yen' pays, '10-km' measures; 'five-year', '20-page' describe something else.
      const rest = suffix.slice(1);
      const name = currencyNames.single(rest);
      if (name) return { kind: 'money', currency: name, scale: 1, end };
      const measureAfterHyphen = gluedMeasure(rest);
      return measureAfterHyphen ? { kind: 'quantity', name: measureAfterHyphen, scale: 1, end } : 'never';
    }
    return 'never';
  }
  if (currency) {
    // '$5.9 billion dollars', 'USD$ 23 billion dollar': the name repeats the sign.
    const repeated = currencyNames.match(words, end);
    if (repeated && repeated.value.scale === 1 && (repeated.value.code === currency.code || currency.symbol)) end = repeated.end;
    return { kind: 'money', currency, scale: 1, end };
  }
  const word = words[end];
  if (!word) return undefined;
  // Tokenised '30 - year', '10 - km': a compound written with a spaced hyphen.
  const next = words[end + 1];
  if ((word.text === '-' || word.text === '–') && next && /^\p{L}/u.test(next.text) && !readNumeral(words, end + 1, false)) {
    return unitAfter(words, { ...numeral, end: end + 2, suffix: `-${next.key}` }, currency);
  }
  const percent = percentPhrases.match(words, end);
  if (percent) return { kind: 'percent', name: '%', scale: 1, end: percent.end };
  const name = currencyNames.match(words, end);
  if (name) {
    // '5 pounds of sugar' weighs; '5 pounds' pays.
    if (/^pounds?$/.test(word.key) && words[name.end]?.key === 'of') return { kind: 'quantity', name: 'pounds', scale: 1, end: name.end };
    return moneyWithScale(words, name.value, name.end, numeral.scaled);
  }
  // '5 €', '115 USD', '120 MEUR'; a symbol before another number belongs to that one, unless cents follow ('10 $ 30 cent').
  const lowerCode = lowercaseIsoCode(word.text);
  const sign = currencySign(word.text) ?? (lowerCode ? { code: lowerCode, scale: 1, symbol: false } : undefined);
  const signStartsNext = sign?.symbol && /^\d/.test(words[end + 1]?.text ?? '') && currencyNames.match(words, end + 2)?.value.scale !== 0.01;
  if (sign && !signStartsNext) return moneyWithScale(words, sign, end + 1, numeral.scaled);
  const measure = measureNames.match(words, end);
  if (measure) return { kind: 'quantity', name: measure.value, scale: 1, end: measure.end };
  return undefined;
}

/** '75 USD million': a scale may follow a currency written after the number. */
function moneyWithScale(words: Word[], currency: CurrencyWord, end: number, scaled: boolean): Unit {
  const scale = !scaled && words[end] ? magnitudeOf(words[end].key, true) : undefined;
  return scale && scale >= 1e3 ? { kind: 'money', currency, scale, end: end + 1 } : { kind: 'money', currency, scale: 1, end };
}

/** '3 dollars 50 cents', '15 dollars and 15', '10 $ 30 cent': the smaller unit added to a whole amount. */
function centsAfter(words: Word[], at: number, code: string): { value: number; end: number } | undefined {
  let k = at;
  if (words[k]?.key === 'and') k++;
  const numeral = readNumeral(words, k, false);
  if (!numeral || numeral.scaled || numeral.high !== undefined || !Number.isInteger(numeral.value) || numeral.value >= 100) return undefined;
  if (numeral.suffix) return undefined;
  const subunit = currencyNames.match(words, numeral.end);
  if (subunit && subunit.value.scale === 0.01) {
    const sameCurrency = subunit.value.code === code || isGenericSubunit(words[numeral.end].key);
    return sameCurrency ? { value: numeral.value / 100, end: subunit.end } : undefined;
  }
  const next = words[numeral.end];
  // Without 'cents' the second number must end the phrase: '15 dollars and 50.' but not '$5 and 10 people'.
  if (next && !next.punct && next.key !== 'and' && next.key !== 'more') return undefined;
  return { value: numeral.value / 100, end: numeral.end };
}

/** Numbers that are never a count: years, days of a month, clock times, ordinals, names, ids, list numbers, phone numbers, scores. */
function neverACount(words: Word[], first: number, at: number, low: Numeral, last: Numeral, high: number | undefined, context: SegmentContext): boolean {
  const before = at > 0 ? words[at - 1] : undefined;
  const after = words[last.end];
  const digits = low.digitWord;
  if (digits) {
    if (!low.scaled && isYear(digits.digits, digits.grouped)) return true;
    if (last !== low && last.digitWord && isYear(last.digitWord.digits, last.digitWord.grouped)) return true;
    if (digits.highDigits && isYear(digits.highDigits, false) && isYear(digits.digits, false)) return true;
    if (!low.scaled && !digits.grouped && Number.isInteger(low.value) && low.value >= 1 && low.value <= 31 && isDayOfMonth(words, at, last.end)) return true;
    if (isClockWord(after)) return true;
    if (digits.prefix === '+' || (digits.highDigits && /^\d{3}$/.test(digits.digits) && /^\d{4}$/.test(digits.highDigits))) return true;
    // '001', '007': a leading zero makes a serial number or code.
    if (/^0\d/.test(digits.digits)) return true;
    if (digits.high !== undefined && high === undefined) return true;
    if (at === firstContentWord(words) && after && (after.text === '.' || after.text === ')')) return true;
    // '(1)', '[1]': list and footnote markers.
    if ((before?.text === '(' && after?.text === ')') || (before?.text === '[' && after?.text === ']')) return true;
  }
  // 'No. 5': the abbreviation's full stop is a word of its own.
  const label = before?.text === '.' ? words[at - 2] : before;
  if (label && ID_WORDS.has(label.key) && first === at) return true;
  // Inside a name: 'G20' never gets here; 'Boeing 747 jets', 'Flight 200', 'Three Non-Nuclear Principles' do.
  // Headlines capitalise every word, so there only a number followed by nothing countable is a name.
  if (before && first === at && /\p{Lu}/u.test(before.text) && before.pos === 'PROPN' && !before.possessive) {
    const named = !context.titleCase || !after || after.punct || after.capitalized || countedNoun(words, last.end, low.value) === undefined;
    if (named) return true;
  }
  if (low.spelled && words[low.start].capitalized && !context.titleCase && !context.opensSentence(low.start)) return true;
  return false;
}

/** '10 December', 'December 10', 'dec . 12', '12, 1994': the number is a day of a month. */
function isDayOfMonth(words: Word[], at: number, end: number): boolean {
  const stop = words[at - 1]?.text === '.';
  const before = stop ? words[at - 2] : words[at - 1];
  if (isMonth(before, stop) || isMonth(words[end])) return true;
  const year = words[end]?.text === ',' ? words[end + 1] : undefined;
  return year !== undefined && isYear(year.text, false);
}

/** The first word that is not a list marker or an opening quotation mark. */
function firstContentWord(words: Word[]): number {
  let k = 0;
  while (k < words.length && words[k].punct) k++;
  return k;
}

function isYear(digits: string, grouped: boolean): boolean {
  if (grouped || !/^\d{4}$/.test(digits)) return false;
  const year = Number(digits);
  return year >= 1000 && year <= 2100;
}
