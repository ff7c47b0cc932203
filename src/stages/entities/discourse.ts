// What the whole article says about a name: how it writes its words, which short forms it uses,
// and where else a name it found appears.
import { FUNCTION_WORDS } from './chunks.js';
import type { Candidate, WordUsage } from './classify.js';
import { PERSON_QUALIFIED, PRODUCT_VERBS, WORK_VERBS } from './guess.js';
import type { Knowledge } from './knowledge.js';
import type { Word, WordSentence } from './words.js';

export function wordUsage(sentences: WordSentence[]): WordUsage {
  const usage: WordUsage = { capitalised: new Map(), lowercase: new Set() };
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (sentence.titleCase) continue;
      if (word.cap && !word.initial) usage.capitalised.set(word.key, (usage.capitalised.get(word.key) ?? 0) + 1);
      else if (!word.cap && !word.punct) usage.lowercase.add(word.key);
    }
  }
  return usage;
}

/**
 * A name no list knows is a person's when the article uses its last word alone ('Lessing') but never
 * its first, and a company's the other way round ('Northrop' for 'Northrop Grumman').
 */
export function typeByShortForms(found: Candidate[], knowledge: Knowledge): void {
  const single = found.filter((c) => c.keys.length === 1);
  // A word the context types as a place or a people anywhere ('Zandvoort is a town') is no surname.
  const typedOtherwise = new Set(single.filter((c) => c.type !== 'PERSON' && c.type !== 'ORG' && c.strength >= 1).map((c) => c.keys[0]));
  const alone = new Set(single.map((c) => c.keys[0]).filter((key) => !typedOtherwise.has(key)));
  for (const c of found) {
    if (c.keys.length < 2 || c.keys.length > 3 || c.strength > 2 || !c.text.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    const firstKey = c.keys[0];
    const lastKey = c.keys[c.keys.length - 1];
    const first = alone.has(firstKey);
    const last = alone.has(lastKey);
    // 'Boston Bruins', 'Halden Wolverines': a name that opens with a place, or ends in an English plural, is a team's.
    const place = knowledge.names.get(firstKey)?.type;
    const nickname = /[^su]s$/.test(lastKey) && knowledge.commonWords.has(lastKey.slice(0, -1));
    if (c.type === 'ORG' && c.strength === 0 && last && !first && place !== 'GPE' && place !== 'LOC' && !nickname) Object.assign(c, { type: 'PERSON', strength: 2 });
    else if (c.type === 'PERSON' && c.strength === 1 && first && !last) Object.assign(c, { type: 'ORG', strength: 1 });
  }
}

/** 'Ford' stands for 'Ford Motor Company'; 'The' or an English word heading a guessed name stands for nothing. */
function isCompanyHead(c: Candidate, knowledge: Knowledge): boolean {
  if (c.type !== 'ORG' || c.canonical || c.keys.length < 2 || knowledge.names.has(c.keys[0]) || FUNCTION_WORDS.has(c.keys[0])) return false;
  return c.strength >= 4 || !knowledge.commonWords.has(c.keys[0]);
}

/**
 * One sense per article: a name found once is a name wherever else it is written with capitals,
 * also at the start of a sentence or in a title-case heading, where capitals alone prove nothing.
 */
export function otherMentions(sentences: WordSentence[], accepted: Candidate[], knowledge: Knowledge, text: string): Candidate[] {
  const covered = new Uint8Array(text.length);
  const forms = new Map<string, Candidate>();
  let maxWords = 1;
  for (const c of accepted) {
    covered.fill(1, c.start, c.end);
    const key = c.keys.join(' ');
    const current = forms.get(key);
    if (!current || c.strength > current.strength) forms.set(key, c);
    maxWords = Math.max(maxWords, c.keys.length);
    // A person's surname and a company's first word stand for the full name ('Takaichi', 'Ford').
    const short = c.type === 'PERSON' ? c.keys[c.keys.length - 1] : isCompanyHead(c, knowledge) ? c.keys[0] : undefined;
    if (short && c.keys.length >= 2 && !forms.has(short)) forms.set(short, { ...c, keys: [short], canonical: undefined, roles: [], alias: key });
  }
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      if (covered[words[i].start] || !(words[i].cap || words[i].allCaps)) continue;
      const limit = Math.min(words.length - i, Math.max(maxWords, sentence.titleCase ? knowledge.maxWords : 1));
      for (let n = limit; n > 0; n--) {
        const span = words.slice(i, i + n);
        if (span.some((w, k) => w.punct || !(w.cap || w.allCaps) || covered[w.start] || (w.possessive && k < n - 1))) continue;
        const key = span.map((w) => w.key).join(' ');
        const form = forms.get(key);
        const known = form ? undefined : sentence.titleCase ? knowledge.names.get(key) : undefined;
        if (!form && !known) continue;
        // A place or a name the built-in list gives keeps its sense ('Senate Majority leader', 'China Eastern'); a surname,
        // a guessed name or a word that the weaker lists call a body ('National Action') need not.
        if (n === 1 && !sentence.titleCase && form && form.strength < 4 && !PLACES.has(form.type) && describesOther(words, i, knowledge)) continue;
        const start = span[0].start;
        const end = span[n - 1].end;
        out.push({
          start,
          end,
          text: text.slice(start, end),
          type: form?.type ?? known!.type,
          strength: form?.strength ?? 3,
          canonical: form?.canonical ?? known?.name,
          alias: form?.alias,
          roles: [],
          keys: span.map((w) => w.key),
          needsSupport: false,
        });
        covered.fill(1, start, end);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * 'Black smoke rose', 'Black Americans', 'the Hedge fund' after 'Anna Black' or 'Mark Hedge': an English word that
 * describes the noun or the name after it is the word, not the short form of a name ('the Black campaign' is).
 */
function describesOther(words: Word[], i: number, knowledge: Knowledge): boolean {
  const word = words[i];
  const next = words[i + 1];
  if (word.possessive || !next || next.punct || !knowledge.commonWords.has(word.key)) return false;
  if (next.cap || next.allCaps) return !FUNCTION_WORDS.has(next.key);
  return next.pos === 'NOUN' && !PERSON_QUALIFIED.has(next.key);
}

/**
 * Names listed together are of one kind: 'Poolesville, Frederick and Sharpsburg' are places when one of
 * them is known to be. A guessed name takes the type of a surer name in the same list.
 */
export function typeByCoordination(found: Candidate[], surest: Map<string, Candidate>, text: string, knowledge: Knowledge): void {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  // A name typed surely anywhere in the article is as sure in a list ('Lougou' defined as a village before 'Lougou and Tougana').
  const sureOf = (c: Candidate) => surest.get(c.keys.join(' ')) ?? c;
  const guessed = (c: Candidate) => sureOf(c).strength === 0;
  let run: Candidate[] = [];
  const settle = () => {
    // Two names ('Boeing and the Pentagon') are often of two kinds; a list of three or more rarely is.
    const sure = run.length >= 3 ? run.map(sureOf).find((c) => c.strength >= 2 && LISTED_KINDS.has(c.type)) : undefined;
    if (sure) for (const c of run) if (guessed(c)) Object.assign(c, { type: sure.type, strength: 1 });
    // 'wrote A, B and C', 'produces A, B and C': the verb that made the first a work or a product governs the list.
    const governed = !sure && run.length >= 3 && GOVERNED_KINDS.has(run[0].type) && MADE.test(text.slice(Math.max(0, run[0].start - 20), run[0].start));
    if (governed) for (const c of run.slice(1)) if (guessed(c)) Object.assign(c, { type: run[0].type, strength: 1 });
    // … but two people often are: 'Helen Okafor and Brandvik' (a lone word beside a sure person), and so
    // are two places ('the villages of Lougou and Tougana'). A comma between two names is as often an
    // apposition ('the head of Dacia, Ion Popa').
    const pair = run.length === 2 && /\b(and|or)\b/.test(text.slice(run[0].end, run[1].start));
    const partner = pair ? run.map(sureOf).find((c) => PAIRED_KINDS.has(c.type) && c.strength >= 2) : undefined;
    if (partner) for (const c of run) if (guessed(c) && c.keys.length === 1) Object.assign(c, { type: partner.type, strength: 1 });
    // 'Hillary and Bill': a given name or a surname after a person's name is another person's, whatever else the word means.
    const second = run[1];
    if (partner?.type === 'PERSON' && second?.needsSupport && second.keys.length === 1 && sureOf(run[0]).type === 'PERSON' && isListedName(second.keys[0], knowledge)) {
      Object.assign(second, { type: 'PERSON', strength: 1, needsSupport: false });
    }
    run = [];
  };
  for (const c of sorted) {
    const last = run[run.length - 1];
    if (last && !LIST_SEPARATOR.test(text.slice(last.end, c.start))) settle();
    run.push(c);
  }
  settle();
}

/** The most surely typed mention of each form: what the whole article says the name is. */
export function surestByForm(found: Candidate[]): Map<string, Candidate> {
  const surest = new Map<string, Candidate>();
  for (const c of found) {
    const key = c.keys.join(' ');
    if (c.strength > (surest.get(key)?.strength ?? -1)) surest.set(key, c);
  }
  return surest;
}

/** Kinds whose names come in lists of their kind; a product or a people in a list says little about the rest. */
const LISTED_KINDS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
/** Kinds that a verb gives the first name of a list ('wrote', 'produces'). */
const GOVERNED_KINDS = new Set(['WORK_OF_ART', 'PRODUCT']);
const MADE = new RegExp(`\\b(${[...WORK_VERBS, ...PRODUCT_VERBS].join('|')}|like|such as)\\s+(the\\s+)?$`);
/** Kinds whose names pair with a lone word of the same kind. */
const PAIRED_KINDS = new Set(['PERSON', 'GPE', 'LOC']);
const PLACES = new Set(['GPE', 'LOC', 'NORP']);
const LIST_SEPARATOR = /^\s*(,|,?\s*(and|or|&))\s*$/;

function isListedName(key: string, knowledge: Knowledge): boolean {
  return knowledge.firstNames.has(key) || knowledge.moreFirstNames.has(key) || knowledge.lastNames.has(key);
}
