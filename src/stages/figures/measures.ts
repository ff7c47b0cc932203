import measures from './measures.json' with { type: 'json' };
import { PhraseTable } from './phrases.js';
import { lookup } from './lookup.js';

/** Measures written after a number ('42,000 tonnes', '300 km', '1.5 million barrels per day'). */
export const measureNames = new PhraseTable<string>();
for (const [unit, forms] of Object.entries(measures.units)) {
  for (const form of forms) measureNames.add(form.split(' '), unit);
}

const GLUED_ONLY = lookup<string>(measures.gluedOnly);
const GLUED_EXACT_CASE = lookup<string>(measures.gluedExactCase);

/** A measure glued to the digits: '500km', '100m', '3.5kg', '1.5C'. */
export function gluedMeasure(suffix: string): string | undefined {
  const key = suffix.toLowerCase();
  return GLUED_EXACT_CASE[suffix] ?? measureNames.single(key) ?? GLUED_ONLY[key];
}
