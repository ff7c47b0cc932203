// People named in a heading whose capitals say nothing ('TRUMP FIRES BROADSIDE AT MICHAEL COHEN', 'Okafor
// Wins Again'): there the chunks yield only the names the gazetteers know, and people rarely are.
import { isNameWord } from './chunks.js';
import { candidate, type Candidate } from './classify.js';
import type { Knowledge } from './knowledge.js';
import { SPEAKING_VERBS } from './speakers.js';
import type { Word, WordSentence } from './words.js';

const INITIAL = /^\p{Lu}\.$/u;

/**
 * In title-case and all-capitals sentences, a given name with the surname after it: 'MICHAEL COHEN',
 * 'ROGER STONE', 'Anna J. Vos'. Words that a mention in `found` covers are left alone.
 */
export function headingFullNames(sentences: WordSentence[], found: Candidate[], knowledge: Knowledge, text: string): Candidate[] {
  return scanHeadings(sentences, found, text, (words, i, free) => {
    if (!isGivenName(words[i], knowledge)) return 0;
    const middle = INITIAL.test(words[i + 1]?.text ?? '') ? 1 : 0;
    const surname = words[i + 1 + middle];
    return free(surname) && isNameShaped(surname) && maySurname(surname, knowledge) ? 2 + middle : 0;
  });
}

/**
 * In the same sentences, a lone word that only the lists of names know ('FLYNN', 'Okafor'), once the
 * rest of the article has given the heading the names it knows ('Chrysler' the firm, not a given name).
 */
export function headingLoneNames(sentences: WordSentence[], found: Candidate[], knowledge: Knowledge, text: string): Candidate[] {
  const strength = (word: Word, words: Word[], i: number) => loneNameStrength(word, knowledge) || (isSpeakerLabel(words, i, knowledge) ? 1 : 0);
  return scanHeadings(sentences, found, text, (words, i) => (strength(words[i], words, i) ? 1 : 0), strength);
}

/** 'HANNITY: DEMS ABUSING …', 'Okafor: The Vote Was Rigged': a heading gives a speaker's name before a colon; 'BREAKING:' is an English word. */
function isSpeakerLabel(words: Word[], i: number, knowledge: Knowledge): boolean {
  return i === 0 && words[1]?.text === ':' && words[0].text.length >= 4 && !knowledge.commonWords.has(words[0].key) && !knowledge.names.has(words[0].key);
}

type Match = (words: Word[], i: number, free: (w: Word | undefined) => w is Word) => number;

/** PERSON mentions for the runs of words that `match` finds in headings, at the strength `strength` gives (2 unless told). */
function scanHeadings(sentences: WordSentence[], found: Candidate[], text: string, match: Match, strength: (word: Word, words: Word[], i: number) => number = () => 2): Candidate[] {
  const headings = sentences.filter((s) => s.titleCase);
  if (!headings.length) return [];
  const covered = new Uint8Array(text.length);
  for (const c of found) covered.fill(1, c.start, c.end);
  const free = (w: Word | undefined): w is Word => !!w && !covered[w.start] && !covered[w.end - 1];
  const out: Candidate[] = [];
  for (const { words } of headings) {
    for (let i = 0; i < words.length; i++) {
      if (!free(words[i]) || !isNameShaped(words[i])) continue;
      const length = match(words, i, free);
      if (!length) continue;
      out.push(candidate(words.slice(i, i + length), text, 'PERSON', strength(words[i], words, i)));
      i += length - 1;
    }
  }
  return out;
}

function isNameShaped(word: Word): boolean {
  return isNameWord(word) && /^\p{L}[\p{L}'-]+$/u.test(word.text);
}

/** A given name of the strong list that is no English word and names nothing else ('Michael', not 'Will' or 'Jordan'). */
function isGivenName(word: Word, knowledge: Knowledge): boolean {
  return knowledge.firstNames.has(word.key) && !knowledge.commonWords.has(word.key) && (knowledge.names.get(word.key)?.type ?? 'PERSON') === 'PERSON';
}

/** 'COHEN', 'STONE', 'KELLY'; not a verb of the headline ('MICHAEL SAYS', 'ANNA TOLD') nor a known place or body. */
function maySurname(word: Word, knowledge: Knowledge): boolean {
  const key = word.key;
  if (knowledge.names.has(key) && knowledge.names.get(key)!.type !== 'PERSON') return false;
  if (!knowledge.commonWords.has(key) || knowledge.lastNames.has(key) || knowledge.properNouns.has(key)) return true;
  return !/(s|ed|ing|ly)$/.test(key) && !SPEAKING_VERBS.has(key);
}

/** A lone word that only the lists of names know: a surname or a strong given name (2), a weaker given name (1). */
function loneNameStrength(word: Word, knowledge: Knowledge): number {
  const key = word.key;
  if (knowledge.commonWords.has(key) || knowledge.names.has(key) || key.length < 4) return 0;
  if (knowledge.lastNames.has(key) || knowledge.firstNames.has(key)) return 2;
  return knowledge.moreFirstNames.has(key) && !knowledge.cities.has(key) ? 1 : 0;
}
