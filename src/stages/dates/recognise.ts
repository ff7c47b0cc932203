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
    // exec on the rule's own pattern: matchAll would compile a copy of it for every sentence.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (!match[0].length) pattern.lastIndex++;
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
