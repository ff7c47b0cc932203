import { BODY_SEGMENT_KINDS, type Article, type SegmentKind } from '../../article/types.js';
import keywords from './keywords.json' with { type: 'json' };
import { wordKey } from './names.js';

/** A token as the entity rules see it: hyphenated compounds joined, possessive endings cut off. */
export interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
  pos: string;
  punct: boolean;
  /** Starts with a capital letter ('Japan', 'G20', 'Non-Proliferation'). */
  cap: boolean;
  /** Two or more letters, none lower case ('METI', 'U.S.'). */
  allCaps: boolean;
  /** Followed by 's or ’s: the name ends here. */
  possessive: boolean;
  /** First word of a sentence, a quotation or a list item: capitalised whatever it is. */
  initial: boolean;
}

export interface WordSentence {
  words: Word[];
  kind: SegmentKind;
  /** A title or heading with most words capitalised: capitals say nothing there. */
  titleCase: boolean;
  /** Words before this index are a list item's label ('- Connectivity:'). */
  labelEnd: number;
}

/** Dashes that join a compound name ('Kassym-Jomart', 'Russia–Central'); an em dash sets words apart ('Okonkwo—and Brandvik'). */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '`', '``', '(', '[', '-', '\u2013', '\u2014', ':', '\u2022', '*']);
const POSSESSIVE = /['\u2019]s$/i;
const NAME_AFFIXES = new Set(['based', 'led', 'born', 'owned', 'made', 'backed', 'funded', 'controlled', 'listed', 'headquartered', 'bound', 'run', 'built', 'style', 'era', 'registered', 'flagged', 'operated', 'sponsored', 'affiliated', 'allied', 'trained', 'educated']);
const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'io']);
/** 'al-Assad', 'el-Sisi', 'al-Shabab': the Arabic article joined to a capitalised name is part of the name. */
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'but', 'vs', 'is', 'are']);

/** The article's sentences as words, only from segments whose text can name entities. */
export function articleWords(article: Article): WordSentence[] {
  const out: WordSentence[] = [];
  for (const sentence of article.sentences) {
    const kind = article.segments[sentence.segment]?.kind;
    if (!kind || !BODY_SEGMENT_KINDS.has(kind)) continue;
    const words = sentenceWords(article, sentence.tokenStart, sentence.tokenEnd);
    const shouted = isShouted(words);
    if (shouted) for (const word of words) if (SHOUTED_FUNCTION_WORDS.has(word.key)) Object.assign(word, { cap: false, allCaps: false });
    // Capitals say nothing in a title-case heading, nor in a line in capitals ('TRUMP FIRES BROADSIDE AT …').
    const titleCase = shouted || ((kind === 'title' || kind === 'heading') && isTitleCase(words));
    out.push({ words: words.slice(0, LONGEST_SENTENCE), kind, titleCase, labelEnd: kind === 'list_item' ? labelEnd(words) : 0 });
    for (let from = LONGEST_SENTENCE; from < words.length; from += LONGEST_SENTENCE) {
      out.push({ words: words.slice(from, from + LONGEST_SENTENCE), kind, titleCase, labelEnd: 0 });
    }
  }
  return out;
}

/**
 * The rules look around each name within its sentence; a 'sentence' of thousands of words (a list with no
 * full stops, or hostile input) is read in pieces of this many words, so the time stays linear in its length.
 */
const LONGEST_SENTENCE = 150;

function sentenceWords(article: Article, from: number, to: number): Word[] {
  const tokens = article.tokens;
  const words: Word[] = [];
  let initial = true;
  for (let t = from; t < to; t++) {
    const token = tokens[t];
    const start = token.start;
    let end = token.end;
    // '6PR', '3M': a number glued to a capitalised word is one name.
    if (token.type === 'number' && t + 1 < to && tokens[t + 1].start === end && tokens[t + 1].type === 'word' && /^\p{Lu}/u.test(tokens[t + 1].text)) {
      end = tokens[t + 1].end;
      t += 1;
    }
    // 'Kassym-Jomart', 'Russia–Central': a dash with no space either side joins one word.
    // 'Seattle-based', 'EADS-led': the place or firm is the name, the affix describes something else.
    while (t + 2 < to && DASHES.has(tokens[t + 1].text) && tokens[t + 1].start === end && tokens[t + 2].start === tokens[t + 1].end && tokens[t + 2].type === 'word' && !NAME_AFFIXES.has(tokens[t + 2].text.toLowerCase())) {
      end = tokens[t + 2].end;
      t += 2;
    }
    // 'Bucureşti': the tokenizer breaks a word at a letter it does not know; glued letters are one word.
    while (t + 1 < to && tokens[t + 1].start === end && /^\p{L}/u.test(tokens[t + 1].text) && /\p{L}$/u.test(article.text.slice(start, end)) && (tokens[t + 1].type === 'word' || tokens[t + 1].type === 'unk') && !POSSESSIVE.test(tokens[t + 1].text) && !/^n't$/i.test(tokens[t + 1].text)) {
      end = tokens[t + 1].end;
      t += 1;
    }
    // 'Ripoffreport.com': a site's name keeps its domain.
    if (t + 2 < to && tokens[t + 1].text === '.' && tokens[t + 1].start === end && tokens[t + 2].start === end + 1 && DOMAINS.has(tokens[t + 2].text.toLowerCase())) {
      end = tokens[t + 2].end;
      t += 2;
    }
    // 'Carlos I.' at the end of a sentence: the full stop closes the sentence, not the numeral.
    if (t === to - 1 && /^[IVX]+\.$/.test(article.text.slice(start, end))) end -= 1;
    const text = article.text.slice(start, end);
    // Numbers, currencies ('US$'), emoji and handles never start or continue a name.
    const punct = token.type !== 'word' && end === token.end;
    if (!punct && POSSESSIVE.test(text) && text.length > 2) {
      words.push(makeWord(text.slice(0, -2), start, end - 2, token.pos, initial, true));
      initial = false;
      continue;
    }
    if (POSSESSIVE.test(text) && text.length === 2 && words.length) {
      words[words.length - 1].possessive = true;
      continue;
    }
    if (punct && (text === "'" || text === '\u2019') && words.length && words[words.length - 1].end === start && /s$/.test(words[words.length - 1].text)) {
      words[words.length - 1].possessive = true;
      continue;
    }
    const word = makeWord(text, start, end, token.pos, initial, false);
    word.punct = punct;
    words.push(word);
    // A straight quote glued to the word before it closes a quotation ('done," Brandvik said'): what follows is no opener.
    const closing = text === '"' && t > from && tokens[t - 1].end === start;
    initial = punct && OPENERS.has(text) && text !== "'" && !closing;
  }
  return words;
}

function makeWord(text: string, start: number, end: number, pos: string, initial: boolean, possessive: boolean): Word {
  const first = text.charAt(0);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    key: wordKey(text),
    start,
    end,
    pos,
    punct: false,
    cap: /\p{Lu}/u.test(first) || ARABIC_ARTICLE.test(text),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    possessive,
    initial,
  };
}

/** Closed-class words, which a line in capitals writes in capitals too; 'US' there is the country more often than not. */
const SHOUTED_FUNCTION_WORDS = new Set(keywords.functionWords.filter((word) => word !== 'us'));

/** Three or more words, nearly all in capitals. */
function isShouted(words: Word[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const word of words) {
    if (word.punct || word.text.length < 2 || !/\p{L}/u.test(word.text)) continue;
    letters++;
    if (word.allCaps) capitals++;
  }
  return letters >= 3 && capitals >= 0.8 * letters;
}

function isTitleCase(words: Word[]): boolean {
  const content = words.filter((w) => !w.punct && /\p{L}/u.test(w.text) && !SMALL_WORDS.has(w.key));
  if (content.length < 3) return false;
  return content.filter((w) => w.cap).length / content.length >= 0.75;
}

/** A list item's leading label ends at a colon among its first words. */
function labelEnd(words: Word[]): number {
  for (let i = 0; i < Math.min(words.length, 8); i++) if (words[i].text === ':') return i;
  return 0;
}
