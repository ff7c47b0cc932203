// A capitalised English word that opens a sentence ('Black', 'Rove', 'Rose') is a person's name when the
// sentence has it speak or introduces it as someone: 'Black said …', 'Rove, who served under …'. Nothing else
// says so when the article never writes the full name ('Karl Rove').
import { kindOfKey } from './definitions.js';
import keywords from './keywords.json' with { type: 'json' };
import type { Knowledge } from './knowledge.js';
import type { Word } from './words.js';

/** Verbs of saying that a person rather than a thing does ('announced' and 'stated' are a company's too). */
export const SPEAKING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'argued', 'wrote', 'recalled', 'insisted', 'replied', 'added', 'explained', 'spoke', 'testified', 'asked', 'answered', 'responded', 'conceded', 'acknowledged', 'countered', 'quipped', 'recounted']);
/**
 * Singular nouns that speak without an article ('Police said', 'Staff told'), abstract nouns that 'say' things
 * ('History tells', 'Research says') and quantifiers ('Many said').
 */
const NOT_SPEAKERS = new Set(['police', 'staff', 'management', 'security', 'intelligence', 'military', 'media', 'press', 'government', 'administration', 'leadership', 'family', 'prosecution', 'defense', 'defence', 'counsel', 'court', 'legend', 'history', 'science', 'research', 'evidence', 'data', 'tradition', 'rumor', 'rumour', 'wisdom', 'logic', 'experience', 'law', 'policy', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'one', 'none', 'others', 'another', 'anyone', 'anybody', 'nothing', 'something', 'everything', 'reports', 'sources', 'witnesses', 'officials', 'critics', 'analysts', 'experts', 'residents', 'authorities', 'organizers', 'organisers', 'investigators', 'prosecutors', 'lawyers', 'aides', 'supporters', 'opponents', 'observers', 'students', 'teachers', 'parents', 'doctors', 'scientists', 'researchers', 'economists']);
/** What speaks in a headline written in sentence case: 'Study says …', 'Witness tells …', 'Mom recalls …'. */
const HEADLINE_SUBJECTS = new Set(['study', 'report', 'poll', 'survey', 'analysis', 'review', 'probe', 'audit', 'memo', 'lawsuit', 'suit', 'filing', 'letter', 'document', 'documents', 'paper', 'book', 'witness', 'official', 'source', 'expert', 'doctor', 'teacher', 'mom', 'dad', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'neighbor', 'neighbour', 'friend', 'victim', 'suspect', 'survivor', 'man', 'woman', 'boy', 'girl', 'student', 'nurse', 'worker', 'employee', 'officer', 'agent', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'insider', 'ally', 'lawmaker', 'candidate', 'voter', 'resident', 'owner', 'chief', 'boss', 'coach', 'fan', 'user', 'customer', 'patient', 'parent', 'activist', 'veteran', 'prosecutor', 'juror', 'jury', 'panel', 'watchdog', 'regulator', 'union', 'city', 'state', 'county', 'school', 'university', 'hospital', 'company', 'firm', 'bank', 'airline', 'group', 'team', 'club']);
const ABSTRACT_ENDING = /(tion|sion|ity|ism|ness|ment|ance|ence|ship|ics|ogy)$/;
const RELATIVES = new Set(['who', 'whose']);
const ITSELF = new Set(['it', 'its']);
const FUNCTION_WORDS = new Set(keywords.functionWords);

/**
 * 'Black said', 'Rove told', 'Barrack spoke': a single capitalised word right before a verb of saying, when
 * it is no English plural ('Officials said'), no collective or abstract noun ('Police said', 'History tells')
 * and no quantifier.
 */
export function speaksAsPerson(words: Word[], at: number, knowledge: Knowledge): boolean {
  return speaks(words, at) && maySpeak(words[at], knowledge) && !words[at - 1]?.cap;
}

/** 'Rove, who served under …': what 'who' takes up is a person, whatever else the word means. */
export function introducedAsPerson(words: Word[], at: number, knowledge: Knowledge): boolean {
  return introduced(words, at) && maySpeak(words[at], knowledge) && !words[at - 1]?.cap;
}

/** The word at `at` speaks or is taken up by 'who': the tagger's reading of it as a verb ('Rove') is wrong. */
export function actsAsSpeaker(words: Word[], at: number): boolean {
  return !isAdverb(words[at]) && (speaks(words, at) || introduced(words, at));
}

function speaks(words: Word[], at: number): boolean {
  const next = words[at + 1];
  // 'Target said it would …', 'Target said its stores …': what speaks of itself as 'it' is a firm.
  return !!next && !next.cap && SPEAKING_VERBS.has(next.key) && !words[at].possessive && !ITSELF.has(words[at + 2]?.key ?? '');
}

function introduced(words: Word[], at: number): boolean {
  return words[at + 1]?.text === ',' && RELATIVES.has(words[at + 2]?.key ?? '');
}

function maySpeak(word: Word, knowledge: Knowledge): boolean {
  const key = word.key;
  if (!word.cap || word.allCaps || isAdverb(word) || !/^\p{L}+$/u.test(word.text) || FUNCTION_WORDS.has(key) || NOT_SPEAKERS.has(key) || HEADLINE_SUBJECTS.has(key) || kindOfKey(key) !== undefined || ABSTRACT_ENDING.test(key)) return false;
  // 'Officials', 'Democrats': a plural of an English noun speaks for many.
  return !(/[^su]s$/.test(key) && knowledge.commonWords.has(key.slice(0, -1)));
}

/** 'Meanwhile, who knows', 'Overall, who …': an adverb opening a sentence is no one. */
function isAdverb(word: Word): boolean {
  return word.pos === 'ADV' || /ly$/.test(word.key);
}
