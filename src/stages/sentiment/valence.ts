import { bareEmoji, type Lexicon } from './lexicon.js';
import type { Unit, Word } from './words.js';

/**
 * VADER's rules (Hutto & Gilbert 2014) over wink-nlp tokens, with what news text and reader comments
 * need on top: phrases and idioms, words inside names left out, negation that reads curly apostrophes,
 * harms that a sentence acts against ('cooperation against terrorism') left neutral, contrast and
 * concession words beyond 'but', and the words that are critical in themselves ('not', 'why').
 */

// VADER's empirically derived constants.
const CAPS_EMPHASIS = 0.733;
const NEGATION = -0.74;
const EXCLAMATION = 0.292;
const MAX_EXCLAMATIONS = 4;
const QUESTION = 0.18;
const NORMALISING_ALPHA = 15;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
// SO-CAL weighs negative words 1.5 times as much as positive ones (Taboada et al. 2011).
const POSITIVE_WEIGHT = 1 / 1.5;
// Praise of what is only supposed, wished or required counts half.
const IRREALIS = 0.5;
// A denial is critical in itself, whatever it denies (Potts 2011, 'On the negativity of negation'), and
// so are asking why and calling a figure 'only' so much: each counts as a mildly negative word of its
// own. Fitted on the VADER development sets, like INTENSIFIER (5-fold cross-validated).
const NEGATIVITY = -0.6;
// A degree adverb scales the word it modifies, as in SO-CAL (Taboada et al. 2011), rather than adding
// VADER's fixed step: 'very' makes a strong word much stronger and a faint connotation only a little.
const INTENSIFIER = 0.5;
// VADER: 'never so good', 'never this sore' stress the word rather than deny it.
const NEVER_SO = 1.25;
// Induced connotations are trusted for content words only: names, interjections and slang stay out.
const CONTENT_WORDS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'VERB', 'NOUN']);
// How far back a degree adverb or a negation reaches, and how much less it counts further away.
const REACH = [1, 0.95, 0.9];
const COUNTER_REACH = 3;
// 'too little', 'too few': a shortcoming in itself, whatever it is a shortage of; and 'too late',
// 'too many': an excess is one too.
const SHORTFALL = -1.5;
// 'not as bad as': a harm denied only in degree keeps part of its weight.
const LESSER_DEGREE = 0.5;
// How much of 'no' is left when it only says that something is absent.
const ABSENCE = 0.5;

/** Maps a raw sum into (-1, 1) as VADER's compound score does. */
export function normalise(sum: number): number {
  return sum / Math.sqrt(sum * sum + NORMALISING_ALPHA);
}

export function wordValences(unit: Unit, lexicon: Lexicon): number[] {
  const { words } = unit;
  const shouting = words.some((w) => w.allCaps) && words.some((w) => !w.allCaps && w.type === 'word');
  const valences = new Array<number>(words.length).fill(0);
  // Words taken up by a phrase: they carry no valence of their own and modify nothing.
  const consumed = new Array<boolean>(words.length).fill(false);
  const counted = previousCounted(words);

  for (let i = 0; i < words.length; i++) {
    if (consumed[i]) continue;
    const word = words[i];
    if (word.inName) continue;
    const phrase = matchPhrase(words, i, lexicon);
    let valence: number;
    if (phrase) {
      for (let j = i + 1; j < i + phrase.length; j++) consumed[j] = true;
      consumed[i] = phrase.valence === 0;
      if (phrase.valence === 0) continue;
      valence = phrase.valence;
    } else {
      if (lexicon.boosters.has(word.key) && !isKindOfNoun(words, i) && !isShortfall(words, i) && !isExcess(words, i, lexicon)) continue;
      if (measuresHarm(words, i, lexicon)) continue;
      const base = baseValence(words, i, lexicon);
      if (base === undefined) continue;
      valence = base;
    }
    if (word.allCaps && shouting) valence += Math.sign(valence) * CAPS_EMPHASIS;
    valence = applyModifiers(words, i, valence, consumed, counted, shouting, lexicon);
    valences[i] = valence;
  }
  neutraliseCounteredHarms(words, valences, consumed, lexicon);
  addNegativity(words, valences, consumed, lexicon);
  dampenIrrealis(words, valences, lexicon);
  // A question asserts nothing, and the rhetorical questions of opinion writing are mostly critical:
  // its praise counts as little as a wish's.
  if (unit.questions > 0) for (let i = 0; i < valences.length; i++) if (valences[i] > 0) valences[i] *= IRREALIS;
  setAsideInsteadOf(words, valences);
  weakenConcessions(words, valences, lexicon);
  shiftAroundContrast(words, valences, lexicon);
  return valences;
}

/**
 * VADER's raw score of a sentence, with three changes that fit edited prose better: negative words
 * weigh more than positive ones (the negativity bias SO-CAL also corrects for, Taboada et al. 2011),
 * except where praise is plainly meant: in an exclamation, and in emoji and emoticons; the sum grows
 * with the square root of the number of sentiment words rather than linearly, so that a long sentence
 * with many mild words does not outweigh a short, pointed one; and a question, in opinion writing
 * mostly a rhetorical challenge, counts as a word of half a denial's weight. '!' and '?' then add
 * their emphasis as in VADER.
 */
export function sentenceSum(valences: readonly number[], unit: Pick<Unit, 'words' | 'exclamations' | 'questions'>): number {
  const exclaimed = unit.exclamations > 0;
  let sum = 0;
  let bearing = 0;
  valences.forEach((valence, i) => {
    if (!valence) return;
    bearing++;
    sum += valence > 0 && !exclaimed && !isSymbol(unit.words[i]) ? valence * POSITIVE_WEIGHT : valence;
  });
  if (unit.questions > 0) {
    sum += NEGATIVITY * IRREALIS;
    bearing++;
  }
  return withPunctuation(sum / Math.sqrt(Math.max(1, bearing)), unit);
}

function isSymbol(word: Word | undefined): boolean {
  return word?.type === 'emoji' || word?.type === 'emoticon';
}

/** '!' and '??' make a sentiment stronger, never change its direction. */
function withPunctuation(sum: number, unit: Pick<Unit, 'exclamations' | 'questions'>): number {
  if (sum === 0) return 0;
  let emphasis = Math.min(unit.exclamations, MAX_EXCLAMATIONS) * EXCLAMATION;
  if (unit.questions > 1) emphasis += unit.questions <= 3 ? unit.questions * QUESTION : 0.96;
  return sum + Math.sign(sum) * emphasis;
}

function matchPhrase(words: readonly Word[], i: number, lexicon: Lexicon): { length: number; valence: number } | undefined {
  const candidates = lexicon.phrases.get(words[i].key);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    if (i + phrase.words.length > words.length) continue;
    if (phrase.words.every((part, k) => words[i + k].key === part && (k === 0 || !words[i + k].inName))) {
      return { length: phrase.words.length, valence: phrase.valence };
    }
  }
  return undefined;
}

/**
 * 'great peril', 'growing rumours', 'huge mess': an adjective of size or degree before a harm says how
 * big the harm is, not that anything is great; it stresses the harm as 'very' would.
 */
function measuresHarm(words: readonly Word[], i: number, lexicon: Lexicon): boolean {
  const next = words[i + 1];
  if (!lexicon.magnitudes.has(words[i].key) || next === undefined || next.afterBreak || next.inName) return false;
  // Induced connotations are too faint a sign of harm to turn 'grand' or 'big' into a mere measure.
  return (lexicon.words.get(next.key) ?? lexicon.words.get(next.lemma) ?? 0) < 0;
}

/** 'kind' and 'sort' are degree words only in 'kind of'; 'this kind' is a noun. */
function isKindOfNoun(words: readonly Word[], i: number): boolean {
  return (words[i].key === 'kind' || words[i].key === 'sort') && words[i + 1]?.key !== 'of';
}

function baseValence(words: readonly Word[], i: number, lexicon: Lexicon): number | undefined {
  const word = words[i];
  if (word.type === 'emoji') return lexicon.emoji.get(bareEmoji(word.text));
  if (word.type === 'hashtag') return lexicon.words.get(word.key.slice(1));
  // 'like' as a preposition ('like other countries') and 'kind of' express no liking or kindness.
  if ((word.pos === 'ADP' || word.pos === 'SCONJ') && word.key === 'like' && !isLikingVerb(words, i)) return undefined;
  if (word.key === 'kind' && words[i + 1]?.key === 'of') return undefined;
  if (isShortfall(words, i) || isExcess(words, i, lexicon)) return SHORTFALL;
  if (word.key === 'critical' && isImportanceCritical(words, i)) return undefined;
  // 'no' followed by a sentiment word negates it (handled there) rather than counting as negative.
  if (word.key === 'no' && words[i + 1] && lookup(words[i + 1], lexicon) !== undefined) return undefined;
  // 'no' before a noun ('no coat', 'no reason') says what is absent more than what is bad.
  if (word.key === 'no' && word.pos === 'DET' && words[i + 1] && !words[i + 1].afterBreak) return (lookup(word, lexicon) ?? 0) * ABSENCE;
  return lookup(word, lexicon);
}

// What a 'critical' before a noun still criticises: 'critical comments', 'a critical report'.
const CRITICISM_NOUNS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'remark', 'remarks', 'report', 'reports', 'review', 'reviews', 'statement', 'statements',
  'letter', 'letters', 'article', 'articles', 'editorial', 'editorials', 'coverage', 'assessment', 'tone', 'voice',
  'voices', 'words', 'response', 'op-ed', 'question', 'questions', 'stance', 'view', 'views', 'piece', 'tweet', 'tweets',
]);

/**
 * 'a critical turning point', 'critical support': before a noun, 'critical' mostly means decisive; it
 * criticises in 'critical of' and before what is said or written ('critical comments').
 */
function isImportanceCritical(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined || next.afterBreak || CRITICISM_NOUNS.has(next.key)) return false;
  return next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.key.endsWith('ing');
}

// What may come before a 'like' that is a verb, which the tagger can take for a preposition ('you'll like it').
const LIKING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'who', 'u', 'to', 'not', "'ll", "'d", 'will', 'would', 'do', 'does', 'did', 'really', 'also', 'just', 'still']);

function isLikingVerb(words: readonly Word[], i: number): boolean {
  const previous = words[i - 1];
  return previous !== undefined && !words[i].afterBreak && (LIKING_SUBJECTS.has(previous.key) || previous.key.endsWith("n't"));
}

function lookup(word: Word, lexicon: Lexicon): number | undefined {
  // Emoticons are case-sensitive (':D' is not 'd:'); single letters are initials, not words.
  if (word.type === 'emoticon') return lexicon.words.get(word.text) ?? lexicon.words.get(word.key);
  if (word.key.length < 2) return undefined;
  return (
    lexicon.words.get(word.key) ??
    lexicon.words.get(word.lemma) ??
    // The tokenizer leaves a full stop on some shouted words ('NO.').
    (word.key.endsWith('.') && word.key.length > 2 ? lexicon.words.get(withoutTrailingDots(word.key)) : undefined) ??
    (CONTENT_WORDS.has(word.pos) ? lexicon.connotations.get(word.key) ?? lexicon.connotations.get(word.lemma) : undefined)
  );
}

function withoutTrailingDots(key: string): string {
  let end = key.length;
  while (end > 0 && key[end - 1] === '.') end--;
  return key.slice(0, end);
}

/**
 * For each word, the index of the word before it that counts towards a modifier's reach: single letters
 * ('a', 'I') are skipped, as VADER drops them, but not across a clause break. -1 when there is none.
 * Built in one pass so that a run of single letters is not walked again for every word after it.
 */
function previousCounted(words: readonly Word[]): Int32Array {
  const counted = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    counted[k] = k > 0 && words[k - 1].key.length === 1 && !words[k].afterBreak ? counted[k - 1] : k - 1;
  }
  return counted;
}

function applyModifiers(
  words: readonly Word[],
  i: number,
  start: number,
  consumed: readonly boolean[],
  counted: Int32Array,
  shouting: boolean,
  lexicon: Lexicon,
): number {
  let valence = start;
  // Laughter and emoji react; they are not statements that a 'not' could deny.
  const deniable = words[i].type === 'word' && !lexicon.laughter.has(words[i].key);
  let j = i;
  for (let distance = 1; distance <= REACH.length; distance++) {
    // A 'No,' or 'not only that,' before a comma does not reach into the next clause.
    if (words[j].afterBreak) break;
    j = counted[j];
    if (j < 0) break;
    const previous = words[j];
    // A word inside a name ('The Immortal Life of Henrietta Lacks') neither stresses nor denies.
    const measures = measuresHarm(words, j, lexicon);
    if (consumed[j] || previous.inName || (lookup(previous, lexicon) !== undefined && !measures && !lexicon.boosters.has(previous.key) && !lexicon.negators.has(previous.key))) continue;
    const boost = measures ? 1 : lexicon.boosters.get(previous.key);
    if (boost !== undefined) {
      let scalar = valence * boost * INTENSIFIER * REACH[distance - 1];
      if (previous.allCaps && shouting) scalar += Math.sign(valence) * CAPS_EMPHASIS * REACH[distance - 1];
      valence += scalar;
    }
    if (deniable && (isNegatorAt(words, j, lexicon) || isShortfall(words, j))) {
      // 'despite angry protests': what is overcome is still a harm; 'despite some success' discounts the praise.
      const keepsHarm = valence < 0 && (comparesDegree(words, i, j) || previous.key === 'despite');
      valence *= emphaticSoThis(words, i, j) ? NEVER_SO : keepsHarm ? LESSER_DEGREE : NEGATION;
    }
  }
  if (i > 0 && words[i - 1].key === 'least' && words[i - 2]?.key !== 'at' && words[i - 2]?.key !== 'very') valence *= NEGATION;
  return valence;
}

function isNegator(word: Word, lexicon: Lexicon): boolean {
  return lexicon.negators.has(word.key) || word.key.endsWith("n't");
}

/** A negator, the 'yet' of 'has yet to', which says that something has not happened, or the 'far' of 'far from perfect'. */
function isNegatorAt(words: readonly Word[], j: number, lexicon: Lexicon): boolean {
  return isNegator(words[j], lexicon) || (words[j].key === 'yet' && words[j + 1]?.key === 'to') || isFarFrom(words, j);
}

function isFarFrom(words: readonly Word[], j: number): boolean {
  return words[j].key === 'far' && words[j + 1]?.key === 'from' && !words[j + 1].afterBreak;
}

// What 'not as bad as …' may be measured against that makes it a relief rather than a lesser harm.
const EXPECTATIONS: ReadonlySet<string> = new Set([
  'it', 'i', 'we', 'you', 'they', 'expected', 'feared', 'thought', 'predicted', 'anticipated', 'first', 'before',
  'usual', 'ever', 'originally', 'advertised', 'reported', 'people', 'everyone', 'some', 'many', 'once', 'imagined',
]);

/**
 * 'X is not as bad as Y', 'nowhere near as toxic as Y': a negation across 'as' grades a harm against
 * another's and leaves it a harm. Measured against what was expected ('not as bad as I feared'), it is
 * a relief, denied as usual.
 */
function comparesDegree(words: readonly Word[], i: number, negator: number): boolean {
  let as = false;
  for (let k = negator + 1; k < i; k++) if (words[k].key === 'as') as = true;
  if (!as) return false;
  for (let k = i + 1; k < Math.min(words.length - 1, i + 4); k++) {
    if (words[k].key === 'as') return !EXPECTATIONS.has(words[k + 1].key);
  }
  return true;
}

// 'without' and 'despite' say what is absent or overcome, not that the writer denies anything.
const ABSENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['without', 'despite']);

/**
 * Gives the words that are critical in themselves their own valence (NEGATIVITY): a denial ('not',
 * 'never', 'nobody', 'has yet to'), 'why' (but neither word of the suggestion 'why not') and 'only'
 * before a figure ('only 39 percent'), which presents it as falling short.
 */
function addNegativity(words: readonly Word[], valences: number[], consumed: readonly boolean[], lexicon: Lexicon): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (valences[i] || consumed[i] || word.inName || word.type !== 'word') continue;
    const next = words[i + 1];
    const critical =
      word.key === 'why'
        ? next?.key !== 'not'
        : word.key === 'only'
          ? next !== undefined && !next.afterBreak && startsFigure(words, i + 1)
          : isNegatorAt(words, i, lexicon) && !isFarFrom(words, i) && !ABSENCE_PREPOSITIONS.has(word.key) && words[i - 1]?.key !== 'why';
    if (critical) valences[i] = NEGATIVITY;
  }
}

/** '39 percent', 'about 600', 'a dozen'. */
function startsFigure(words: readonly Word[], k: number): boolean {
  const isNumber = (word: Word | undefined) => word !== undefined && (word.pos === 'NUM' || word.type === 'number');
  return isNumber(words[k]) || ((words[k].key === 'about' || words[k].key === 'a') && isNumber(words[k + 1]));
}

/** 'too late', 'too many': 'too' before a word that is no opinion word itself (a 'too good' stays a stressed 'good'). */
function isExcess(words: readonly Word[], i: number, lexicon: Lexicon): boolean {
  const next = words[i + 1];
  if (words[i].key !== 'too' || !next || next.afterBreak || next.key === 'little' || next.key === 'few') return false;
  if (!(next.pos === 'ADJ' || next.pos === 'ADV' || next.key === 'much' || next.key === 'many')) return false;
  return !lexicon.words.has(next.key) && !lexicon.words.has(next.lemma);
}

/** 'too little guidance', 'too few teachers': what there is too little of is missing, as if denied. */
function isShortfall(words: readonly Word[], j: number): boolean {
  return (words[j].key === 'little' || words[j].key === 'few') && words[j - 1]?.key === 'too';
}

/**
 * 'never so good', 'haven't been this sore': a negation reaching over 'so' or 'this' stresses the
 * word rather than denying it (VADER's rule).
 */
function emphaticSoThis(words: readonly Word[], i: number, negator: number): boolean {
  const soThis = (k: number) => words[k]?.key === 'so' || words[k]?.key === 'this';
  const between = i - negator;
  if (between === 2) return words[negator].key === 'never' && soThis(i - 1);
  if (between >= 3) return soThis(i - 1) || (words[negator].key === 'never' && soThis(negator + 1));
  return false;
}

/**
 * A harm named as what is fought, prevented or reduced is the topic, not the writer's feeling:
 * 'cooperation against terrorism', 'disaster risk reduction', 'fight corruption'.
 */
function neutraliseCounteredHarms(words: readonly Word[], valences: number[], consumed: readonly boolean[], lexicon: Lexicon): void {
  for (let i = 0; i < words.length; i++) {
    if (valences[i] >= 0) continue;
    let counter = -1;
    for (let j = i - 1; j >= Math.max(0, i - COUNTER_REACH); j--) {
      if (lexicon.countersBefore.has(words[j].key) || lexicon.countersBefore.has(words[j].lemma)) counter = j;
    }
    if (counter < 0) {
      for (let j = i + 1; j <= Math.min(words.length - 1, i + COUNTER_REACH); j++) {
        if (lexicon.countersAfter.has(words[j].key)) {
          counter = j;
          break;
        }
        if (valences[j] === 0 && !consumed[j] && words[j].pos !== 'NOUN' && words[j].pos !== 'PROPN' && words[j].pos !== 'ADJ') break;
      }
    }
    if (counter < 0) continue;
    valences[i] = 0;
    // The fighting word itself ('fight', 'combat') is part of the same neutral act.
    if (valences[counter] < 0) valences[counter] = 0;
    // Resuming after the list keeps the whole pass linear.
    i = neutraliseListAfter(words, valences, i);
  }
}

// Words that may sit between the items of a list of harms: 'cancer, heart disease and other ailments'.
const LIST_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'other', 'even', 'also', 'as', 'well']);
const LIST_PARTS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/** A noun, an adjective, or a participle used as one ('life-threatening ailments', 'organized crime'). */
function isListPart(words: readonly Word[], j: number): boolean {
  if (LIST_PARTS.has(words[j].pos)) return true;
  return words[j].pos === 'VERB' && words[j + 1]?.pos === 'NOUN' && (words[j].key.endsWith('ing') || words[j].key.endsWith('ed'));
}

/**
 * The harms listed after a countered one are countered too: 'fight corruption, fraud and waste'.
 * The list runs over nouns, adjectives and linking words and ends at anything else (a verb, an
 * opinion word in favour, a name); returns the index of its last word.
 */
function neutraliseListAfter(words: readonly Word[], valences: number[], harm: number): number {
  let last = harm;
  for (let j = harm + 1; j < words.length; j++) {
    if (valences[j] > 0 || words[j].inName) break;
    if (valences[j] < 0) {
      if (!isListPart(words, j)) break;
      valences[j] = 0;
    } else if (!isListPart(words, j) && !LIST_LINKS.has(words[j].key)) break;
    last = j;
  }
  return last;
}

/**
 * Praise in the scope of a modal or a condition ('should be fair', 'if it works') describes what is not
 * the case: it counts less (SO-CAL's irrealis blocking, Taboada et al. 2011). A harm there stays whole:
 * a warning of what could go wrong ('all the Earth might freeze') is read as bad news.
 */
function dampenIrrealis(words: readonly Word[], valences: number[], lexicon: Lexicon): void {
  let inScope = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i].afterBreak) inScope = false;
    if (lexicon.irrealis.has(words[i].key)) inScope = true;
    else if (inScope && valences[i] > 0) valences[i] *= IRREALIS;
  }
}

/**
 * 'Although the plan is bold, …': what a concessive clause grants counts as little as what comes
 * before a 'but'. The clause runs to the next comma or other break.
 */
function weakenConcessions(words: readonly Word[], valences: number[], lexicon: Lexicon): void {
  let conceding = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i].afterBreak) conceding = false;
    // 'while' concedes only as a conjunction, not as a noun ('a while').
    if (lexicon.concessions.has(words[i].key) && (words[i].key !== 'while' || words[i].pos === 'SCONJ')) conceding = true;
    else if (conceding) valences[i] *= BEFORE_CONTRAST;
  }
}

/** 'Instead of an inspiring gateway, …': what the writer sets aside is not what they find. */
function setAsideInsteadOf(words: readonly Word[], valences: number[]): void {
  let settingAside = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i].afterBreak) settingAside = false;
    if (settingAside) valences[i] = 0;
    else if (words[i].key === 'instead' && words[i + 1]?.key === 'of') {
      settingAside = true;
      i++;
    }
  }
}

/** 'X, but Y': Y is what the writer means; X counts half. */
function shiftAroundContrast(words: readonly Word[], valences: number[], lexicon: Lexicon): void {
  // At the very start, a contrast answers the previous sentence: nothing in this one to weigh against.
  // 'not yet' and 'has yet to' are no contrast, and neither is the 'but also' of 'not only … but also'.
  const at = words.findIndex(
    (word, i) =>
      i > 0 &&
      lexicon.contrasts.has(word.key) &&
      !(word.key === 'yet' && (isNegator(words[i - 1], lexicon) || words[i + 1]?.key === 'to')) &&
      words[i + 1]?.key !== 'also',
  );
  if (at < 0) return;
  for (let i = 0; i < valences.length; i++) {
    if (i < at) valences[i] *= BEFORE_CONTRAST;
    else if (i > at) valences[i] *= AFTER_CONTRAST;
  }
}
