import type { Lexicon } from './lexicon.js';
import roleTable from './roles.json' with { type: 'json' };
import { straighten, type Word } from './words.js';

/**
 * What part a person plays in one sentence, read from the few words around each mention: who a sentence
 * judges is mostly said next to the name ('accused X', 'X was praised', 'X's failed bid', 'X faces
 * charges', 'X defeated Y'), whereas the rest of the sentence may be about someone else. Each mention
 * looks at a bounded number of words, so the work is linear in the sentence.
 */
export interface Roles {
  /** Words whose valence falls on the entity in full, whatever their distance, with that valence. */
  patientOf: Map<number, number>;
  /** Words by which the entity judges someone else: they describe the one judging far less. */
  agentOf: Set<number>;
  /** Harms the entity suffered ('X was killed', 'the death of X', 'X's death'): no view of it. */
  suffered: Set<number>;
  /** The entity is harmed or spoken to here: the sentence's other words are mostly about someone else. */
  bystander: boolean;
  /** Every word before this one is the entity's own reported speech ('…, Jones said'); 0 if none. */
  speaksBefore: number;
  /** Where the entity's own words or criticism of others start ('X described Y as …', 'X blamed Y for …'). */
  speaksFrom: number[];
  /** What the entity, as subject, is said to do or be, up to the end of the clause: [start, end). */
  predicates: Array<[number, number]>;
}

// How many words may stand between a verb and the person it acts on ('accused the former senator X').
const OBJECT_REACH = 3;
// How many words a possessive may reach for its noun ('X's long-awaited, failed bid').
const POSSESSED_REACH = 3;
// How far after a verb of receiving its object may come ('X faces fresh criminal charges').
const RECEIVED_REACH = 4;
// No further than an entity reads around a mention at all, which keeps the work per mention bounded.
const PREDICATE_REACH = 36;
// What a neutral noun aimed against someone says of them ('the case against X').
const AGAINST = -1;
// 'Y was beaten by X', 'X leads Y': the loser gets part of what the winner gets.
const LOSER_SHARE = 0.75;

// Auxiliaries before a participle that make it passive: 'X was criticised' judges X.
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting', "'s"]);
// Words that may stand between a subject and its verb without changing who acts ('X has not yet won').
const VERB_COMPANIONS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
// How long an apposition between a subject and its verb may be ('X, a former aide to Y, said').
const APPOSITION_REACH = 10;
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose']);
// 'refused to endorse X', 'declined to criticise X': the judgement is withheld.
const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'hesitate', 'reluctant', 'unwilling']);
const CONFESSIONS: ReadonlySet<string> = new Set(['admit', 'confess', 'acknowledge', 'concede', 'apologize', 'apologise']);
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'by', 'for']);
// 'X and Y have each disputed it', 'X has also won': words between a subject and its verb.
const SUBJECT_FILLERS: ReadonlySet<string> = new Set(['each', 'both', 'all', 'also']);
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'"]);
// 'an interview with X', 'said to X': X is the one spoken to.
const ADDRESSING_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);
const CONVERSATION_WORDS: ReadonlySet<string> = new Set(['interview', 'conversation', 'speak', 'talk', 'say', 'write', 'explain', 'complain', 'meeting', 'meet', 'call', 'letter']);

const HARMS: ReadonlySet<string> = new Set(roleTable.harms);
const RECEIVING: ReadonlySet<string> = new Set(roleTable.receiving);
const HOLDING: ReadonlySet<string> = new Set(roleTable.holding);
const ADDRESSING: ReadonlySet<string> = new Set(roleTable.addressing);
const STANCES: ReadonlySet<string> = new Set(roleTable.stances);
const VICTORIES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.victories));
const DEFEATS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.defeats));
const STANDINGS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.standings));
const CAMPS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.camps));
const TROUBLES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.troubles));
// Prepositions that aim a noun at the person after them.
const TOWARDS: ReadonlySet<string> = new Set(['of', 'against', 'for', 'on', 'at', 'toward', 'towards']);

/** The roles of an entity whose mentions stand at `positions` (word indices, sorted, without repeats). */
export function rolesOf(
  words: readonly Word[],
  valences: readonly number[],
  positions: readonly number[],
  lexicon: Lexicon,
  markAfter: (word: number) => string,
): Roles {
  const roles: Roles = { patientOf: new Map(), agentOf: new Set(), suffered: new Set(), bystander: false, speaksBefore: 0, speaksFrom: [], predicates: [] };
  // 'Rodgers' murder': a bare apostrophe after a name ending in s; after other words it closes a quotation.
  const ownsNext = (word: number) => /s$/i.test(words[word].text) && POSSESSIVE_MARKS.has(straighten(markAfter(word)));
  const reader = new RoleReader(words, valences, lexicon, roles, ownsNext, markAfter);
  for (const [first, last] of mentionSpans(positions)) {
    // 'the Marlow killing', 'the Okafor email probe': a name used as a modifier is judged through its noun.
    const next = words[last + 1];
    if (next && !next.afterBreak && isNominal(next) && !next.inName && !ownsNext(last)) {
      reader.modified(last + 1);
      continue;
    }
    reader.before(first);
    reader.after(first, last);
  }
  return roles;
}

/** 'X admitted stabbing Y', 'X acknowledged misleading Y': what one confesses is said of oneself. */
export function confesses(word: Word): boolean {
  return CONFESSIONS.has(word.lemma);
}

/** A noun, or a gerund the tagger calls a verb ('the Jones shooting'). */
function isNominal(word: Word): boolean {
  return word.pos === 'NOUN' || (word.pos === 'VERB' && word.key.endsWith('ing') && HARMS.has(word.lemma));
}

/** Runs of consecutive positions: one per mention ('Hillary Rodham Clinton'), as [first, last]. */
function mentionSpans(positions: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const p of positions) {
    const last = spans[spans.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else spans.push([p, p]);
  }
  return spans;
}

class RoleReader {
  constructor(
    private readonly words: readonly Word[],
    private readonly valences: readonly number[],
    private readonly lexicon: Lexicon,
    private readonly roles: Roles,
    /** Whether a possessive apostrophe follows the word ('Rodgers' murder'), which leaves no word of its own. */
    private readonly ownsNext: (word: number) => boolean,
    private readonly markAfter: (word: number) => string,
  ) {}

  /** 'the Marlow killing', 'the Okafor email probe': what befell the one a noun is named after. */
  modified(from: number): void {
    const { words } = this;
    for (let k = from; k < Math.min(words.length, from + POSSESSED_REACH) && isNominal(words[k]); k++) {
      if (k > from && words[k].afterBreak) return;
      if (HARMS.has(words[k].lemma)) this.suffer(k);
      else if (TROUBLES.has(words[k].lemma)) this.roles.patientOf.set(k, TROUBLES.get(words[k].lemma)!);
      else continue;
      return;
    }
  }

  /** What comes before a mention: a verb or noun acting on it, or a verb of speaking to it. */
  before(first: number): void {
    const { words, roles } = this;
    if (first === 0 || words[first].afterBreak) return;
    const previous = words[first - 1];
    if (ADDRESSING.has(previous.lemma) || (ADDRESSING_PREPOSITIONS.has(previous.key) && first > 1 && CONVERSATION_WORDS.has(words[first - 2].lemma))) {
      roles.bystander = true;
      return;
    }
    for (let k = first - 1; k >= Math.max(0, first - OBJECT_REACH); k--) {
      const word = words[k];
      // 'the death of X', 'critics of X', 'the case against X', 'praise for X'.
      if (TOWARDS.has(word.key)) {
        // 'lashed out at X', 'pounced on X', 'railed against X': a verb of judging aimed through a preposition.
        const verb = k > 1 && words[k - 1].key === 'out' ? k - 2 : k - 1;
        const judgement = verb >= 0 && words[verb].pos === 'VERB' ? this.judgement(verb) : undefined;
        // 'defended the city against X': a kind verb aimed against someone opposes them.
        if (judgement !== undefined) this.judge(verb, word.key === 'against' ? -Math.abs(judgement) : judgement);
        else this.nounTowards(k - 1, word.key);
        return;
      }
      // 'a lead over X', 'a victory over X': X is the one beaten.
      if (word.key === 'over' && k > 0) {
        const victory = VICTORIES.get(words[k - 1].lemma) ?? TROUBLES.get(words[k - 1].lemma);
        if (victory !== undefined && victory > 0) this.roles.patientOf.set(k - 1, -victory * LOSER_SHARE);
        return;
      }
      // 'an ethically challenged insider like X': what is said of the likeness is said of X.
      if (word.key === 'like' && word.pos === 'ADP') {
        for (let j = k - 1; j >= Math.max(0, k - 3) && !words[j + 1].afterBreak; j--) if (this.valences[j]) this.roles.patientOf.set(j, this.valences[j]);
        return;
      }
      if (HARMS.has(word.lemma) && word.pos === 'VERB' && !this.passive(k)) {
        this.suffer(k);
        return;
      }
      const judgement = this.judgement(k);
      if (judgement !== undefined && word.pos !== 'NOUN') {
        if (!this.passive(k)) this.judge(k, judgement);
        return;
      }
      const victory = VICTORIES.get(word.lemma);
      if (victory !== undefined && word.pos === 'VERB' && !this.passive(k)) {
        this.judge(k, -victory * LOSER_SHARE);
        return;
      }
      // 'removed shrapnel from X': a verb with an object and a preposition of its own does not act on X.
      if (word.pos === 'VERB' || word.pos === 'ADP' || words[k].afterBreak) return;
    }
  }

  /** What comes after a mention: its possessions, its verb, and whether it is the one speaking. */
  after(first: number, last: number): void {
    const { words } = this;
    let next = last + 1;
    if (next >= words.length) return;
    // 'Graham: the handling was disturbing', as headlines name a speaker.
    if (this.markAfter(last) === ':') {
      this.roles.speaksFrom.push(next);
      return;
    }
    if (!words[next].afterBreak && (POSSESSIVE_MARKS.has(words[next].key) || this.ownsNext(last))) {
      const head = this.possessed(POSSESSIVE_MARKS.has(words[next].key) ? next + 1 : next);
      // 'X's campaign is already over': what is said of what X owns, as the subject of a clause, is said of X.
      if (head >= 0 && (first === 0 || words[first].afterBreak || (first === 1 && words[0].pos === 'DET'))) this.subject(first, head + 1, false);
      return;
    }
    // 'polls show X with a wide lead'.
    if (!words[next].afterBreak && words[next].key === 'with' && this.received(next + 1)) return;
    // 'X and Y said': the verb is both of theirs.
    if (!words[next].afterBreak && words[next].key === 'and') {
      let k = next + 1;
      while (k < Math.min(words.length, next + APPOSITION_REACH) && !words[k].afterBreak && words[k].pos === 'PROPN') k++;
      if (k > next + 1) next = k;
    }
    if (next >= words.length) return;
    if (words[next].afterBreak) {
      // 'X, who won five primaries, …'
      if (RELATIVE_PRONOUNS.has(words[next].key)) {
        this.subject(first, next + 1, false);
        return;
      }
      // 'X, a former aide to Y, said': the apposition describes X, and the verb after it is X's.
      if (!APPOSITION_OPENERS.has(words[next].pos)) return;
      let end = next + 1;
      while (end < Math.min(words.length, next + APPOSITION_REACH) && !words[end].afterBreak) end++;
      if (end >= words.length || !words[end].afterBreak) return;
      this.roles.predicates.push([next, end]);
      this.subject(first, end, true);
      return;
    }
    this.subject(first, next, false);
  }

  /** The verb of a subject that ends before `from`. */
  private subject(first: number, from: number, breakAllowed: boolean): void {
    const { words, roles, lexicon } = this;
    for (let k = from; k <= Math.min(words.length - 1, from + OBJECT_REACH - 1); k++) {
      const word = words[k];
      if (word.afterBreak && !(breakAllowed && k === from)) return;
      if (confesses(word)) {
        this.predicate(k);
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
        this.judge(k, standing);
        return;
      }
      // 'X came under fire', 'X is under investigation'.
      if (word.key === 'under') {
        this.received(k + 1);
        return;
      }
      if ((VERB_COMPANIONS.has(word.pos) || SUBJECT_FILLERS.has(word.key)) && !this.judgement(k) && !DEFEATS.has(word.lemma)) continue;
      this.verbAfter(k, k === from);
      return;
    }
  }

  private verbAfter(k: number, right: boolean): void {
    const { words, roles } = this;
    const word = words[k];
    // 'X accused of fraud', 'X charged with murder': a participle right after its subject, as headlines write the passive.
    const reduced = right && word.key.endsWith('ed') && AGENT_PREPOSITIONS.has(words[k + 1]?.key);
    // 'X is to blame'.
    const owed = k > 1 && words[k - 1].key === 'to' && words[k - 2].lemma === 'be';
    const passive = this.passive(k) || reduced || owed;
    if (HARMS.has(word.lemma) && (passive || word.lemma === 'die')) {
      this.suffer(k);
      return;
    }
    const victory = passive ? undefined : (VICTORIES.get(word.lemma) ?? DEFEATS.get(word.lemma));
    if (victory !== undefined && word.pos === 'VERB') {
      this.judge(k, victory);
      this.predicate(k);
      return;
    }
    const judgement = this.judgement(k);
    if (judgement !== undefined) {
      if (passive) this.judge(k, judgement);
      else if (word.pos === 'VERB') {
        roles.agentOf.add(k);
        // 'X blamed the violence on Y': the violence is what X says of Y, not of X; praise shows X's warmth.
        if (judgement < 0) roles.speaksFrom.push(k + 1);
      }
      return;
    }
    if (word.pos !== 'VERB' || passive) return;
    // 'X maintains a wide lead', 'X has a tough time': what X holds is X's fortune.
    if (HOLDING.has(word.lemma) && this.received(k + 1)) return;
    if (STANCES.has(word.lemma)) {
      roles.speaksFrom.push(k + 1);
      return;
    }
    this.predicate(k);
    if (RECEIVING.has(word.lemma)) this.received(k + 1);
    else if (words[k + 1]?.key === 'under') this.received(k + 2);
  }

  private predicate(k: number): void {
    const { words } = this;
    let end = k + 1;
    // The clause ends at a break or at a conjunction that starts another ('while', 'because').
    const limit = Math.min(words.length, k + PREDICATE_REACH);
    while (end < limit && !words[end].afterBreak && words[end].pos !== 'SCONJ') {
      const standing = STANDINGS.get(words[end].key);
      if (standing !== undefined) this.roles.patientOf.set(end, standing);
      end++;
    }
    this.roles.predicates.push([k, end]);
  }

  /** 'X faces charges', 'X won praise', 'X sparked outrage': the object's valence is X's. */
  private received(from: number): boolean {
    const { words } = this;
    for (let k = from; k < Math.min(words.length, from + RECEIVED_REACH); k++) {
      if (k > from && words[k].afterBreak) return false;
      const valence = TROUBLES.get(words[k].lemma) ?? (this.valences[k] || this.judgement(k) || 0);
      if (valence) {
        this.roles.patientOf.set(k, valence);
        return true;
      }
      if (words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN') return false;
    }
    return false;
  }

  /** 'X's failed bid', 'X's critics', 'X's death': the noun phrase X owns. */
  private possessed(from: number): number {
    const { words } = this;
    for (let k = from; k < Math.min(words.length, from + POSSESSED_REACH); k++) {
      if (k > from && words[k].afterBreak) return -1;
      if (HARMS.has(words[k].lemma)) {
        this.suffer(k);
        return -1;
      }
      const valence = CAMPS.get(words[k].lemma) ?? TROUBLES.get(words[k].lemma) ?? this.valences[k];
      if (valence) this.roles.patientOf.set(k, valence);
      if (words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN') return k;
      if (words[k].pos === 'VERB' || words[k].pos === 'ADP') return -1;
    }
    return -1;
  }

  /**
   * The noun before 'of X', 'against X', 'for X': a harm X suffered ('the death of X'), the camp X has
   * ('critics of X'), a judgement or trouble aimed at X ('criticism of X', 'the case against X'), or
   * a polar noun that falls on X ('praise for X', 'bad news for X'). A harm is X's to suffer only after
   * 'of': 'the shooting at X' may have missed.
   */
  private nounTowards(k: number, preposition: string): void {
    if (k < 0 || this.words[k + 1].afterBreak) return;
    const word = this.words[k];
    if (HARMS.has(word.lemma)) {
      if (preposition === 'of') this.suffer(k);
      return;
    }
    if (word.pos !== 'NOUN' && word.pos !== 'PROPN') return;
    const valence = CAMPS.get(word.lemma) ?? TROUBLES.get(word.lemma) ?? (word.pos === 'NOUN' ? this.judgement(k) : undefined) ?? this.valences[k];
    if (valence) this.roles.patientOf.set(k, valence);
    // 'the case against X', 'a campaign against X': whatever is aimed against someone opposes them.
    else if (preposition === 'against') this.roles.patientOf.set(k + 1, AGAINST);
  }

  private suffer(k: number): void {
    this.roles.suffered.add(k);
    this.roles.bystander = true;
  }

  /** A denied judgement ('did not criticise X') is not the opposite judgement: it says nothing either way. */
  private judge(k: number, valence: number): void {
    this.roles.patientOf.set(k, this.denied(k) ? 0 : valence);
  }

  /** A negation just before the verb or its auxiliary: 'was not charged', 'did not criticise'. */
  private denied(k: number): boolean {
    if (k > 1 && this.words[k - 1].key === 'to' && REFUSALS.has(this.words[k - 2].lemma)) return true;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (this.lexicon.negators.has(this.words[j].key)) return true;
      if (!VERB_COMPANIONS.has(this.words[j].pos)) return false;
    }
    return false;
  }

  private passive(k: number): boolean {
    const { words } = this;
    return (k > 0 && PASSIVE_AUXILIARIES.has(words[k - 1].key)) || (k > 1 && PASSIVE_AUXILIARIES.has(words[k - 2].key) && words[k - 1].pos === 'ADV');
  }

  private judgement(k: number): number | undefined {
    const word = this.words[k];
    const { judgements } = this.lexicon;
    // Headlines capitalise verbs, which the tagger then leaves unlemmatised: 'Bloomberg Criticizes Obama'.
    const singular = word.key.length > 3 && word.key.endsWith('s') && !word.key.endsWith('ss') ? word.key.slice(0, -1) : undefined;
    return judgements.get(word.lemma) ?? judgements.get(word.key) ?? (singular === undefined ? undefined : judgements.get(singular));
  }
}
