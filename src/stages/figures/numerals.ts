import { isPlural } from './counted-noun.js';
import { numberText, type Word } from './words.js';
import { lookup } from './lookup.js';

/**
 * A number written with digits, read from one word with whatever is glued to it:
 * '$1.13bn' -> prefix '$', 1.13, suffix 'bn'; '15-20%' -> 15, high 20, suffix '%'; '42,000' -> 42000.
 */
export interface DigitWord {
  prefix: string;
  value: number;
  high?: number;
  suffix: string;
  /** The digits as written, to tell years and phone numbers from amounts. */
  digits: string;
  highDigits?: string;
  /** '42,000' has thousands separators: never a year. */
  grouped: boolean;
}

// Linear: the prefix cannot contain digits and each part is anchored by a literal, so no backtracking blow-up.
const DIGIT_WORD = /^(\D*?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[-–](\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?)?(\D*)$/;

export function readDigitWord(text: string): DigitWord | undefined {
  const m = DIGIT_WORD.exec(text);
  if (!m) return undefined;
  const [, prefix, whole, fraction = '', highWhole, highFraction = '', suffix] = m;
  const value = Number(whole.replace(/,/g, '') + fraction);
  const result: DigitWord = { prefix, value, suffix, digits: whole + fraction, grouped: whole.includes(',') };
  if (highWhole !== undefined) {
    result.high = Number(highWhole.replace(/,/g, '') + highFraction);
    result.highDigits = highWhole + highFraction;
  }
  return result;
}

const UNITS = lookup<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = lookup<number>({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });

/** Scale words after a number; 'm', 'b' and 'k' only count where money is written ('£600m'). */
export const MAGNITUDES = lookup<number>({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
});
const MONEY_MAGNITUDES = lookup<number>({ m: 1e6, b: 1e9, k: 1e3, tr: 1e12 });

export function magnitudeOf(key: string, moneyContext: boolean): number | undefined {
  return MAGNITUDES[key] ?? (moneyContext ? MONEY_MAGNITUDES[key] : undefined);
}

/** The value of one number word: 'five', 'twenty-five', 'forty'. */
export function numberWordValue(key: string): number | undefined {
  if (key in UNITS) return UNITS[key];
  if (key in TENS) return TENS[key];
  const compound = /^([a-z]+)-([a-z]+)$/.exec(key);
  if (compound && compound[1] in TENS && compound[2] in UNITS && UNITS[compound[2]] > 0 && UNITS[compound[2]] < 10) {
    return TENS[compound[1]] + UNITS[compound[2]];
  }
  return undefined;
}

/** A numeral over one or more words. */
export interface Numeral {
  start: number;
  /** Index just past the numeral's last word. */
  end: number;
  value: number;
  high?: number;
  /** Written out in words ('three billion'), not digits. */
  spelled: boolean;
  /** A scale was applied ('3 trillion', '£600m'). */
  scaled: boolean;
  /** What the value was multiplied by: 1e9 for '5 billion'. */
  factor: number;
  /** Letters glued after the number: '%' of '15%', 'km' of '500km', '-yen' of 'one-yen'. */
  suffix: string;
  /** The digit word that starts it, when it is written with digits. */
  digitWord?: DigitWord;
}

const FRACTIONS = lookup<number>({ half: 0.5, quarter: 0.25 });

/**
 * Reads the numeral starting at `words[at]`: digits ('42,000', '1.5 million', '3-5 billion') or words
 * ('three billion', 'one hundred and five', 'a quarter million', 'two dozen'). `moneyContext` lets the
 * short scales 'm', 'b', 'k' count.
 */
export function readNumeral(words: Word[], at: number, moneyContext: boolean): Numeral | undefined {
  const first = words[at];
  if (!first) return undefined;
  const digitWord = readDigitWord(numberText(first));
  if (digitWord) {
    const sign = digitWord.prefix.endsWith('-') || digitWord.prefix.endsWith('−') ? -1 : 1;
    let factor = 1;
    let end = at + 1;
    let suffix = digitWord.suffix;
    // '1.2m barrels', '3m people': a short scale before a plural noun or a measure, as in money.
    const scaleContext = moneyContext || pluralFollows(words[at + 1]);
    const glued = suffix ? magnitudeOf(suffix.toLowerCase(), scaleContext) : undefined;
    if (glued) {
      factor = glued;
      suffix = '';
    } else if (!suffix) {
      const scale = readScale(words, end, moneyContext);
      if (scale) {
        factor = scale.factor;
        end = scale.end;
      }
    }
    const high = digitWord.high === undefined ? undefined : round(sign * digitWord.high * factor);
    return { start: at, end, value: round(sign * digitWord.value * factor), high, spelled: false, scaled: factor !== 1, factor, suffix, digitWord };
  }
  if (!opensSpelledNumeral(first.key)) return undefined;
  return readSpelled(words, at) ?? readHyphenated(words, at);
}

function pluralFollows(word: Word | undefined): boolean {
  return word !== undefined && word.pos === 'NOUN' && !word.capitalized && isPlural(word);
}

/** One or more scale words in rising order: 'million', 'hundred thousand', 'bn'. */
function readScale(words: Word[], at: number, moneyContext: boolean): { factor: number; end: number } | undefined {
  let factor = 1;
  let end = at;
  let last = 0;
  while (end < words.length) {
    const scale = magnitudeOf(words[end].key, moneyContext);
    if (!scale || scale <= last) break;
    factor *= scale;
    last = scale;
    end++;
  }
  return end > at ? { factor, end } : undefined;
}

function keyAt(words: Word[], i: number): string {
  return i < words.length ? words[i].key : '';
}

function isScaleWord(key: string): boolean {
  return (MAGNITUDES[key] ?? 0) >= 100 || key === 'dozen';
}

/** Whether a word can open a spelled-out numeral: most words cannot, and are turned away cheaply. */
export function opensSpelledNumeral(key: string): boolean {
  return key === 'a' || key === 'an' || key in FRACTIONS || numberWordValue(key) !== undefined || /^[a-z]+-/.test(key);
}

function readSpelled(words: Word[], at: number): Numeral | undefined {
  if (!opensSpelledNumeral(words[at].key)) return undefined;
  const key = (i: number): string => keyAt(words, i);
  const isScale = isScaleWord;
  let end = at;
  let total = 0;
  let current = 0;
  let factor = 1;
  // 'a billion', 'a dozen', 'a quarter million': the article stands for one only before a scale.
  if ((key(at) === 'a' || key(at) === 'an') && (isScale(key(at + 1)) || key(at + 1) in FRACTIONS)) {
    current = 1;
    end = at + 1;
  }
  if (key(end) in FRACTIONS) {
    // 'a quarter million', 'half a billion'
    const next = key(end + 1) === 'a' ? end + 2 : end + 1;
    const scale = MAGNITUDES[key(next)] ?? 0;
    if (scale < 1e3) return undefined;
    return { start: at, end: next + 1, value: FRACTIONS[key(end)] * scale, spelled: true, scaled: true, factor: scale, suffix: '' };
  }
  while (end < words.length) {
    const k = key(end);
    const small = numberWordValue(k);
    if (small !== undefined) {
      // 'one hundred five', 'twenty five' continue a number; 'five six' does not.
      const continues = current === 0 || current % 100 === 0 || (current % 10 === 0 && current % 100 >= 20 && small < 10);
      if (!continues) break;
      current += small;
      end++;
      continue;
    }
    const scale = k === 'dozen' ? 12 : MAGNITUDES[k];
    if (scale && current > 0) {
      if (scale >= 1e3) {
        total += current * scale;
        current = 0;
      } else current *= scale;
      factor = scale;
      end++;
      continue;
    }
    // 'one hundred and five': 'and' joins only inside a larger number.
    if (k === 'and' && (total > 0 || current >= 100) && current % 100 === 0 && (numberWordValue(key(end + 1)) ?? 100) < 100) {
      end++;
      continue;
    }
    break;
  }
  if (end === at) return undefined;
  // The factor splits the value only when the last scale ends it: 'five million' -> 5 x 1e6.
  const value = total + current;
  const lastFactor = current === 0 ? factor : 1;
  return { start: at, end, value, spelled: true, scaled: factor !== 1, factor: lastFactor, suffix: '' };
}

/** A number word glued to its unit: 'one-yen', 'five-year', 'ten-km'. */
function readHyphenated(words: Word[], at: number): Numeral | undefined {
  const match = /^([a-z]+(?:-[a-z]+)?)(-[^-].*)$/.exec(words[at].key);
  if (!match) return undefined;
  const value = numberWordValue(match[1]);
  if (value === undefined) return undefined;
  return { start: at, end: at + 1, value, spelled: true, scaled: false, factor: 1, suffix: match[2] };
}

/** Floating-point noise from scaling ('1.13 * 1e9') must not reach the output. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
