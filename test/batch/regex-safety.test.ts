import { beforeAll, describe, expect, it } from 'vitest';
import { runBounded } from './bounded.js';
import { cases } from './regex-safety-cases.js';

// At 100,000 characters a quadratic pattern takes minutes; a linear one, milliseconds.
const LIMIT_MS = 10_000;
const NAMES = Object.keys(cases);

describe('regular expressions of src/article and src/stages/segments on catastrophic inputs', () => {
  let results: Record<string, string>;
  beforeAll(async () => {
    results = await runBounded(new URL('./regex-safety-cases.ts', import.meta.url), NAMES, () => LIMIT_MS);
  }, 10 * 60_000);

  it.each(NAMES)('%s', (name) => {
    expect(results[name]).toBe('ok');
  });
});
