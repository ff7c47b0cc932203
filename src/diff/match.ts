import type { TextAlignment } from './align.js';
import type { Fact, FactTable } from './facts.js';

export interface Pair {
  old: Fact;
  new: Fact;
  /** True when the old fact, carried into the new text, covers exactly the new one's place. */
  samePlace: boolean;
}

export interface TableMatch {
  pairs: Pair[];
  removed: Fact[];
  added: Fact[];
}

/**
 * Pairs the facts of one table in two versions of an article. Facts without a place pair by key. Facts
 * with a place pair, in this order: the same place once the old text is carried into the new one; the
 * same key (text moved elsewhere); overlapping places (an edited or re-extracted fact, shown as changed).
 */
export function matchFacts(table: FactTable, oldFacts: Fact[], newFacts: Fact[], alignment: TextAlignment): TableMatch {
  const pairs: Pair[] = [];
  const oldLeft = new Set(oldFacts);
  const newLeft = new Set(newFacts);
  const pair = (oldFact: Fact, newFact: Fact, samePlace: boolean) => {
    pairs.push({ old: oldFact, new: newFact, samePlace });
    oldLeft.delete(oldFact);
    newLeft.delete(newFact);
  };
  const carried = new Map<Fact, { start: number; end: number }>();
  if (table.positional) {
    for (const fact of oldFacts) carried.set(fact, { start: alignment.mapStart(fact.start!), end: alignment.mapEnd(fact.end!) });
    const byPlace = groupBy(newFacts, (fact) => `${fact.start}:${fact.end}`);
    for (const fact of oldFacts) {
      const place = carried.get(fact)!;
      const candidates = (byPlace.get(`${place.start}:${place.end}`) ?? []).filter((c) => newLeft.has(c));
      const best = candidates.find((c) => c.key === fact.key) ?? candidates[0];
      if (best) pair(fact, best, true);
    }
  }
  // Facts sharing a key pair in text order; each key's queue is consumed from the front.
  const byKey = groupBy([...newLeft], (fact) => fact.key);
  const taken = new Map<string, number>();
  for (const fact of [...oldLeft]) {
    const next = taken.get(fact.key) ?? 0;
    const best = byKey.get(fact.key)?.[next];
    if (best) {
      taken.set(fact.key, next + 1);
      pair(fact, best, !table.positional);
    }
  }
  if (table.positional) pairOverlapping([...oldLeft], [...newLeft], carried, pair);
  return { pairs, removed: [...oldLeft], added: [...newLeft] };
}

function pairOverlapping(
  oldFacts: Fact[],
  newFacts: Fact[],
  carried: Map<Fact, { start: number; end: number }>,
  pair: (oldFact: Fact, newFact: Fact, samePlace: boolean) => void,
): void {
  const sorted = [...newFacts].sort((a, b) => a.start! - b.start! || a.end! - b.end!);
  const longest = sorted.reduce((max, fact) => Math.max(max, fact.end! - fact.start!), 0);
  const taken = new Set<Fact>();
  for (const fact of oldFacts) {
    const place = carried.get(fact)!;
    if (place.end <= place.start) continue;
    let best: Fact | undefined;
    let bestOverlap = 0;
    // Candidates start before the carried end and no earlier than the longest new fact allows.
    for (let i = firstStartAtOrAfter(sorted, place.start - longest); i < sorted.length && sorted[i]!.start! < place.end; i++) {
      const candidate = sorted[i]!;
      if (taken.has(candidate)) continue;
      const overlap = Math.min(place.end, candidate.end!) - Math.max(place.start, candidate.start!);
      if (overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    if (best) {
      taken.add(best);
      pair(fact, best, false);
    }
  }
}

function firstStartAtOrAfter(sorted: Fact[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
