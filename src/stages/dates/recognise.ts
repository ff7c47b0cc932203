import type { Recognised } from './expression.js';
import { rules } from './rules.js';
import { isTitleCase } from './vocabulary.js';

/** Every date expression in a sentence, longest first where they overlap, in text order. */
export function recognise(text: string): Recognised[] {
  const found: Array<{ item: Recognised; rule: number }> = [];
  const passed = new Map<RegExp, boolean>();
  const passes = (test: RegExp) => passed.get(test) ?? passed.set(test, test.test(text)).get(test)!;
  const headline = isTitleCase(text);
  rules.forEach((rule, index) => {
    if (!rule.needs.every(passes)) return;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const built = rule.build(match.groups ?? {}, start, start + match[0].length, text, headline);
      for (const item of Array.isArray(built) ? built : built ? [built] : []) found.push({ item, rule: index });
    }
  });
  found.sort((a, b) => b.item.end - b.item.start - (a.item.end - a.item.start) || a.item.start - b.item.start || a.rule - b.rule);
  const chosen: Recognised[] = [];
  const taken = new Uint8Array(text.length);
  for (const { item } of found) {
    if (taken.subarray(item.start, item.end).includes(1)) continue;
    taken.fill(1, item.start, item.end);
    chosen.push(item);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
