import type { Lexicon } from './lexicon.js';
import { agentEvent, stateAt, themeEvent, themePhraseBefore, type EventEffect } from './events.js';
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
const APPOSITION_REACH = 14;
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
// 'told Fox host X', 'an interview with CNN anchor X': a title noun that makes X the one spoken to only after a verb or preposition of speaking to.
const INTERVIEWERS: ReadonlySet<string> = new Set(roleTable.interviewers);
// 'proud of X', 'comfortable with X', 'furious at X', 'jealous of X': what a feeling aimed at someone says of them.
const ATTITUDES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.attitudes));
const ATTITUDE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'to', 'by', 'at', 'in', 'about', 'for', 'on', 'toward', 'towards']);
const STANCES: ReadonlySet<string> = new Set(roleTable.stances);
const VICTORIES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.victories));
const DEFEATS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.defeats));
const STANDINGS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.standings));
const CAMPS: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.camps));
const TROUBLES: ReadonlyMap<string, number> = new Map(Object.entries(roleTable.troubles));
// 'X's criticism', 'X's investigation': what X owns here is what X does to someone else, not X's fortune.
const DEEDS: ReadonlySet<string> = new Set(roleTable.deeds);
// Prepositions that aim a noun at the person after them.
const TOWARDS: ReadonlySet<string> = new Set(['of', 'against', 'for', 'on', 'at', 'toward', 'towards']);
// Conjunctions that may start a clause of their own inside a predicate, and what its subject may be made of.
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'unless', 'although', 'though', 'if', 'whereas']);
const CLAUSE_SUBJECT_PARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const SUBORDINATE_SUBJECT_REACH = 4;
// Words after which a clause, and so its subject, starts ('… that X's campaign failed').
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['SCONJ', 'CCONJ']);
// How long the phrases after a subject's noun may be, and what they may be made of ('about a bill in his state').
const MODIFIER_REACH = 10;
const MODIFIER_PARTS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
// How long the noun phrase before an apposition naming a verb's object may be ('the lead Iranian negotiator, X').
const OBJECT_APPOSITION_REACH = 8;
// How many title words may stand before a name ('former House Speaker X').
const TITLE_REACH = 3;
// How long a noun phrase joined to a subject by 'and' may be, and what it may be made of ('X and the Democratic Party').
const CONJUNCT_REACH = 4;
const CONJUNCT_PARTS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
// Possessive determiners, which may open a noun phrase ('his opponent').
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const NOUN_PHRASE_PARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
// How far back from 'than X' or the second 'as' of 'as toxic as X' the comparison may reach.
const COMPARISON_REACH = 7;
// 'as well as X', 'as long as X', 'rather than X': phrases that compare nothing said of X.
const NON_COMPARISONS: ReadonlySet<string> = new Set(['well', 'long', 'far', 'soon', 'much', 'many', 'early', 'late', 'rather', 'other', 'more', 'less']);
// 'called X "the most endangered incumbent"', 'found X guilty': verbs whose object is then said to be something.
const NAMING: ReadonlySet<string> = new Set(roleTable.naming);
// How long what a naming verb says its object is may be.
const COMPLEMENT_REACH = 12;

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
    reader.before(first, last, ownsNext(last) || POSSESSIVE_MARKS.has(next?.key ?? ''));
    reader.complement(first, last);
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

/** Whether words [from, to) may all belong to one noun phrase. */
function nounPhrase(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NOUN_PHRASE_PARTS.has(words[k].pos)) return false;
  return true;
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

  /**
   * What comes before a mention: a verb or noun acting on it, a verb of speaking to it, a feeling aimed
   * at it, a comparison it ends. When the mention owns what follows ('fired X's lawyer'), an event acts
   * on the thing owned, not on X. Titles before a name are looked past when nothing is found next to it.
   */
  before(first: number, last: number, owns: boolean): void {
    const { words, roles } = this;
    if (first === 0) return;
    // 'intimidated by the likes of X': the phrase stands for X.
    if (first >= 3 && words[first - 1].key === 'of' && words[first - 2].key === 'likes' && words[first - 3].key === 'the' && !words[first - 1].afterBreak && !words[first - 2].afterBreak) {
      // 'likes' here is no liking.
      roles.patientOf.set(first - 2, 0);
      this.before(first - 3, last, owns);
      return;
    }
    const found = this.found();
    this.beforeAt(first, last, owns);
    // 'came to the defense of former House Speaker X', '…, Democrat X': failing that, what comes before the title.
    let title = first;
    while (title > Math.max(0, first - TITLE_REACH) && !words[title].afterBreak && words[title - 1].pos === 'PROPN') title--;
    if (title < first && this.found() === found) this.beforeAt(title, last, owns);
  }

  /** How much has been found of the entity's roles so far. */
  private found(): number {
    const { roles } = this;
    return roles.patientOf.size + roles.suffered.size + roles.predicates.length + roles.speaksFrom.length + (roles.bystander ? 1 : 0);
  }

  private beforeAt(first: number, last: number, owns: boolean): void {
    const { words, roles } = this;
    if (first === 0) return;
    // 'the lead negotiator, Mr. Zarif': an abbreviated title opens the apposition with the name.
    const titled = first > 1 && words[first - 1].afterBreak && words[first - 1].pos === 'PROPN' && words[first - 1].key.endsWith('.');
    if (words[first].afterBreak || titled) {
      if (!owns && this.closesApposition(last + 1)) this.objectInApposition(titled ? first - 1 : first);
      if (words[first].afterBreak) return;
    }
    const previous = words[first - 1];
    if (ADDRESSING.has(previous.lemma) || this.addressingPreposition(first - 1) || (INTERVIEWERS.has(previous.lemma) && this.interviewer(first - 1))) {
      roles.bystander = true;
      return;
    }
    // 'an even bigger hypocrite than X', 'as toxic as X': what the comparison holds, X holds too.
    const compared = previous.key === 'than' || previous.key === 'as' ? this.comparison(first - 1) : undefined;
    if (compared) {
      this.judge(compared.at, compared.valence);
      return;
    }
    // '“…,” Brown said of X': what was said is about X.
    if (previous.key === 'of' && first > 1 && this.lexicon.speechVerbs.has(words[first - 2].key)) {
      this.saidOf(first - 2, last);
      return;
    }
    // 'hit out at X', 'stood by X'.
    const phrase = themePhraseBefore(words, first);
    if (phrase) {
      this.judge(phrase.at, phrase.valence);
      return;
    }
    // 'the boy was rescued by X', 'she was harassed by X': X did the deed.
    const deed = previous.key === 'by' && first > 1 && this.passive(first - 2) ? agentEvent(words, first - 2) : undefined;
    if (deed) {
      this.judge(deed.at, deed.valence);
      return;
    }
    for (let k = first - 1; k >= Math.max(0, first - OBJECT_REACH); k--) {
      const word = words[k];
      const attitude = word.pos === 'ADP' && ATTITUDE_PREPOSITIONS.has(word.key) ? this.attitudeBefore(k) : undefined;
      if (attitude) {
        this.judge(attitude.at, attitude.valence);
        return;
      }
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
      // An event acts on the noun phrase right after its verb ('sacked the former aide X'), not across a clause ('recommended that X').
      const actsOnMention = !owns && nounPhrase(words, k + 1, first);
      const judgement = this.judgement(k) ?? (actsOnMention ? themeEvent(word) : undefined);
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

  /**
   * The polar word a comparison ending at `at` ('than' or the second 'as') holds: a noun ('a bigger hypocrite
   * than'), a word made negative by degree ('worse than', 'more corrupt than'), or any polar word between
   * two 'as' ('as toxic as'). A positive degree ('better than X') says X is less so: nothing is read then.
   * Read as rated in the lexicon: 'nowhere near as toxic as X' still calls X toxic.
   */
  private comparison(at: number): EventEffect | undefined {
    const { words } = this;
    if (at === 0 || NON_COMPARISONS.has(words[at - 1].key) || words[at].afterBreak) return undefined;
    const equative = words[at].key === 'as';
    let found: EventEffect | undefined;
    for (let j = at - 1; j >= Math.max(0, at - COMPARISON_REACH); j--) {
      if (equative && words[j].key === 'as') return found && !NON_COMPARISONS.has(words[j + 1].key) ? found : undefined;
      const valence = this.rated(j);
      if (!equative && valence && (words[j].pos === 'NOUN' || valence < 0)) return { at: j, valence };
      if (equative && valence && !found) found = { at: j, valence };
      if (words[j].afterBreak) return undefined;
    }
    return undefined;
  }

  /** A word's valence as the lexicon rates it, before negation or degree. */
  private rated(k: number): number {
    const { words, lexicon } = this;
    return lexicon.words.get(words[k].key) ?? lexicon.connotations.get(words[k].key) ?? 0;
  }

  /** '“…,” Brown said of X' or 'Brown said of X, “…”': the words said are about X (they are the speaker's words, not X's). */
  private saidOf(verb: number, last: number): void {
    const { words } = this;
    let subject = verb;
    while (subject > Math.max(0, verb - OBJECT_REACH) && !words[subject].afterBreak && (NOUN_PHRASE_PARTS.has(words[subject - 1].pos) || words[subject - 1].pos === 'PRON')) subject--;
    if (words[subject].afterBreak && subject < verb) this.roles.predicates.push([Math.max(0, subject - PREDICATE_REACH), subject]);
    else if (words[last + 1]?.afterBreak) this.roles.predicates.push([last + 1, Math.min(words.length, last + 1 + PREDICATE_REACH)]);
  }

  /** 'called X "the most endangered incumbent"', 'found X guilty': what follows the object, up to the end of its clause, is said of X. */
  complement(first: number, last: number): void {
    const { words } = this;
    // Whom a pronoun stands for is a guess: what it is called is not pinned on the guess.
    if (words[first].pos === 'PRON') return;
    let verb = first - 1;
    while (verb >= Math.max(0, first - OBJECT_REACH) && (NOUN_PHRASE_PARTS.has(words[verb].pos) && !NAMING.has(words[verb].lemma)) && !words[verb + 1].afterBreak) verb--;
    if (verb < 0 || words[verb + 1].afterBreak || !NAMING.has(words[verb].lemma) || words[verb].pos !== 'VERB' || this.passive(verb)) return;
    let end = last + 1;
    if (POSSESSIVE_MARKS.has(words[end]?.key ?? '')) end = this.possessedEnd(end + 1);
    const limit = Math.min(words.length, end + COMPLEMENT_REACH);
    let to = end;
    // 'found X not guilty of murder, but guilty of homicide': a second complement goes on the first.
    const goesOn = (k: number) => words[k].pos === 'CCONJ' && (words[k + 1]?.pos === 'ADJ' || words[k + 1]?.pos === 'ADV') && !words[k + 1].afterBreak;
    const endsClause = (k: number) => words[k].pos === 'SCONJ' || (((k > end && words[k].afterBreak) || words[k].pos === 'CCONJ') && !goesOn(k));
    while (to < limit && !endsClause(to)) to++;
    if (to > end) this.roles.predicates.push([end, to]);
  }

  /** Past the noun phrase a possessive owns ('X's address'). */
  private possessedEnd(from: number): number {
    const { words } = this;
    let k = from;
    while (k < Math.min(words.length, from + POSSESSED_REACH) && !words[k].afterBreak && NOUN_PHRASE_PARTS.has(words[k].pos)) k++;
    return k;
  }

  /** Whether the word after a mention lets it close an apposition ('sacked the aide, X, on Monday'), unlike a verb of its own ('…, X said'). */
  private closesApposition(next: number): boolean {
    const word = this.words[next];
    return word === undefined || word.afterBreak || (word.pos !== 'VERB' && word.pos !== 'AUX');
  }

  /** 'said to X', 'an interview with X'. */
  private addressingPreposition(k: number): boolean {
    return ADDRESSING_PREPOSITIONS.has(this.words[k].key) && k > 0 && CONVERSATION_WORDS.has(this.words[k - 1].lemma);
  }

  /** Whether the title noun at k ('host') follows a verb or preposition of speaking to, across the rest of its noun phrase ('told Fox News host'). */
  private interviewer(k: number): boolean {
    const { words } = this;
    for (let j = k - 1; j >= Math.max(0, k - OBJECT_APPOSITION_REACH); j--) {
      if (words[j + 1].afterBreak) return false;
      if (ADDRESSING.has(words[j].lemma) || this.addressingPreposition(j)) return true;
      if (!NOUN_PHRASE_PARTS.has(words[j].pos) && !POSSESSIVE_MARKS.has(words[j].key)) return false;
    }
    return false;
  }

  /** A feeling right before the preposition at k ('proud of', 'deeply grateful to', 'fed up with'): what it says of the one it is aimed at. */
  private attitudeBefore(k: number): EventEffect | undefined {
    const { words } = this;
    const at = k > 1 && (words[k - 1].pos === 'ADV' || words[k - 1].key === 'up') && !words[k - 1].afterBreak ? k - 2 : k - 1;
    if (at < 0 || words[at + 1].afterBreak || words[k].afterBreak) return undefined;
    const valence = ATTITUDES.get(words[at].key) ?? ATTITUDES.get(words[at].lemma);
    return valence === undefined ? undefined : { at, valence };
  }

  /** 'complimented the chief negotiator, X': X is the object the verb judges or acts on. */
  private objectInApposition(first: number): void {
    const { words } = this;
    for (let k = first - 1; k >= Math.max(0, first - OBJECT_APPOSITION_REACH); k--) {
      if (k < first - 1 && words[k + 1].afterBreak) return;
      // 'criticized his opponent in the election, Democrat X'.
      if (NOUN_PHRASE_PARTS.has(words[k].pos) || POSSESSIVE_MARKS.has(words[k].key) || OWNERS.has(words[k].key) || (words[k].pos === 'ADP' && k < first - 1)) continue;
      if (words[k].pos !== 'VERB' || k === first - 1 || this.passive(k)) return;
      const valence = this.judgement(k) ?? themeEvent(words[k]);
      if (valence !== undefined) this.judge(k, valence);
      return;
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
      const clauseStart = first === 0 || words[first].afterBreak || (first === 1 && words[0].pos === 'DET') || CLAUSE_OPENERS.has(words[first - 1].pos);
      if (head >= 0 && clauseStart) this.subject(first, this.afterModifiers(head + 1), false);
      return;
    }
    // 'polls show X with a wide lead'.
    if (!words[next].afterBreak && words[next].key === 'with' && this.received(next + 1)) return;
    // 'X and Y said': the verb is both of theirs.
    if (!words[next].afterBreak && words[next].key === 'and') {
      let k = next + 1;
      while (k < Math.min(words.length, next + APPOSITION_REACH) && !words[k].afterBreak && words[k].pos === 'PROPN') k++;
      // 'X and the Democratic Party are trying …', when X opens its clause.
      if (k === next + 1 && words[k]?.pos === 'DET' && this.opensClause(first)) {
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

  /** Whether a mention, past the title words before it, opens a clause ('… that House Speaker X and …'). */
  private opensClause(first: number): boolean {
    const { words } = this;
    let start = first;
    while (start > Math.max(0, first - TITLE_REACH) && !words[start].afterBreak && words[start - 1].pos === 'PROPN') start--;
    return start === 0 || words[start].afterBreak || CLAUSE_OPENERS.has(words[start - 1].pos);
  }

  /** Past the phrases that modify a noun ('X's comments about the bill in his state sparked …'): where its verb may start. */
  private afterModifiers(from: number): number {
    const { words } = this;
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
  private subject(first: number, from: number, breakAllowed: boolean): void {
    const { words, roles, lexicon } = this;
    // 'X is even a bigger hypocrite', 'X was corrupt': what the subject is said to be.
    let copula = -1;
    for (let k = from; k <= Math.min(words.length - 1, from + OBJECT_REACH - 1); k++) {
      const word = words[k];
      if (word.afterBreak && !(breakAllowed && k === from)) return;
      // 'X is on the ropes', 'put X on the defensive'.
      const state = stateAt(words, k);
      if (state) {
        this.judge(state.at, state.valence);
        return;
      }
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
      if (word.lemma === 'be' && word.pos === 'AUX') copula = k;
      // 'X had a tough time', which the tagger may call an auxiliary: what X holds is X's fortune.
      if (word.lemma === 'have' && word.pos === 'AUX' && NOUN_PHRASE_PARTS.has(words[k + 1]?.pos ?? '')) {
        this.received(k + 1);
        return;
      }
      if ((VERB_COMPANIONS.has(word.pos) || SUBJECT_FILLERS.has(word.key)) && !this.judgement(k) && !DEFEATS.has(word.lemma)) continue;
      if (copula >= 0 && word.pos !== 'VERB') {
        this.predicate(copula);
        return;
      }
      this.verbAfter(k, k === from);
      return;
    }
    // 'X is certainly nowhere near as toxic': only adverbs so far, and still what X is said to be.
    if (copula >= 0) this.predicate(copula);
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
    // 'X caved', 'X backed down', 'X rescued a child': what the deed says of the one who does it.
    // 'X tried to stonewall', 'X is set to back down': the deed of a verb's infinitive is the subject's too.
    const infinitive = words[k + 1]?.key === 'to' && k + 2 < words.length && !REFUSALS.has(word.lemma) ? agentEvent(words, k + 2) : undefined;
    const deed = passive ? undefined : (agentEvent(words, k) ?? infinitive);
    if (deed) {
      this.judge(deed.at, deed.valence);
      this.predicate(k);
      return;
    }
    // 'X was sacked', 'X was cleared': what befalls X.
    const judgement = this.judgement(k) ?? (passive ? themeEvent(word) : undefined);
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
    // The clause ends at a conjunction that starts another ('while', 'after Y tweeted'), or at a break
    // unless the subject's next verb follows it ('X started well, but then struggled').
    const limit = Math.min(words.length, k + PREDICATE_REACH);
    while (end < limit && words[end].pos !== 'SCONJ' && !this.subordinateClause(end)) {
      const verb = this.coordinatedVerb(end);
      if (words[end].afterBreak && verb < 0) break;
      const standing = STANDINGS.get(words[end].key);
      if (standing !== undefined) this.roles.patientOf.set(end, standing);
      // 'X caved and backtracked': each verb of the subject says what it did.
      const deed = verb >= 0 ? agentEvent(words, verb) : undefined;
      if (deed) this.judge(deed.at, deed.valence);
      end++;
    }
    this.roles.predicates.push([k, end]);
  }

  /** Whether a clause with a subject of its own starts at k ('after Y tweeted', 'when the board met'), which the tagger may call a preposition. */
  private subordinateClause(k: number): boolean {
    const { words } = this;
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
  private coordinatedVerb(k: number): number {
    const { words } = this;
    if (words[k].pos !== 'CCONJ') return -1;
    let verb = k + 1;
    while (verb < Math.min(words.length, k + 3) && words[verb].pos === 'ADV' && !words[verb].afterBreak) verb++;
    if (verb >= words.length || words[verb].pos !== 'VERB' || words[verb].afterBreak) return -1;
    const speaks = this.lexicon.speechVerbs.has(words[verb].key) || STANCES.has(words[verb].lemma) || this.judgement(verb) !== undefined;
    return speaks ? -1 : verb;
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
      // 'a 14-point lead', which the tagger may read as a noun and a verb.
      if (words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN' && !TROUBLES.has(words[k + 1]?.lemma ?? '')) return false;
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
      if (DEEDS.has(words[k].lemma)) {
        this.roles.agentOf.add(k);
        return words[k].pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN' ? k : -1;
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
    // 'X is trying', 'X was lying': a present participle after 'be' is progressive.
    if (words[k].key.endsWith('ing')) return false;
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
