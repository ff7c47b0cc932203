import { agentEvent, stateAt, themeEvent } from '../events.js';
import type { Word } from '../words.js';
import {
  CAMPS, HARMS, isPassive, judge, judgementAt, NOUN_PHRASE_PARTS, OBJECT_REACH, POSSESSED_REACH, POSSESSIVE_MARKS,
  PREDICATE_REACH, REFUSALS, suffer, TITLE_REACH, TROUBLES, VERB_COMPANIONS, VICTORIES, type Reading,
} from './reading.js';
import roleTable from './roles.json' with { type: 'json' };

// What a person does or is said to be, read from the words after a mention: its possessions, its verb and
// the predicate up to the end of the clause, the apposition and the conjuncts between the two.

// How far after a verb of receiving its object may come ('X faces fresh criminal charges').
const RECEIVED_REACH = 4;
// How long an apposition between a subject and its verb may be ('X, a former aide to Y, said').
const APPOSITION_REACH = 14;
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose']);
const CONFESSIONS: ReadonlySet<string> = new Set(['admit', 'confess', 'acknowledge', 'concede', 'apologize', 'apologise']);
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'by', 'for']);
// 'X and Y have each disputed it', 'X has also won': words between a subject and its verb.
const SUBJECT_FILLERS: ReadonlySet<string> = new Set(['each', 'both', 'all', 'also']);
const RECEIVING: ReadonlySet<string> = new Set(roleTable.receiving);
const HOLDING: ReadonlySet<string> = new Set(roleTable.holding);
const STANCES: ReadonlySet<string> = new Set(roleTable.stances);
const DEFEATS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.defeats));
const STANDINGS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.standings));
// 'X's criticism', 'X's investigation': what X owns here is what X does to someone else, not X's fortune.
const DEEDS: ReadonlySet<string> = new Set(roleTable.deeds);
// Conjunctions that may start a clause of their own inside a predicate, and what its subject may be made of.
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'unless', 'although', 'though', 'if', 'whereas']);
const CLAUSE_SUBJECT_PARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const SUBORDINATE_SUBJECT_REACH = 4;
// Words after which a clause, and so its subject, starts ('… that X's campaign failed').
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['SCONJ', 'CCONJ']);
// How long the phrases after a subject's noun may be, and what they may be made of ('about a bill in his state').
const MODIFIER_REACH = 10;
const MODIFIER_PARTS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
// How long a noun phrase joined to a subject by 'and' may be, and what it may be made of ('X and the Democratic Party').
const CONJUNCT_REACH = 4;
const CONJUNCT_PARTS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** 'X admitted stabbing Y', 'X acknowledged misleading Y': what one confesses is said of oneself. */
export function confesses(word: Word): boolean {
  return CONFESSIONS.has(word.lemma);
}

/** What comes after a mention: its possessions, its verb, and whether it is the one speaking. */
export function after(reading: Reading, first: number, last: number): void {
  const { words } = reading;
  let next = last + 1;
  if (next >= words.length) return;
  // 'Graham: the handling was disturbing', as headlines name a speaker.
  if (reading.markAfter(last) === ':') {
    reading.roles.speaksFrom.push(next);
    return;
  }
  if (!words[next].afterBreak && (POSSESSIVE_MARKS.has(words[next].key) || reading.ownsNext(last))) {
    const head = possessed(reading, POSSESSIVE_MARKS.has(words[next].key) ? next + 1 : next);
    // 'X's campaign is already over': what is said of what X owns, as the subject of a clause, is said of X.
    const clauseStart = first === 0 || words[first].afterBreak || (first === 1 && words[0].pos === 'DET') || CLAUSE_OPENERS.has(words[first - 1].pos);
    if (head >= 0 && clauseStart) subject(reading, first, afterModifiers(reading, head + 1), false);
    return;
  }
  // 'polls show X with a wide lead'.
  if (!words[next].afterBreak && words[next].key === 'with' && received(reading, next + 1)) return;
  // 'X and Y said': the verb is both of theirs.
  if (!words[next].afterBreak && words[next].key === 'and') {
    let k = next + 1;
    while (k < Math.min(words.length, next + APPOSITION_REACH) && !words[k].afterBreak && words[k].pos === 'PROPN') k++;
    // 'X and the Democratic Party are trying …', when X opens its clause.
    if (k === next + 1 && words[k]?.pos === 'DET' && opensClause(reading, first)) {
      let j = k + 1;
      while (j < Math.min(words.length, k + CONJUNCT_REACH) && !words[j].afterBreak && CONJUNCT_PARTS.has(words[j].pos)) j++;
      if (j > k + 1 && j < words.length && !words[j].afterBreak && (words[j].pos === 'AUX' || words[j].pos === 'VERB')) k = j;
    }
    if (k > next + 1) next = k;
  }
  if (next >= words.length) return;
  if (words[next].afterBreak) {
    // 'X, who won five primaries, …'
    if (RELATIVE_PRONOUNS.has(words[next].key)) {
      subject(reading, first, next + 1, false);
      return;
    }
    // 'X, a former aide to Y, said': the apposition describes X, and the verb after it is X's.
    if (!APPOSITION_OPENERS.has(words[next].pos)) return;
    let end = next + 1;
    while (end < Math.min(words.length, next + APPOSITION_REACH) && !words[end].afterBreak) end++;
    if (end >= words.length || !words[end].afterBreak) return;
    reading.roles.predicates.push([next, end]);
    subject(reading, first, end, true);
    return;
  }
  subject(reading, first, next, false);
}

/** Whether a mention, past the title words before it, opens a clause ('… that House Speaker X and …'). */
function opensClause(reading: Reading, first: number): boolean {
  const { words } = reading;
  let start = first;
  while (start > Math.max(0, first - TITLE_REACH) && !words[start].afterBreak && words[start - 1].pos === 'PROPN') start--;
  return start === 0 || words[start].afterBreak || CLAUSE_OPENERS.has(words[start - 1].pos);
}

/** Past the phrases that modify a noun ('X's comments about the bill in his state sparked …'): where its verb may start. */
function afterModifiers(reading: Reading, from: number): number {
  const { words } = reading;
  if (words[from]?.pos !== 'ADP' || words[from].afterBreak) return from;
  for (let k = from + 1; k < Math.min(words.length, from + MODIFIER_REACH); k++) {
    if (words[k].afterBreak) return from;
    if (words[k].pos === 'VERB' || words[k].pos === 'AUX') return k;
    // 'X's share of the vote suddenly surged'.
    if (words[k].pos === 'ADV' && (words[k + 1]?.pos === 'VERB' || words[k + 1]?.pos === 'AUX')) return k;
    if (!MODIFIER_PARTS.has(words[k].pos)) return from;
  }
  return from;
}

/** The verb of a subject that ends before `from`. */
function subject(reading: Reading, first: number, from: number, breakAllowed: boolean): void {
  const { words, roles, lexicon } = reading;
  // 'X is even a bigger hypocrite', 'X was corrupt': what the subject is said to be.
  let copula = -1;
  for (let k = from; k <= Math.min(words.length - 1, from + OBJECT_REACH - 1); k++) {
    const word = words[k];
    if (word.afterBreak && !(breakAllowed && k === from)) return;
    // 'X is on the ropes', 'put X on the defensive'.
    const state = stateAt(words, k);
    if (state) {
      judge(reading, state.at, state.valence);
      return;
    }
    if (confesses(word)) {
      predicate(reading, k);
      return;
    }
    if (lexicon.speechVerbs.has(word.key)) {
      // '“…,” Jones said' or '…, Jones told reporters': what came before is Jones's.
      if (first > 0 && words[first].afterBreak) roles.speaksBefore = Math.max(roles.speaksBefore, first);
      roles.speaksFrom.push(k + 1);
      return;
    }
    // 'X is ahead in Iowa', 'X remains behind'.
    const standing = STANDINGS.get(word.key);
    if (standing !== undefined) {
      judge(reading, k, standing);
      return;
    }
    // 'X came under fire', 'X is under investigation'.
    if (word.key === 'under') {
      received(reading, k + 1);
      return;
    }
    if (word.lemma === 'be' && word.pos === 'AUX') copula = k;
    // 'X had a tough time', which the tagger may call an auxiliary: what X holds is X's fortune.
    if (word.lemma === 'have' && word.pos === 'AUX' && NOUN_PHRASE_PARTS.has(words[k + 1]?.pos ?? '')) {
      received(reading, k + 1);
      return;
    }
    if ((VERB_COMPANIONS.has(word.pos) || SUBJECT_FILLERS.has(word.key)) && !judgementAt(reading, k) && !DEFEATS.has(word.lemma)) continue;
    if (copula >= 0 && word.pos !== 'VERB') {
      predicate(reading, copula);
      return;
    }
    verbAfter(reading, k, k === from);
    return;
  }
  // 'X is certainly nowhere near as toxic': only adverbs so far, and still what X is said to be.
  if (copula >= 0) predicate(reading, copula);
}

function verbAfter(reading: Reading, k: number, right: boolean): void {
  const { words, roles } = reading;
  const word = words[k];
  // 'X accused of fraud', 'X charged with murder': a participle right after its subject, as headlines write the passive.
  const reduced = right && word.key.endsWith('ed') && AGENT_PREPOSITIONS.has(words[k + 1]?.key);
  // 'X is to blame'.
  const owed = k > 1 && words[k - 1].key === 'to' && words[k - 2].lemma === 'be';
  const passive = isPassive(reading, k) || reduced || owed;
  if (HARMS.has(word.lemma) && (passive || word.lemma === 'die')) {
    suffer(reading, k);
    return;
  }
  const victory = passive ? undefined : (VICTORIES.get(word.lemma) ?? DEFEATS.get(word.lemma));
  if (victory !== undefined && word.pos === 'VERB') {
    judge(reading, k, victory);
    predicate(reading, k);
    return;
  }
  // 'X caved', 'X backed down', 'X rescued a child': what the deed says of the one who does it.
  // 'X tried to stonewall', 'X is set to back down': the deed of a verb's infinitive is the subject's too.
  const infinitive = words[k + 1]?.key === 'to' && k + 2 < words.length && !REFUSALS.has(word.lemma) ? agentEvent(words, k + 2) : undefined;
  const deed = passive ? undefined : (agentEvent(words, k) ?? infinitive);
  if (deed) {
    judge(reading, deed.at, deed.valence);
    predicate(reading, k);
    return;
  }
  // 'X was sacked', 'X was cleared': what befalls X.
  const judgement = judgementAt(reading, k) ?? (passive ? themeEvent(word) : undefined);
  if (judgement !== undefined) {
    if (passive) judge(reading, k, judgement);
    else if (word.pos === 'VERB') {
      roles.agentOf.add(k);
      // 'X blamed the violence on Y': the violence is what X says of Y, not of X; praise shows X's warmth.
      if (judgement < 0) roles.speaksFrom.push(k + 1);
    }
    return;
  }
  if (word.pos !== 'VERB' || passive) return;
  // 'X maintains a wide lead', 'X has a tough time': what X holds is X's fortune.
  if (HOLDING.has(word.lemma) && received(reading, k + 1)) return;
  if (STANCES.has(word.lemma)) {
    roles.speaksFrom.push(k + 1);
    return;
  }
  predicate(reading, k);
  if (RECEIVING.has(word.lemma)) received(reading, k + 1);
  else if (words[k + 1]?.key === 'under') received(reading, k + 2);
}

function predicate(reading: Reading, k: number): void {
  const { words } = reading;
  let end = k + 1;
  // The clause ends at a conjunction that starts another ('while', 'after Y tweeted'), or at a break
  // unless the subject's next verb follows it ('X started well, but then struggled').
  const limit = Math.min(words.length, k + PREDICATE_REACH);
  while (end < limit && words[end].pos !== 'SCONJ' && !subordinateClause(reading, end)) {
    const verb = coordinatedVerb(reading, end);
    if (words[end].afterBreak && verb < 0) break;
    const standing = STANDINGS.get(words[end].key);
    if (standing !== undefined) reading.roles.patientOf.set(end, standing);
    // 'X caved and backtracked': each verb of the subject says what it did.
    const deed = verb >= 0 ? agentEvent(words, verb) : undefined;
    if (deed) judge(reading, deed.at, deed.valence);
    end++;
  }
  reading.roles.predicates.push([k, end]);
}

/** Whether a clause with a subject of its own starts at k ('after Y tweeted', 'when the board met'), which the tagger may call a preposition. */
function subordinateClause(reading: Reading, k: number): boolean {
  const { words } = reading;
  if (!SUBORDINATORS.has(words[k].key)) return false;
  for (let j = k + 1; j < Math.min(words.length, k + SUBORDINATE_SUBJECT_REACH + 2); j++) {
    if (words[j].afterBreak) return false;
    if (words[j].pos === 'VERB' || words[j].pos === 'AUX') return j > k + 1;
    if (!CLAUSE_SUBJECT_PARTS.has(words[j].pos)) return false;
  }
  return false;
}

/**
 * The verb of a predicate joined to the one before by 'and', 'but' or 'or' at k ('…, but then struggled'); -1 if
 * none, or if the subject goes on to speak or judge ('…, but said …', '…, and chastised Y'): that is not said of it.
 */
function coordinatedVerb(reading: Reading, k: number): number {
  const { words } = reading;
  if (words[k].pos !== 'CCONJ') return -1;
  let verb = k + 1;
  while (verb < Math.min(words.length, k + 3) && words[verb].pos === 'ADV' && !words[verb].afterBreak) verb++;
  if (verb >= words.length || words[verb].pos !== 'VERB' || words[verb].afterBreak) return -1;
  const speaks = reading.lexicon.speechVerbs.has(words[verb].key) || STANCES.has(words[verb].lemma) || judgementAt(reading, verb) !== undefined;
  return speaks ? -1 : verb;
}

/** 'X faces charges', 'X won praise', 'X sparked outrage': the object's valence is X's. */
function received(reading: Reading, from: number): boolean {
  const { words } = reading;
  for (let k = from; k < Math.min(words.length, from + RECEIVED_REACH); k++) {
    if (k > from && words[k].afterBreak) return false;
    const valence = TROUBLES.get(words[k].lemma) ?? (reading.valences[k] || judgementAt(reading, k) || 0);
    if (valence) {
      reading.roles.patientOf.set(k, valence);
      return true;
    }
    // 'a 14-point lead', which the tagger may read as a noun and a verb.
    if (words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN' && !TROUBLES.has(words[k + 1]?.lemma ?? '')) return false;
  }
  return false;
}

/** 'X's failed bid', 'X's critics', 'X's death': the noun phrase X owns. */
function possessed(reading: Reading, from: number): number {
  const { words } = reading;
  for (let k = from; k < Math.min(words.length, from + POSSESSED_REACH); k++) {
    if (k > from && words[k].afterBreak) return -1;
    if (HARMS.has(words[k].lemma)) {
      suffer(reading, k);
      return -1;
    }
    if (DEEDS.has(words[k].lemma)) {
      reading.roles.agentOf.add(k);
      return words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN' ? k : -1;
    }
    const valence = CAMPS.get(words[k].lemma) ?? TROUBLES.get(words[k].lemma) ?? reading.valences[k];
    if (valence) reading.roles.patientOf.set(k, valence);
    if (words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN') return k;
    if (words[k].pos === 'VERB' || words[k].pos === 'ADP') return -1;
  }
  return -1;
}
