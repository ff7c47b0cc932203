import { describe, expect, it } from 'vitest';
import { attachedCurrency, currencySign, isoCode, lowercaseIsoCode } from '../../../src/stages/figures/currencies.js';
import { gluedMeasure } from '../../../src/stages/figures/measures.js';
import { numberWordValue, readDigitWord, readNumeral } from '../../../src/stages/figures/numerals.js';
import { makeWord } from '../../../src/stages/figures/words.js';

const words = (text: string) => {
  let at = 0;
  return text.split(' ').map((w) => {
    const word = makeWord(w, at, at + w.length, 'X');
    at += w.length + 1;
    return word;
  });
};
const spelled = (text: string) => readNumeral(words(text), 0, false)?.value;

describe('figures: numerals', () => {
  it('reads digits with separators, decimals, ranges and what is glued to them', () => {
    expect(readDigitWord('42,000')).toMatchObject({ value: 42000, grouped: true, prefix: '', suffix: '' });
    expect(readDigitWord('$1.13bn')).toMatchObject({ prefix: '$', value: 1.13, suffix: 'bn' });
    expect(readDigitWord('15-20%')).toMatchObject({ value: 15, high: 20, suffix: '%' });
    expect(readDigitWord('2025')).toMatchObject({ value: 2025, grouped: false, digits: '2025' });
    expect(readDigitWord('G20')).toMatchObject({ prefix: 'G' });
    expect(readDigitWord('10:30')).toBeUndefined();
    expect(readDigitWord('12/10/2025')).toBeUndefined();
    expect(readDigitWord('trains')).toBeUndefined();
  });

  it('reads written-out numbers', () => {
    expect(numberWordValue('twenty-five')).toBe(25);
    expect(numberWordValue('twenty-zero')).toBeUndefined();
    expect(numberWordValue('constructor')).toBeUndefined();
    expect(spelled('three billion')).toBe(3e9);
    expect(spelled('one hundred and five')).toBe(105);
    expect(spelled('twenty five')).toBe(25);
    expect(spelled('two dozen')).toBe(24);
    expect(spelled('a quarter million')).toBe(250000);
    expect(spelled('half a billion')).toBe(5e8);
    expect(spelled('a billion')).toBe(1e9);
    expect(spelled('five six')).toBe(5);
    expect(spelled('a car')).toBeUndefined();
  });

  it('scales digits by the words after them, and by m or k only where money is written', () => {
    expect(readNumeral(words('1.5 million'), 0, false)?.value).toBe(1.5e6);
    expect(readNumeral(words('3 hundred thousand'), 0, false)?.value).toBe(3e5);
    expect(readNumeral(words('600m'), 0, true)?.value).toBe(600e6);
    expect(readNumeral(words('600m'), 0, false)?.value).toBe(600);
  });
});

describe('figures: currency and measure lexicons', () => {
  it('maps signs and codes to ISO 4217, preferring the currency English news means', () => {
    expect(currencySign('$')?.code).toBe('USD');
    expect(currencySign('£')?.code).toBe('GBP');
    expect(currencySign('¥')?.code).toBe('JPY');
    expect(currencySign('€')?.code).toBe('EUR');
    expect(currencySign('₹')?.code).toBe('INR');
    expect(currencySign('C$')?.code).toBe('CAD');
    expect(currencySign('R$')?.code).toBe('BRL');
    expect(currencySign('NZ$')?.code).toBe('NZD');
    expect(currencySign('cad$')?.code).toBe('CAD');
    expect(currencySign('MEUR')).toMatchObject({ code: 'EUR', scale: 1e6 });
    expect(currencySign('dollar')).toBeUndefined();
    expect(isoCode('JPY')).toBe('JPY');
    expect(isoCode('ALL')).toBeUndefined();
    expect(lowercaseIsoCode('usd')).toBe('USD');
    expect(lowercaseIsoCode('try')).toBeUndefined();
  });

  it('reads currencies and measures glued after the digits', () => {
    expect(attachedCurrency('元')?.code).toBe('CNY');
    expect(attachedCurrency('USD')?.code).toBe('USD');
    expect(attachedCurrency('p')).toMatchObject({ code: 'GBP', scale: 0.01 });
    expect(gluedMeasure('km')).toBe('km');
    expect(gluedMeasure('C')).toBe('°C');
    expect(gluedMeasure('x')).toBeUndefined();
    expect(gluedMeasure('constructor')).toBeUndefined();
    expect(attachedCurrency('toString')).toBeUndefined();
  });
});
