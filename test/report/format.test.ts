import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/article/types.js';
import { figureValue } from '../../src/report/describe.js';
import { formatNumber, formatScore } from '../../src/report/format.js';
import { niceTicks } from '../../src/report/charts/svg.js';
import { sentimentStep } from '../../src/report/palette.js';

describe('formatNumber', () => {
  it('groups thousands and trims trailing zeros, the same on every machine', () => {
    expect(formatNumber(3e12)).toBe('3,000,000,000,000');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatNumber(0.125)).toBe('0.125');
    expect(formatNumber(999)).toBe('999');
  });
});

describe('formatScore', () => {
  it('signs scores and never writes a negative zero', () => {
    expect(formatScore(0.421)).toBe('+0.42');
    expect(formatScore(-0.1)).toBe('-0.10');
    expect(formatScore(-0.001)).toBe('0.00');
  });
});

describe('sentimentStep', () => {
  it('puts scores into seven steps around a neutral band', () => {
    expect([-0.9, -0.3, -0.1, 0, 0.04, 0.1, 0.3, 0.9].map(sentimentStep)).toEqual(['neg3', 'neg2', 'neg1', 'zero', 'zero', 'pos1', 'pos2', 'pos3']);
    expect(sentimentStep(Number.NaN)).toBe('zero');
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten up to at least the largest value', () => {
    expect(niceTicks(52)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1)).toEqual([0, 1]);
  });
});

describe('figureValue', () => {
  const figure = (kind: Figure['kind'], value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({ start: 0, end: 1, text: 'x', kind, value, unit, sentence: 0, ...extra });

  it('writes the full value with its unit, the percent sign close up', () => {
    expect(figureValue(figure('percent', 12.5, '%', { qualifier: 'more_than' }))).toBe('more than 12.5%');
    expect(figureValue(figure('count', 42, 'cars'))).toBe('42 cars');
    expect(figureValue(figure('money', 3e9, 'USD', { valueHigh: 5e9 }))).toBe('3,000,000,000–5,000,000,000 USD');
  });
});
