import type { Sentence, Token } from '../../article/types.js';
import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';
import { wink } from './wink.js';

/** Sentences and tokens from wink-nlp's English model, never crossing a segment boundary. */
export const sentencesStage: Stage<Record<string, never>> = {
  name: 'sentences',
  description: 'sentences and tokens (wink-nlp English model), with offsets into the text',
  needs: ['segments'],
  assigns: ['sentences', 'tokens'],
  options(raw) {
    rejectUnknownOptions('sentences', raw, []);
    return {};
  },
  load: () => wink(),
  run(article) {
    wink().forgetLearnedWords();
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    article.segments.forEach((segment, segmentIndex) => {
      tokenize(article.text, segment.start, segment.end, segmentIndex, sentences, tokens);
    });
    article.sentences = sentences;
    article.tokens = tokens;
  },
};

function tokenize(text: string, start: number, end: number, segment: number, sentences: Sentence[], tokens: Token[]): void {
  const nlp = wink().nlp;
  const its = nlp.its;
  const segmentText = text.slice(start, end);
  const doc = nlp.readDoc(breakLongRuns(segmentText));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const firstToken = tokens.length;
  let cursor = 0;
  values.forEach((value, index) => {
    // wink-nlp keeps each token's original text, so the next occurrence after the cursor is the token.
    while (cursor < segmentText.length && /\s/.test(segmentText[cursor])) cursor++;
    const found = segmentText.startsWith(value, cursor) ? cursor : segmentText.indexOf(value, cursor);
    const tokenStart = start + (found >= 0 ? found : cursor);
    const tokenEnd = Math.min(end, tokenStart + value.length);
    tokens.push({ start: tokenStart, end: tokenEnd, text: text.slice(tokenStart, tokenEnd), pos: pos[index], type: types[index], lemma: lemmas[index], sentence: -1 });
    cursor = tokenEnd - start;
  });
  doc.sentences().each((sentence: { tokens(): { itemAt(i: number): { index(): number }; length(): number } }) => {
    const sentenceTokens = sentence.tokens();
    const first = firstToken + sentenceTokens.itemAt(0).index();
    const last = firstToken + sentenceTokens.itemAt(sentenceTokens.length() - 1).index();
    const index = sentences.length;
    for (let t = first; t <= last; t++) tokens[t].sentence = index;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, segment, tokenStart: first, tokenEnd: last + 1 });
  });
}

const LONGEST_RUN = 64;

/**
 * wink-nlp's tokenizer takes quadratic time on one very long token ('-' or 'A' repeated 100,000 times).
 * No real word is that long, so a space replaces one character in every 64 of such a run; the text keeps
 * its length, and token offsets still come from the original text.
 */
function breakLongRuns(text: string): string {
  return text.replace(/\S{65,}/g, (run) => {
    const units = run.split('');
    for (let at = LONGEST_RUN; at < units.length; at += LONGEST_RUN + 1) {
      if (/[\uDC00-\uDFFF]/.test(units[at])) at++;
      if (at < units.length) units[at] = ' ';
    }
    return units.join('');
  });
}
