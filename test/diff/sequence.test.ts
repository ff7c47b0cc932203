import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { equalRuns } from '../../src/diff/sequence.js';

/** Length of a longest common subsequence, by the textbook table. */
function lcsLength(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  }
  return table[a.length]![b.length]!;
}

describe('equalRuns', () => {
  it('finds the shared runs around an insertion', () => {
    expect(equalRuns(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([
      { aStart: 0, bStart: 0, length: 1 },
      { aStart: 1, bStart: 2, length: 2 },
    ]);
  });

  it('returns nothing shared for disjoint sequences', () => {
    expect(equalRuns(['a'], ['b'])).toEqual([]);
  });

  it('finds a longest common subsequence made of equal, ordered runs', () => {
    const items = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(
      fc.property(items, items, (a, b) => {
        const runs = equalRuns(a, b);
        let aAt = 0;
        let bAt = 0;
        for (const run of runs) {
          expect(run.aStart).toBeGreaterThanOrEqual(aAt);
          expect(run.bStart).toBeGreaterThanOrEqual(bAt);
          for (let i = 0; i < run.length; i++) expect(a[run.aStart + i]).toBe(b[run.bStart + i]);
          aAt = run.aStart + run.length;
          bAt = run.bStart + run.length;
        }
        expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(lcsLength(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on the middle beyond the edit budget but keeps the common ends', () => {
    const a = ['start', ...'abcdefgh'.split(''), 'end'];
    const b = ['start', ...'stuvwxyz'.split(''), 'end'];
    expect(equalRuns(a, b, 4)).toEqual([
      { aStart: 0, bStart: 0, length: 1 },
      { aStart: 9, bStart: 9, length: 1 },
    ]);
  });
});
