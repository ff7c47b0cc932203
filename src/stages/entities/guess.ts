import type { EntityType } from '../../article/types.js';
import { WEEKDAYS } from './chunks.js';
import { definedKind, kindOf } from './definitions.js';
import type { Context } from './classify.js';
import type { Knowledge } from './knowledge.js';
import { speaksAsPerson } from './speakers.js';
import { HONORIFICS, TITLES } from './titles.js';
import type { Word } from './words.js';

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'argued', 'wrote', 'insisted', 'warned', 'replied', 'recalled', 'announced']);
const OPENING_QUOTES = new Set(['"', '\u201c', '``', '\u2018']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "''", '\u2019']);
const LOCATIVE = new Set(['near', 'outside', 'around', 'throughout', 'across']);
const PLACE_NOUNS = new Set(['port', 'city', 'town', 'village', 'hamlet', 'parish', 'commune', 'municipality', 'capital', 'province', 'state', 'region', 'suburb', 'island', 'county', 'district']);
/** What is done to a firm by another: 'bought by Newell', 'owned by Toshiba-EMI'. */
const ACQUIRED = new Set(['bought', 'acquired', 'purchased', 'owned', 'absorbed', 'merged']);
/** What is written or made: 'wrote the Phaedon', 'produces Fimo'. */
export const WORK_VERBS: ReadonlySet<string> = new Set(['wrote', 'writes', 'composed', 'penned', 'authored', 'recorded', 'directed', 'painted', 'filmed']);
export const PRODUCT_VERBS: ReadonlySet<string> = new Set(['produces', 'manufactures', 'manufactured', 'markets', 'sells']);
/** What a family name names together: 'the Caloi family', 'the Schlegel brothers'. */
const KIN_GROUPS = new Set(['family', 'families', 'brothers', 'sisters', 'twins']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** 'the villagers of …', 'the outskirts of …': who lives in a place and what surrounds it. */
const DWELLERS = new Set(['villagers', 'residents', 'inhabitants', 'townspeople', 'citizens', 'outskirts', 'suburbs', 'streets', 'mayor']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northward', 'southward', 'eastward', 'westward', 'northwards', 'southwards', 'eastwards', 'westwards']);
const PEOPLE_NOUNS = new Set(['people', 'peoples', 'tribe', 'tribes', 'tribesmen', 'minority', 'ethnicity']);
const LANGUAGE_NOUNS = new Set(['language', 'languages', 'dialect', 'dialects', 'speakers']);
/** Kinds of work whose title may follow without quotation marks. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['album', 'song', 'single', 'film', 'movie', 'novel', 'book', 'poem', 'play', 'opera', 'musical', 'symphony', 'anthem', 'hymn', 'painting', 'sculpture', 'ep', 'sitcom', 'documentary', 'titled', 'entitled']);

/** Nouns that say what kind of organisation the name after them is: 'the band …', 'carmaker …'. */
const ORG_NOUNS = new Set(['band', 'journal', 'magazine', 'newspaper', 'tabloid', 'daily', 'company', 'firm', 'label', 'club', 'team', 'brand', 'retailer', 'airline', 'carrier', 'manufacturer', 'maker', 'automaker', 'carmaker', 'airframer', 'publisher', 'broadcaster', 'network', 'outlet', 'insurer', 'lender', 'conglomerate', 'chain', 'franchise', 'agency', 'supplier', 'operator', 'startup', 'bank', 'group', 'party']);
/** Nouns that say the same after the name: 'The Economist magazine', 'the Paper Mate brand'. */
const ORG_NOUNS_AFTER = new Set(['magazine', 'newspaper', 'journal', 'brand', 'label', 'chain']);
const PLAYED = new Set(['played', 'plays', 'playing', 'play', 'signed', 'starred', 'scored']);
const SIGNED = new Set(['signed', 'signs', 'signing']);
const COACHED = new Set(['coached', 'captained']);
const TEAM_MEMBERS = new Set(['player', 'players', 'striker', 'midfielder', 'goalkeeper', 'defender', 'forward', 'quarterback', 'pitcher', 'footballer', 'supporters']);

/** A name no list knows: its shape and the words around it decide, ORG when nothing does. */
export function guessType(ws: Word[], context: Context): { type: EntityType; strength: number } {
  const { knowledge, chunk } = context;
  const words = chunk.sentence.words;
  const at = chunk.index + chunk.words.indexOf(ws[0]);
  const after = at + ws.length;
  const previous = words[at - 1];
  const next = words[after];
  if (previous && (HONORIFICS.has(previous.key) || (TITLES.has(previous.key) && !previous.cap))) return { type: 'PERSON', strength: 3 };
  const alpha = ws.every((w) => !w.allCaps && /^\p{L}/u.test(w.text));
  // 'Aisby is a village in …', 'Tilst, a suburb of Aarhus', 'the Azna, a pagan people': the article's own definition decides.
  if (next && (COPULAS.has(next.key) || next.text === ',' || next.text === '(')) {
    const defined = definedKind(words, after);
    if (defined) return { type: defined, strength: 3 };
  }
  // 'the Ridgeway Falcons', 'Bowling Green Eagles': a plural of an English noun closing a place or after 'the' names a team or a band.
  if (ws.length >= 2 && isPluralNoun(ws[ws.length - 1], knowledge) && (previous?.key === 'the' || isPlace(ws.slice(0, -1), knowledge))) {
    return { type: 'ORG', strength: 2 };
  }
  // '(Ruhlen 1987)', '(Wise, 1987)', '(Okafor et al. 2004)': a citation names its author.
  if (previous?.text === '(' && ws.length <= 2 && alpha && isCitedYear(words, after)) return { type: 'PERSON', strength: 2 };
  // 'Louis XVI', 'Carlos I': a regnal number after a given name.
  if (ws.length === 2 && /^[IVX]+$/.test(ws[1].text) && (knowledge.firstNames.has(ws[0].key) || knowledge.moreFirstNames.has(ws[0].key))) {
    return { type: 'PERSON', strength: 3 };
  }
  // 'the album Quiet Harbours', 'the film Blue Orchard': a name right after the kind of work it names.
  if (previous && WORK_NOUNS.has(previous.key) && !previous.cap) return { type: 'WORK_OF_ART', strength: 2 };
  // 'the band God Street Wine', 'The Economist magazine', 'played for Rangers', 'signed to Parlophone'.
  if ((previous && !previous.cap && ORG_NOUNS.has(previous.key)) || (next && !next.cap && ORG_NOUNS_AFTER.has(next.key)) || isTeam(words, at, after)) {
    return { type: 'ORG', strength: 2 };
  }
  // 'the pianist András', 'drummer Ruairi Cavanagh', 'the romance Cleomadé', 'the Belgian anthem, The Brabançonne'.
  const kind = previous?.pos === 'NOUN' ? kindOf(previous) : previous?.text === ',' && words[at - 2]?.pos === 'NOUN' ? kindOf(words[at - 2]) : undefined;
  if (kind && (previous!.text !== ',' || kind === 'WORK_OF_ART')) return { type: kind, strength: 2 };
  // 'bands like New Order', 'games, such as Dance Maniax': an example is of the kind it exemplifies.
  const exemplified = exampleOf(words, at);
  if (exemplified) return { type: exemplified, strength: 2 };
  // "France's Thales", "Japan's Nikkei": what a country has that bears a name of its own is mostly a firm or a body.
  if (ws.length === 1 && previous?.possessive && knowledge.names.get(previous.key)?.type === 'GPE') return { type: 'ORG', strength: 1 };
  // 'bought by Newell', 'owned by Toshiba-EMI': what buys a firm is a firm.
  if (previous?.key === 'by' && ACQUIRED.has(words[at - 2]?.key ?? '')) return { type: 'ORG', strength: 1 };
  // 'Mendelssohn wrote the Phaedon', 'the firm produces Fimo': what is written is a work, what is made a product.
  const made = previous?.key === 'the' ? words[at - 2] : previous;
  if (made && !made.cap && WORK_VERBS.has(made.key)) return { type: 'WORK_OF_ART', strength: 1 };
  if (made && !made.cap && PRODUCT_VERBS.has(made.key)) return { type: 'PRODUCT', strength: 1 };
  // 'the Caloi family', 'the Schlegel brothers'.
  if (alpha && next && !next.cap && KIN_GROUPS.has(next.key) && words[after + 1]?.key !== 'of') return { type: 'PERSON', strength: 2 };
  const kindAfter = words[after - 1].possessive ? undefined : kindOf(next);
  // 'the Odenwaldkreis district', 'the Landes province': a name that a division goes by.
  // 'a long Islamized region' is no name of one.
  if (kindAfter === 'GPE' && !/s$/.test(next!.key) && !/ed$/.test(words[after - 1].key)) return { type: 'GPE', strength: 2 };
  // 'the Liberal party', 'the Labor or Liberal parties': a name that a body goes by.
  if (alpha && kindAfter === 'ORG') return { type: 'ORG', strength: 2 };
  // 'the Beatmania series': a name that a series of works goes by.
  if (next && !next.cap && next.key === 'series' && !words[after - 1].possessive) return { type: 'WORK_OF_ART', strength: 2 };
  // 'the village of Laurel Hollow', 'the villagers of Tilst': a place's name, whatever lists of given names say.
  if (previous?.key === 'of' && (isPlaceNoun(words[at - 2]) || DWELLERS.has(words[at - 2]?.key ?? ''))) return { type: 'GPE', strength: 2 };
  // Town names that are also English words or surnames ('Union', 'Campbell') need more than the list.
  if (knowledge.cities.has(keyOf(ws)) && !(ws.length === 1 && (knowledge.commonWords.has(ws[0].key) || knowledge.lastNames.has(ws[0].key)))) {
    return { type: 'GPE', strength: 2 };
  }
  if (alpha && ws.length === 1 && knowledge.firstNames.has(ws[0].key) && !knowledge.commonWords.has(ws[0].key)) return { type: 'PERSON', strength: 2 };
  // 'ANNA VOSS': a name in capitals is a person's when it opens with a given name.
  const shouted = ws.length >= 2 && ws.length <= 4 && ws.every((w) => w.allCaps && /^\p{L}/u.test(w.text));
  if (shouted && knowledge.firstNames.has(ws[0].key) && !knowledge.commonWords.has(ws[0].key)) return { type: 'PERSON', strength: 2 };
  if (alpha && ws.length >= 2 && ws.length <= 4) {
    if (knowledge.firstNames.has(ws[0].key) || knowledge.lastNames.has(ws[ws.length - 1].key) || ws.some((w, i) => i > 0 && /^\p{Lu}\.$/u.test(w.text))) {
      return { type: 'PERSON', strength: 2 };
    }
    // Weaker lists hold place names too ('Australia', 'Salvador'): a known place opens no person's name.
    const firstKnown = knowledge.names.get(ws[0].key)?.type;
    if (knowledge.moreFirstNames.has(ws[0].key) && !knowledge.cities.has(ws[0].key) && firstKnown !== 'GPE' && firstKnown !== 'LOC' && firstKnown !== 'NORP') return { type: 'PERSON', strength: 1 };
  }
  // 'Researchers announced' is no one's name: a lone English word needs to be one English capitalises only as a name.
  // A capital inside a sentence does not come from the sentence's start: 'believe Carter died' names someone.
  const plainWord = ws.length === 1 && ws[0].initial && knowledge.commonWords.has(ws[0].key) && !knowledge.properNouns.has(ws[0].key);
  // 'Black said', 'Rove told': an English word that speaks like a person, with no article before it, names one.
  if (alpha && ws.length === 1 && knowledge.commonWords.has(ws[0].key) && previous?.key !== 'the' && speaksAsPerson(words, at, knowledge)) return { type: 'PERSON', strength: 1 };
  // 'Bannon told Rose that …', 'comments by Akin': who is told or asked, and who makes remarks, is a person.
  // Newsrooms are told things too ('told Politico', 'told Time'): only a word the lists of names know is told.
  if (alpha && ws.length === 1 && !ws[0].initial && !knowledge.names.has(ws[0].key) && ((isAddressed(words, at) && isListedName(ws[0].key, knowledge)) || (isRemarker(words, at) && knowledge.commonWords.has(ws[0].key)))) {
    return { type: 'PERSON', strength: 1 };
  }
  const cue = alpha && ws.length <= 4 ? personCue(words, at, after) : undefined;
  // Companies say and announce too ('the carmaker said'): a lone word's speech verb is weaker evidence than 'who' or 'his wife'.
  if (cue === 'kin' || (cue === 'speech' && !plainWord && !(ws.length === 1 && CORPORATE_SPEECH.has(words[after].key)))) {
    return { type: 'PERSON', strength: cue === 'speech' && ws.length === 1 ? 1 : 2 };
  }
  // 'Kowalski', 'Gallagher': a lone word that only the surname list knows.
  if (alpha && ws.length === 1 && knowledge.lastNames.has(ws[0].key) && !knowledge.commonWords.has(ws[0].key)) return { type: 'PERSON', strength: 2 };
  // 'Adebayo met the board, and he said …': a lone name that 'he' or 'she' takes up again is a person's.
  if (alpha && ws.length === 1 && !plainWord && ws[0].initial && takenUpAsPerson(words, after)) return { type: 'PERSON', strength: 1 };
  // 'Anna Vos (born 1949)', 'Adenet Le Roi (c. 1240 – c. 1300)', 'Mary Barra, 51,': a life's dates or an age follow a person.
  if (next?.text === '(' && lifeDates(words, after + 1)) return { type: 'PERSON', strength: 2 };
  // 'Hollywood Canteen (1944)': a year alone in brackets after a title dates a work.
  if (next?.text === '(' && /^\d{4}$/.test(words[after + 1]?.text ?? '') && words[after + 2]?.text === ')' && ws.length > 1) return { type: 'WORK_OF_ART', strength: 1 };
  if (next?.text === ',' && /^\d{1,2}$/.test(words[after + 1]?.text ?? '') && words[after + 2]?.text === ',') return { type: 'PERSON', strength: 2 };
  // 'the Chamicuro people', 'the Aguano language'.
  if (next && !next.cap && PEOPLE_NOUNS.has(next.key)) return { type: 'NORP', strength: 2 };
  if (next && !next.cap && LANGUAGE_NOUNS.has(next.key)) return { type: 'LANGUAGE', strength: 2 };
  // 'north of Whitebirk', 'south to Hilsea', 'eastward to Bedhampton'.
  if ((previous?.key === 'of' || previous?.key === 'to') && COMPASS.has(words[at - 2]?.key ?? '') && !words[at - 2].cap) return { type: 'GPE', strength: 2 };
  if (next?.text === ',' && words[after + 1] && knowledge.names.get(words[after + 1].key)?.type === 'GPE' && ws.length <= 3) return { type: 'GPE', strength: 2 };
  // 'founded in Neumarkt, near Nuremberg': what is near a place is a place.
  if (next?.text === ',' && words[after + 1]?.key === 'near' && ws.length <= 3) return { type: 'GPE', strength: 2 };
  // 'near Ramla': places are what one is near ('in' is not enough: 'a stake in Chrysler').
  if (previous && LOCATIVE.has(previous.key) && !previous.cap) return { type: 'GPE', strength: 1 };
  // “Gloomy Sunday”: a capitalised name no list knows, alone in quotation marks, is a title.
  if (previous && OPENING_QUOTES.has(previous.text) && next && CLOSING_QUOTES.has(next.text)) return { type: 'WORK_OF_ART', strength: 2 };
  // 'A380', 'KC-45': letters then a number name a model.
  if (ws.length === 1 && /^\p{Lu}{1,4}-?\d/u.test(ws[0].text)) return { type: 'PRODUCT', strength: 1 };
  // 'the Cagots', 'the Saracens': a capitalised plural no list knows, after 'the', names a people ('Airbus' is no plural).
  if (ws.length === 1 && previous?.key === 'the' && /^\p{Lu}\p{Ll}+[^su]s$/u.test(ws[0].text) && !knowledge.commonWords.has(ws[0].key)) {
    return { type: 'NORP', strength: 1 };
  }
  // 'Protestantism', 'Jansenism': a belief or a movement is what its followers share.
  if (ws.length === 1 && alpha && /\p{Ll}{3,}ism$/u.test(ws[0].text) && !knowledge.commonWords.has(ws[0].key)) return { type: 'NORP', strength: 1 };
  // 'Black Friday', 'Bloody Sunday': a name closed by a weekday is a day that is remembered.
  if (ws.length > 1 && WEEKDAYS.has(ws[ws.length - 1].key)) return { type: 'EVENT', strength: 1 };
  // 'at The Copper Lantern': a capitalised 'The' inside a sentence opens a name.
  if (ws.length > 1 && ws[0].key === 'the' && ws[0].cap && !ws[0].initial) return { type: 'ORG', strength: 2 };
  // 'when Crane comes', 'put Hawker on the defensive': a word English capitalises only as a name is mostly a surname.
  if (alpha && ws.length === 1 && knowledge.properNouns.has(ws[0].key) && !/[^s]s$/.test(ws[0].key)) return { type: 'PERSON', strength: 0 };
  return { type: 'ORG', strength: 0 };
}

/** Verbs whose object is someone spoken to: 'told Rose that …', 'asked Black whether …'. */
const ADDRESSING = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'asking', 'urged', 'thanked', 'reminded', 'assured', 'informed', 'congratulated', 'interviewed', 'phoned', 'texted', 'emailed']);
/** What someone says, made 'by' or 'from' them: 'comments by Akin', 'remarks from Rose'. */
const REMARKS = new Set(['comments', 'comment', 'remarks', 'remark', 'tweet', 'tweets', 'testimony', 'speech', 'criticism', 'attacks', 'insults', 'endorsement', 'apology']);

function isListedName(key: string, knowledge: Knowledge): boolean {
  return knowledge.firstNames.has(key) || knowledge.moreFirstNames.has(key) || knowledge.lastNames.has(key);
}

/** 'told Rose that', 'asked Black whether': right after the verb, and not before a noun it describes ('told Fox viewers'). */
function isAddressed(words: Word[], at: number): boolean {
  const previous = words[at - 1];
  const next = words[at + 1];
  return !!previous && !previous.cap && ADDRESSING.has(previous.key) && !words[at].possessive && (!next || next.punct || (next.pos !== 'NOUN' && next.pos !== 'PROPN'));
}

function isRemarker(words: Word[], at: number): boolean {
  const previous = words[at - 1];
  return !!previous && (previous.key === 'by' || previous.key === 'from') && REMARKS.has(words[at - 2]?.key ?? '');
}

/** What a person owns or has around them: 'Ostrander’s wife', 'Okafor’s campaign'. */
const PERSONAL = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'family', 'children', 'parents', 'sons', 'daughters', 'brothers', 'sisters', 'wives', 'kids', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'widow', 'widower', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandchildren', 'uncle', 'aunt', 'cousin', 'spouse', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'friend', 'friends', 'boss', 'predecessor', 'successor', 'mentor', 'class', 'classroom', 'memoir', 'biography', 'obituary', 'eulogy', 'testimony', 'killer', 'murderer', 'accuser', 'accusers', 'administration', 'cabinet', 'attorneys', 'lawyer', 'lawyers', 'attorney', 'aide', 'aides', 'campaign', 'remarks', 'supporters', 'running', 'presidency', 'tenure', 'dismissal', 'resignation', 'firing', 'nomination', 'confirmation', 'candidacy', 'arrest', 'death', 'funeral', 'birthday', 'life', 'career', 'health', 'own', 'acceptance', 'inauguration', 'impeachment', 'mind']);
/** What a company's statement does as often as a person: 'Velmora announced'. */
const CORPORATE_SPEECH = new Set(['announced', 'stated', 'noted', 'warned']);
/** What people rather than bodies are said to do: 'Okafor tweeted', 'Weir testified'. */
const PERSON_VERBS = new Set(['tweeted', 'testified', 'resigned', 'died', 'married', 'apologized', 'apologised', 'believes', 'thinks', 'feels', 'felt', 'hopes', 'hoped', 'vowed', 'campaigned', 'endorsed', 'admitted', 'laughed', 'smiled', 'joked', 'wept', 'pleaded']);
/** What a person's name qualifies without a possessive: 'an Ostrander aide', 'the Okafor administration'. */
export const PERSON_QUALIFIED: ReadonlySet<string> = new Set(['aide', 'aides', 'adviser', 'advisers', 'administration', 'campaign', 'loyalists', 'presidency', 'surrogate', 'surrogates']);

/** 'X said', 'X told' (speech); 'X, who', 'X’s wife', 'an X aide' (kin): what is said of people rather than of things. */
export function personCue(words: Word[], at: number, after: number): 'speech' | 'kin' | undefined {
  const next = words[after];
  if (!next || next.cap) return undefined;
  if (next.key === 'who' || (next.text === ',' && words[after + 1]?.key === 'who')) return 'kin';
  if (SPEECH_VERBS.has(next.key) || PERSON_VERBS.has(next.key)) return 'speech';
  if (next.key === 'and' && (words[after + 1]?.key === 'his' || words[after + 1]?.key === 'her')) return 'kin';
  const last = words[after - 1];
  if (!last || at >= after) return undefined;
  return (last.possessive ? PERSONAL : PERSON_QUALIFIED).has(next.key) ? 'kin' : undefined;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const OTHER_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them', 'him', 'his', 'her']);
const CLAUSE_BREAKS = new Set([',', ';', 'and', 'but']);
/** How far a pronoun may stand from the name it takes up. */
const PRONOUN_REACH = 12;

/** 'Adebayo met them, and he said …': the subject of the next clause, before any other name, is 'he' or 'she'. */
function takenUpAsPerson(words: Word[], after: number): boolean {
  for (let k = after; k < Math.min(words.length, after + PRONOUN_REACH); k++) {
    const word = words[k];
    if (word.cap && !word.punct) return false;
    if (SUBJECT_PRONOUNS.has(word.key)) return CLAUSE_BREAKS.has(words[k - 1].key);
    if (OTHER_PRONOUNS.has(word.key)) return false;
  }
  return false;
}

/** The kind before 'like' or 'such as' that the name at `at` is an example of: 'bands like …', 'games, such as …'. */
function exampleOf(words: Word[], at: number): EntityType | undefined {
  let k = at - 1;
  if (words[k]?.key === 'like') k--;
  else if (words[k]?.key === 'as' && words[k - 1]?.key === 'such') k -= 2;
  else return undefined;
  if (words[k]?.text === ',') k--;
  const noun = words[k];
  return noun && /s$/.test(noun.key) ? kindOf(noun) : undefined;
}

/** ' 1987)', ', 1987;', ' et al. 2004)', ' 1987a)': the year of a citation, after its author's name. */
function isCitedYear(words: Word[], after: number): boolean {
  let k = after;
  if (words[k]?.text === ',') k++;
  if (words[k]?.key === 'et' && words[k + 1]?.key.startsWith('al')) k += words[k + 2]?.text === '.' ? 3 : 2;
  return /^(1[5-9]|20)\d\d[a-z]?$/.test(words[k]?.text ?? '') && (words[k + 1]?.text === ')' || words[k + 1]?.text === ';' || words[k + 1]?.text === ',');
}

/** '(born 1949', '(c. 1240', '(1904 – 1980', '(1904-1980': not a work's year alone, '(1944)'. */
function lifeDates(words: Word[], at: number): boolean {
  const first = words[at]?.key ?? '';
  if (/^(born|b\.|c\.|died|d\.)$/.test(first)) return true;
  if (/^\d{3,4}[-\u2013\u2014]\d{2,4}$/.test(first)) return true;
  return /^\d{3,4}$/.test(first) && /^([-\u2013\u2014]|--|to)$/.test(words[at + 1]?.text ?? '');
}

/**
 * 'played for …', 'signed with …', 'coached …', '… player Ann Vos': a team (or a label) is what a player
 * plays for or an artist signs with, also when a town's name is the team's.
 */
export function isTeam(words: Word[], at: number, after: number): boolean {
  const previous = words[at - 1]?.key;
  const verb = words[at - 2]?.key ?? '';
  const next = words[after];
  if ((previous === 'for' || previous === 'with' || previous === 'against') && PLAYED.has(verb)) return true;
  if ((previous === 'to' || previous === 'with') && SIGNED.has(verb)) return true;
  // 'losing to Tulsa 63-7', 'beat Leeds 3–1': a score follows a team.
  if (next && isScore(words, after)) return true;
  // 'the Adelaide player', not 'Oyelaran’s supporters': a person has supporters too.
  return (previous !== undefined && COACHED.has(previous)) || (!!next && !next.cap && TEAM_MEMBERS.has(next.key) && !words[after - 1]?.possessive);
}

/** '63-7', '3–1', '2 - 0': two small numbers joined by a dash, right after a name. */
function isScore(words: Word[], at: number): boolean {
  const first = words[at];
  if (/^\d{1,3}[-\u2013]\d{1,3}$/.test(first.text)) return true;
  const dash = words[at + 1];
  return /^\d{1,3}$/.test(first.text) && !!dash && (dash.text === '-' || dash.text === '\u2013') && /^\d{1,3}$/.test(words[at + 2]?.text ?? '');
}

/** 'village', 'villages', 'cities'. */
function isPlaceNoun(word: Word | undefined): boolean {
  if (!word || word.cap) return false;
  const key = word.key;
  return PLACE_NOUNS.has(key) || PLACE_NOUNS.has(key.replace(/ies$/, 'y').replace(/s$/, ''));
}

function isPluralNoun(word: Word, knowledge: Knowledge): boolean {
  return /^\p{Lu}\p{Ll}+[^su]s$/u.test(word.text) && knowledge.commonWords.has(word.key.slice(0, -1)) && knowledge.commonWords.has(word.key);
}

function isPlace(ws: Word[], knowledge: Knowledge): boolean {
  const key = keyOf(ws);
  const type = knowledge.names.get(key)?.type;
  return type === 'GPE' || type === 'LOC' || knowledge.cities.has(key);
}

function keyOf(ws: Word[]): string {
  return ws.map((w) => w.key).join(' ');
}
