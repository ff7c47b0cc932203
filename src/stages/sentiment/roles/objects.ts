import { agentEvent, themeEvent, themePhraseBefore } from '../events.js';
import type { Word } from '../words.js';
import { attitudeBefore, ATTITUDE_PREPOSITIONS, comparison } from './judgements.js';
import {
  CAMPS, HARMS, isNominal, isPassive, judge, judgementAt, NOUN_PHRASE_PARTS, OBJECT_REACH, POSSESSED_REACH, POSSESSIVE_MARKS,
  PREDICATE_REACH, suffer, TITLE_REACH, TROUBLES, VICTORIES, type Reading,
} from './reading.js';
import roleTable from './roles.json' with { type: 'json' };

// What is done to a person, read from the words before a mention: verbs and nouns acting on it, verbs and
// prepositions of speaking to it, appositions naming a verb's object.

// What a neutral noun aimed against someone says of them ('the case against X').
const AGAINST = -1;
// 'Y was beaten by X', 'X leads Y': the loser gets part of what the winner gets.
const LOSER_SHARE = 0.75;
// 'an interview with X', 'said to X': X is the one spoken to.
const ADDRESSING_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);
const CONVERSATION_WORDS: ReadonlySet<string> = new Set(['interview', 'conversation', 'speak', 'talk', 'say', 'write', 'explain', 'complain', 'meeting', 'meet', 'call', 'letter']);
const ADDRESSING: ReadonlySet<string> = new Set(roleTable.addressing);
// 'told Fox host X', 'an interview with CNN anchor X': a title noun that makes X the one spoken to only after a verb or preposition of speaking to.
const INTERVIEWERS: ReadonlySet<string> = new Set(roleTable.interviewers);
// Prepositions that aim a noun at the person after them.
const TOWARDS: ReadonlySet<string> = new Set(['of', 'against', 'for', 'on', 'at', 'toward', 'towards']);
// How long the noun phrase before an apposition naming a verb's object may be ('the lead Iranian negotiator, X').
const OBJECT_APPOSITION_REACH = 8;
// Possessive determiners, which may open a noun phrase ('his opponent').
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Whether words [from, to) may all belong to one noun phrase. */
function nounPhrase(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NOUN_PHRASE_PARTS.has(words[k].pos)) return false;
  return true;
}

/** 'the Marlow killing', 'the Okafor email probe': what befell the one a noun is named after. */
export function modified(reading: Reading, from: number): void {
  const { words } = reading;
  for (let k = from; k < Math.min(words.length, from + POSSESSED_REACH) && isNominal(words[k]); k++) {
    if (k > from && words[k].afterBreak) return;
    if (HARMS.has(words[k].lemma)) suffer(reading, k);
    else if (TROUBLES.has(words[k].lemma)) reading.roles.patientOf.set(k, TROUBLES.get(words[k].lemma)!);
    else continue;
    return;
  }
}

/**
 * What comes before a mention: a verb or noun acting on it, a verb of speaking to it, a feeling aimed
 * at it, a comparison it ends. When the mention owns what follows ('fired X's lawyer'), an event acts
 * on the thing owned, not on X. Titles before a name are looked past when nothing is found next to it.
 */
export function before(reading: Reading, first: number, last: number, owns: boolean): void {
  const { words, roles } = reading;
  if (first === 0) return;
  // 'intimidated by the likes of X': the phrase stands for X.
  if (first >= 3 && words[first - 1].key === 'of' && words[first - 2].key === 'likes' && words[first - 3].key === 'the' && !words[first - 1].afterBreak && !words[first - 2].afterBreak) {
    // 'likes' here is no liking.
    roles.patientOf.set(first - 2, 0);
    before(reading, first - 3, last, owns);
    return;
  }
  const found = foundSoFar(reading);
  beforeAt(reading, first, last, owns);
  // 'came to the defense of former House Speaker X', '…, Democrat X': failing that, what comes before the title.
  let title = first;
  while (title > Math.max(0, first - TITLE_REACH) && !words[title].afterBreak && words[title - 1].pos === 'PROPN') title--;
  if (title < first && foundSoFar(reading) === found) beforeAt(reading, title, last, owns);
}

/** How much has been found of the entity's roles so far. */
function foundSoFar(reading: Reading): number {
  const { roles } = reading;
  return roles.patientOf.size + roles.suffered.size + roles.predicates.length + roles.speaksFrom.length + (roles.bystander ? 1 : 0);
}

function beforeAt(reading: Reading, first: number, last: number, owns: boolean): void {
  const { words, roles } = reading;
  if (first === 0) return;
  // 'the lead negotiator, Mr. Zarif': an abbreviated title opens the apposition with the name.
  const titled = first > 1 && words[first - 1].afterBreak && words[first - 1].pos === 'PROPN' && words[first - 1].key.endsWith('.');
  if (words[first].afterBreak || titled) {
    if (!owns && closesApposition(reading, last + 1)) objectInApposition(reading, titled ? first - 1 : first);
    if (words[first].afterBreak) return;
  }
  const previous = words[first - 1];
  if (ADDRESSING.has(previous.lemma) || addressingPreposition(reading, first - 1) || (INTERVIEWERS.has(previous.lemma) && interviewer(reading, first - 1))) {
    roles.bystander = true;
    return;
  }
  // 'an even bigger hypocrite than X', 'as toxic as X': what the comparison holds, X holds too.
  const compared = previous.key === 'than' || previous.key === 'as' ? comparison(reading, first - 1) : undefined;
  if (compared) {
    judge(reading, compared.at, compared.valence);
    return;
  }
  // '“…,” Brown said of X': what was said is about X.
  if (previous.key === 'of' && first > 1 && reading.lexicon.speechVerbs.has(words[first - 2].key)) {
    saidOf(reading, first - 2, last);
    return;
  }
  // 'hit out at X', 'stood by X'.
  const phrase = themePhraseBefore(words, first);
  if (phrase) {
    judge(reading, phrase.at, phrase.valence);
    return;
  }
  // 'the boy was rescued by X', 'she was harassed by X': X did the deed.
  const deed = previous.key === 'by' && first > 1 && isPassive(reading, first - 2) ? agentEvent(words, first - 2) : undefined;
  if (deed) {
    judge(reading, deed.at, deed.valence);
    return;
  }
  for (let k = first - 1; k >= Math.max(0, first - OBJECT_REACH); k--) {
    const word = words[k];
    const attitude = word.pos === 'ADP' && ATTITUDE_PREPOSITIONS.has(word.key) ? attitudeBefore(reading, k) : undefined;
    if (attitude) {
      judge(reading, attitude.at, attitude.valence);
      return;
    }
    // 'the death of X', 'critics of X', 'the case against X', 'praise for X'.
    if (TOWARDS.has(word.key)) {
      // 'lashed out at X', 'pounced on X', 'railed against X': a verb of judging aimed through a preposition.
      const verb = k > 1 && words[k - 1].key === 'out' ? k - 2 : k - 1;
      const judgement = verb >= 0 && words[verb].pos === 'VERB' ? judgementAt(reading, verb) : undefined;
      // 'defended the city against X': a kind verb aimed against someone opposes them.
      if (judgement !== undefined) judge(reading, verb, word.key === 'against' ? -Math.abs(judgement) : judgement);
      else nounTowards(reading, k - 1, word.key);
      return;
    }
    // 'a lead over X', 'a victory over X': X is the one beaten.
    if (word.key === 'over' && k > 0) {
      const victory = VICTORIES.get(words[k - 1].lemma) ?? TROUBLES.get(words[k - 1].lemma);
      if (victory !== undefined && victory > 0) reading.roles.patientOf.set(k - 1, -victory * LOSER_SHARE);
      return;
    }
    // 'an ethically challenged insider like X': what is said of the likeness is said of X.
    if (word.key === 'like' && word.pos === 'ADP') {
      for (let j = k - 1; j >= Math.max(0, k - 3) && !words[j + 1].afterBreak; j--) if (reading.valences[j]) reading.roles.patientOf.set(j, reading.valences[j]);
      return;
    }
    if (HARMS.has(word.lemma) && word.pos === 'VERB' && !isPassive(reading, k)) {
      suffer(reading, k);
      return;
    }
    // An event acts on the noun phrase right after its verb ('sacked the former aide X'), not across a clause ('recommended that X').
    const actsOnMention = !owns && nounPhrase(words, k + 1, first);
    const judgement = judgementAt(reading, k) ?? (actsOnMention ? themeEvent(word) : undefined);
    if (judgement !== undefined && word.pos !== 'NOUN') {
      if (!isPassive(reading, k)) judge(reading, k, judgement);
      return;
    }
    const victory = VICTORIES.get(word.lemma);
    if (victory !== undefined && word.pos === 'VERB' && !isPassive(reading, k)) {
      judge(reading, k, -victory * LOSER_SHARE);
      return;
    }
    // 'removed shrapnel from X': a verb with an object and a preposition of its own does not act on X.
    if (word.pos === 'VERB' || word.pos === 'ADP' || words[k].afterBreak) return;
  }
}

/** '“…,” Brown said of X' or 'Brown said of X, “…”': the words said are about X (they are the speaker's words, not X's). */
function saidOf(reading: Reading, verb: number, last: number): void {
  const { words } = reading;
  let subject = verb;
  while (subject > Math.max(0, verb - OBJECT_REACH) && !words[subject].afterBreak && (NOUN_PHRASE_PARTS.has(words[subject - 1].pos) || words[subject - 1].pos === 'PRON')) subject--;
  if (words[subject].afterBreak && subject < verb) reading.roles.predicates.push([Math.max(0, subject - PREDICATE_REACH), subject]);
  else if (words[last + 1]?.afterBreak) reading.roles.predicates.push([last + 1, Math.min(words.length, last + 1 + PREDICATE_REACH)]);
}

/** Whether the word after a mention lets it close an apposition ('sacked the aide, X, on Monday'), unlike a verb of its own ('…, X said'). */
function closesApposition(reading: Reading, next: number): boolean {
  const word = reading.words[next];
  return word === undefined || word.afterBreak || (word.pos !== 'VERB' && word.pos !== 'AUX');
}

/** 'said to X', 'an interview with X'. */
function addressingPreposition(reading: Reading, k: number): boolean {
  return ADDRESSING_PREPOSITIONS.has(reading.words[k].key) && k > 0 && CONVERSATION_WORDS.has(reading.words[k - 1].lemma);
}

/** Whether the title noun at k ('host') follows a verb or preposition of speaking to, across the rest of its noun phrase ('told Fox News host'). */
function interviewer(reading: Reading, k: number): boolean {
  const { words } = reading;
  for (let j = k - 1; j >= Math.max(0, k - OBJECT_APPOSITION_REACH); j--) {
    if (words[j + 1].afterBreak) return false;
    if (ADDRESSING.has(words[j].lemma) || addressingPreposition(reading, j)) return true;
    if (!NOUN_PHRASE_PARTS.has(words[j].pos) && !POSSESSIVE_MARKS.has(words[j].key)) return false;
  }
  return false;
}

/** 'complimented the chief negotiator, X': X is the object the verb judges or acts on. */
function objectInApposition(reading: Reading, first: number): void {
  const { words } = reading;
  for (let k = first - 1; k >= Math.max(0, first - OBJECT_APPOSITION_REACH); k--) {
    if (k < first - 1 && words[k + 1].afterBreak) return;
    // 'criticized his opponent in the election, Democrat X'.
    if (NOUN_PHRASE_PARTS.has(words[k].pos) || POSSESSIVE_MARKS.has(words[k].key) || OWNERS.has(words[k].key) || (words[k].pos === 'ADP' && k < first - 1)) continue;
    if (words[k].pos !== 'VERB' || k === first - 1 || isPassive(reading, k)) return;
    const valence = judgementAt(reading, k) ?? themeEvent(words[k]);
    if (valence !== undefined) judge(reading, k, valence);
    return;
  }
}

/**
 * The noun before 'of X', 'against X', 'for X': a harm X suffered ('the death of X'), the camp X has
 * ('critics of X'), a judgement or trouble aimed at X ('criticism of X', 'the case against X'), or
 * a polar noun that falls on X ('praise for X', 'bad news for X'). A harm is X's to suffer only after
 * 'of': 'the shooting at X' may have missed.
 */
function nounTowards(reading: Reading, k: number, preposition: string): void {
  if (k < 0 || reading.words[k + 1].afterBreak) return;
  const word = reading.words[k];
  if (HARMS.has(word.lemma)) {
    if (preposition === 'of') suffer(reading, k);
    return;
  }
  if (word.pos !== 'NOUN' && word.pos !== 'PROPN') return;
  const valence = CAMPS.get(word.lemma) ?? TROUBLES.get(word.lemma) ?? (word.pos === 'NOUN' ? judgementAt(reading, k) : undefined) ?? reading.valences[k];
  if (valence) reading.roles.patientOf.set(k, valence);
  // 'the case against X', 'a campaign against X': whatever is aimed against someone opposes them.
  else if (preposition === 'against') reading.roles.patientOf.set(k + 1, AGAINST);
}
