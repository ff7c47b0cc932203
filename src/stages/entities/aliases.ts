// Other names of a thing: 'known as Asebi', 'spelt as Azeby or even Hazeby', 'Bank Hey (also Sunnybower)',
// 'a program called Bouncing Around'. Another name of a thing is a name of the same kind.
import type { EntityType } from '../../article/types.js';
import type { Candidate } from './classify.js';
import { kindOf } from './definitions.js';
import type { Word, WordSentence } from './words.js';

/** Verbs that 'as' follows when a name is given: 'known as', 'spelt as', 'referred to as'. */
const NAMING_AS = new Set(['known', 'spelt', 'spelled', 'written', 'to', 'styled', 'rendered', 'transliterated']);
const NAMING = new Set(['called', 'named', 'nicknamed', 'dubbed', 'renamed']);
/** Words between a naming verb and the noun it names: 'an area sometimes called …', 'a team originally named …'. */
const ADVERBS = new Set(['also', 'sometimes', 'often', 'originally', 'formerly', 'commonly', 'popularly', 'now', 'later', 'then', 'locally', 'officially', 'usually', 'be', 'been', 'being', 'is', 'was', 'are', 'were', 'can', 'may']);
/** What opens another name in brackets: 'Bank Hey (also Sunnybower …', 'Agotes (or Cagots)', '(formerly the Red Lion)'. */
const BRACKET_OPENERS = new Set(['also', 'or', 'formerly', 'aka', 'a.k.a.', 'alternatively']);
/** Words without which a sentence gives no other name. */
const CUES = new Set([...NAMING, 'as', ...BRACKET_OPENERS]);
/** How a second other name follows the first: 'Azeby or even Hazeby', 'Haydor, Haydour and Heydor'. */
const FOLLOWERS = new Set([',', 'or', 'and', 'even', 'also']);

/**
 * Gives guessed names that the sentence presents as another name of something the kind of that thing.
 * `surest` holds each form's most surely typed mention (surestByForm).
 */
export function typeByAliases(sentences: WordSentence[], found: Candidate[], surest: Map<string, Candidate>): void {
  const cued = sentences.filter(({ words }) => words.some((w) => CUES.has(w.key)));
  if (!found.length || !cued.length) return;
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of found) {
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  for (const { words } of cued) {
    let previousAlias: { end: number; type: EntityType } | undefined;
    for (let i = 0; i < words.length; i++) {
      const c = words[i].cap ? byStart.get(words[i].start) : undefined;
      if (!c) continue;
      const sure = surest.get(c.keys.join(' '))!;
      const guessed = sure.strength < 2;
      let type = guessed ? namedKind(words, i, byEnd, surest) : undefined;
      // The second of two other names: 'spelt as Azeby or even Hazeby'.
      if (!type && guessed && previousAlias && followsAlias(words, previousAlias.end, i)) type = previousAlias.type;
      if (type) {
        Object.assign(c, { type, strength: 2, needsSupport: false });
        previousAlias = { end: c.end, type };
      } else if (!previousAlias || !followsAlias(words, previousAlias.end, i)) previousAlias = undefined;
    }
  }
}

/** The kind of the thing that the name at `i` is another name of, if the words before it say it is one. */
function namedKind(words: Word[], i: number, byEnd: Map<number, Candidate>, surest: Map<string, Candidate>): EntityType | undefined {
  const before = words[i - 1];
  if (!before) return undefined;
  // 'Bank Hey (also Sunnybower …)': the name before the bracket.
  if (BRACKET_OPENERS.has(before.key) && words[i - 2]?.text === '(') return sureType(words[i - 3] && byEnd.get(words[i - 3].end), surest);
  let cue = -1;
  if (NAMING.has(before.key)) cue = i - 1;
  // 'known as', and 'referred to as' whose verb stands before the 'to'.
  else if (before.key === 'as' && NAMING_AS.has(words[i - 2]?.key ?? '')) cue = words[i - 2].key === 'to' ? i - 3 : i - 2;
  if (cue < 0) return undefined;
  let k = cue - 1;
  while (k >= 0 && ADVERBS.has(words[k].key)) k--;
  // 'its athletic teams, known as the Falcons'.
  const kind = kindOf(words[k]) ?? (words[k]?.text === ',' ? kindOf(words[k - 1]) : undefined);
  if (kind) return kind;
  if (words[k] && !words[k].punct && !words[k].cap) return undefined;
  // 'Aisby, a village in Lincolnshire, known as Asebi': the sentence's first sure name, what the sentence is about;
  // a people's adjective ('a French minstrel, also known as …') is not what is named.
  for (let j = 0; j <= k; j++) {
    const type = sureType(byEnd.get(words[j].end), surest);
    if (type && type !== 'NORP') return type;
  }
  return undefined;
}

function sureType(c: Candidate | undefined, surest: Map<string, Candidate>): EntityType | undefined {
  const sure = c && surest.get(c.keys.join(' '));
  return sure && sure.strength >= 2 ? sure.type : undefined;
}

/** Only list words stand between the last other name and this one. */
function followsAlias(words: Word[], end: number, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && words[k].end > end && FOLLOWERS.has(words[k].key)) k--;
  return k >= 0 && words[k].end === end;
}
