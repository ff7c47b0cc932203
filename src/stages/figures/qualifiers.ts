import type { Qualifier } from '../../article/types.js';
import { PhraseTable } from './phrases.js';

/** Words before a figure that hedge it; they become `qualifier` and leave the value alone. */
const QUALIFIERS: Record<Qualifier, string[]> = {
  about: ['about', 'around', 'roughly', 'approximately', 'approx', 'some', 'nearly', 'almost', 'close to', 'an estimated', 'estimated', 'circa', 'ca', 'an approximate', 'more or less', 'in the region of', 'of the order of', 'on the order of'],
  more_than: ['more than', 'over', 'above', 'upwards of', 'in excess of', 'greater than', 'just over', 'well over', 'just above', 'well above', 'exceeding', 'north of'],
  less_than: ['less than', 'fewer than', 'under', 'below', 'just under', 'well under', 'just below', 'well below', 'short of', 'shy of', 'barely'],
  at_least: ['at least', 'no less than', 'no fewer than', 'a minimum of', 'not less than', 'not fewer than'],
  up_to: ['up to', 'as many as', 'as much as', 'as high as', 'as large as', 'as great as', 'as long as'],
  at_most: ['at most', 'no more than', 'not more than', 'a maximum of', 'at the most'],
};

export const qualifierPhrases = new PhraseTable<Qualifier>();
for (const [qualifier, phrases] of Object.entries(QUALIFIERS) as Array<[Qualifier, string[]]>) {
  for (const phrase of phrases) qualifierPhrases.add(phrase.split(' '), qualifier);
}
