import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './analyse.js';

const money = (text: string) => {
  const f = onlyFigure(text);
  return { text: f.text, kind: f.kind, value: f.value, unit: f.unit, valueHigh: f.valueHigh };
};

describe('figures: money', () => {
  it('reads currency symbols before the number, with the ISO 4217 code as unit', () => {
    expect(money('It paid $94,000 to settle.')).toMatchObject({ text: '$94,000', kind: 'money', value: 94000, unit: 'USD' });
    expect(money('It cost £60,000 to build.')).toMatchObject({ value: 60000, unit: 'GBP' });
    expect(money('A ticket is €12.50 now.')).toMatchObject({ value: 12.5, unit: 'EUR' });
    expect(money('Lunch was ¥1,200 there.')).toMatchObject({ value: 1200, unit: 'JPY' });
    expect(money('The bike cost 100₾ in Tbilisi.')).toMatchObject({ value: 100, unit: 'GEL' });
  });

  it('reads dollar signs with a country prefix', () => {
    expect(money('Japan pledged US$19 billion.')).toMatchObject({ value: 19e9, unit: 'USD' });
    expect(money('Sales were C$5.2 million.')).toMatchObject({ value: 5.2e6, unit: 'CAD' });
    expect(money('Profit was A$3m.')).toMatchObject({ value: 3e6, unit: 'AUD' });
    expect(money('It raised HK$10bn.')).toMatchObject({ value: 10e9, unit: 'HKD' });
    expect(money('Sell Mex$ 10 million forward.')).toMatchObject({ value: 10e6, unit: 'MXN' });
  });

  it('reads ISO codes before or after the number, and M-prefixed codes as millions', () => {
    expect(money('Buy it for USD 200.')).toMatchObject({ text: 'USD 200', value: 200, unit: 'USD' });
    expect(money('The price was 350 GBP.')).toMatchObject({ text: '350 GBP', value: 350, unit: 'GBP' });
    expect(money('The order is USD115.')).toMatchObject({ value: 115, unit: 'USD' });
    expect(money('They lost 75 USD million.')).toMatchObject({ text: '75 USD million', value: 75e6, unit: 'USD' });
    expect(money('Revenue grew to 120 MEUR.')).toMatchObject({ value: 120e6, unit: 'EUR' });
  });

  it('reads lower-case codes next to a number, unless the code is also an English word', () => {
    expect(money('the bill was 1.5 million usd')).toMatchObject({ value: 1.5e6, unit: 'USD' });
    expect(figuresOf('he said 5 try again').every((f) => f.kind !== 'money')).toBe(true);
  });

  it('reads dotted country abbreviations before a currency name', () => {
    expect(money('We spent 1,000 U.S. dollars.')).toMatchObject({ text: '1,000 U.S. dollars', unit: 'USD' });
  });

  it('does not read an English word that is also a currency code as money', () => {
    expect(figuresOf('ALL 51 carriers were banned.').every((f) => f.kind !== 'money')).toBe(true);
  });

  it('reads currency names after the number, qualified by a country where written', () => {
    expect(money('It lent 500 billion rubles.')).toMatchObject({ value: 500e9, unit: 'RUB' });
    expect(money('He paid 1,000 yen.')).toMatchObject({ value: 1000, unit: 'JPY' });
    expect(money('The fund holds 125 million Australian dollars.')).toMatchObject({ value: 125e6, unit: 'AUD' });
    expect(money('He was fined 10,000 Swiss francs.')).toMatchObject({ value: 10000, unit: 'CHF' });
    expect(money('It costs 10 Turkish lira.')).toMatchObject({ value: 10, unit: 'TRY' });
    expect(money('It cost 2.3 trillion won.')).toMatchObject({ value: 2.3e12, unit: 'KRW' });
    expect(money('Profit was 361 million pounds.')).toMatchObject({ value: 361e6, unit: 'GBP' });
  });

  it('reads pounds of something as a weight, not money', () => {
    expect(onlyFigure('They sold 5 pounds of sugar.')).toMatchObject({ kind: 'quantity', unit: 'pounds' });
  });

  it('reads subunits as a fraction of the main unit', () => {
    expect(money('Shares fell 34 cents.')).toMatchObject({ value: 0.34, unit: 'USD' });
    expect(money('The shares closed at 197 pence.')).toMatchObject({ value: 1.97, unit: 'GBP' });
  });

  it('applies magnitudes, spelled or short', () => {
    expect(money('Trade reached $45 billion.')).toMatchObject({ value: 45e9, unit: 'USD' });
    expect(money('Japan is targeting 3 trillion yen of projects.')).toMatchObject({ text: '3 trillion yen', value: 3e12, unit: 'JPY' });
    expect(money('Costs were £600m.')).toMatchObject({ value: 600e6 });
    expect(money('Debt was €2.5tn.')).toMatchObject({ value: 2.5e12 });
    expect(money('Revenue was $1.13bn.')).toMatchObject({ value: 1.13e9 });
    expect(money('A salary of $50k is typical.')).toMatchObject({ value: 50000 });
    expect(money('A loan of 35 lakh rupees.')).toMatchObject({ value: 3.5e6, unit: 'INR' });
  });

  it('reads written-out amounts', () => {
    expect(money('It sold three billion dollars of bonds.')).toMatchObject({ value: 3e9, unit: 'USD' });
    expect(money('It costs a quarter million US dollars.')).toMatchObject({ value: 250000, unit: 'USD' });
    expect(money('The bid was one-yen.')).toMatchObject({ text: 'one-yen', value: 1, unit: 'JPY' });
    expect(money('Pay three thousand dollars now.')).toMatchObject({ value: 3000 });
  });

  it('adds cents written after a whole amount', () => {
    expect(money('It only cost 3 dollars 50 cents.')).toMatchObject({ value: 3.5 });
    expect(money('It only cost thirteen dollars forty-five cents')).toMatchObject({ value: 13.45 });
    expect(money('It costs only 15 dollars and 15.')).toMatchObject({ value: 15.15 });
    expect(figuresOf('It paid $5 and 10 people came.').map((f) => f.value)).toEqual([5, 10]);
    expect(money('He paid 3 euros 50 cents.')).toMatchObject({ value: 3.5, unit: 'EUR' });
    expect(figuresOf('It cost 25 dollars and 30 pence.').map((f) => [f.value, f.unit])).toEqual([
      [25, 'USD'],
      [0.3, 'GBP'],
    ]);
  });

  it('reads ranges with both ends, the magnitude written once applying to both', () => {
    expect(money('The cost is $3-5 billion.')).toMatchObject({ value: 3e9, valueHigh: 5e9, unit: 'USD' });
    expect(money('It will give between $12 million and $20 million.')).toMatchObject({ text: 'between $12 million and $20 million', value: 12e6, valueHigh: 20e6 });
    expect(money('It will cost $3 to $5 million.')).toMatchObject({ value: 3e6, valueHigh: 5e6 });
  });

  it('gives a bare scaled amount the currency of the sentence', () => {
    const figures = figuresOf('GM asked for US$5 billion on top of the four billion it has received.');
    expect(figures.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['US$5 billion', 'money', 5e9, 'USD'],
      ['four billion', 'money', 4e9, 'USD'],
    ]);
  });

  it('reads a change from one amount to another as two figures, not a range', () => {
    expect(figuresOf('The price rose from $63.45 to $70.').map((f) => f.value)).toEqual([63.45, 70]);
  });

  it('links an amount and its equivalent in brackets, both ways', () => {
    const figures = figuresOf('Japan is targeting 3 trillion yen (US$19 billion) worth of projects.');
    expect(figures.map((f) => [f.text, f.equivalentOf])).toEqual([
      ['3 trillion yen', 1],
      ['US$19 billion', 0],
    ]);
  });

  it('reads tokenised text: spaced signs, decimals and detached prefixes', () => {
    expect(money('montgomery county - - $ 75 million of bonds')).toMatchObject({ text: '$ 75 million', value: 75e6, unit: 'USD' });
    expect(money('it ranges between c $ 16.4 million')).toMatchObject({ value: 16.4e6, unit: 'CAD' });
    expect(money('exports fell to hk $ 10.05 billion')).toMatchObject({ value: 10.05e9, unit: 'HKD' });
    expect(money('pay usd$ 15')).toMatchObject({ value: 15, unit: 'USD' });
  });
});
