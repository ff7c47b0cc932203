import { BODY_SEGMENT_KINDS, type Article, type Figure, type SegmentKind } from '../../article/types.js';
import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';
import { findFigures, type FoundFigure } from './extract.js';
import { subjectOf } from './subject.js';
import { splitWords, type Word } from './words.js';

// Trailers and reader comments are not the article's own statements.
const TITLE_CASE_SEGMENTS = new Set<SegmentKind>(['title', 'heading']);

/** Money, percentages, counts and quantities with full values, units, qualifiers and what they measure. */
export const figuresStage: Stage<Record<string, never>> = {
  name: 'figures',
  description: 'money, percentages, counts and quantities with full values and units',
  needs: ['sentences', 'tokens'],
  assigns: ['figures'],
  options(raw) {
    rejectUnknownOptions('figures', raw, []);
    return {};
  },
  run(article) {
    article.figures = extractFigures(article);
  },
};

export function extractFigures(article: Article): Figure[] {
  const figures: Figure[] = [];
  let sentenceIndex = 0;
  const sentencesBySegment = groupSentences(article);
  article.segments.forEach((segment, segmentIndex) => {
    if (!BODY_SEGMENT_KINDS.has(segment.kind)) return;
    // A whole segment at a time: a figure must not be cut by a wrong sentence break ('rose 6 . 2 %').
    const sentences = sentencesBySegment.get(segmentIndex);
    if (!sentences) return;
    const first = article.sentences[sentences[0]];
    const last = article.sentences[sentences[sentences.length - 1]];
    const tokens = article.tokens.slice(first.tokenStart, last.tokenEnd);
    const words = splitWords(article.text, segment.start, segment.end, tokens);
    const sentenceStarts = new Set(sentences.map((s) => article.sentences[s].start));
    const found = findFigures(words, {
      titleCase: TITLE_CASE_SEGMENTS.has(segment.kind),
      opensSentence: (w) => sentenceStarts.has(words[w].start) || (w > 0 && sentenceStarts.has(words[w - 1].start) && words[w - 1].punct),
    });
    borrowElidedUnits(words, found);
    const offset = figures.length;
    const partners = equivalents(words, found);
    const covered = new Set(found.flatMap((f) => Array.from({ length: f.end - f.first }, (_, k) => f.first + k)));
    found.forEach((f, i) => {
      const start = words[f.first].start;
      const end = words[f.end - 1].end;
      while (sentenceIndex + 1 < article.sentences.length && article.sentences[sentenceIndex + 1].start <= start) sentenceIndex++;
      const figure: Figure = { start, end, text: article.text.slice(start, end), kind: f.kind, value: f.value, unit: f.unit, sentence: sentenceIndex };
      if (f.valueHigh !== undefined) figure.valueHigh = f.valueHigh;
      if (f.qualifier) figure.qualifier = f.qualifier;
      const subject = subjectOf(article.text, words, f.first, (w) => covered.has(w));
      if (subject) figure.subject = subject;
      const partner = partners.get(i);
      if (partner !== undefined) figure.equivalentOf = offset + partner;
      figures.push(figure);
    });
  });
  return figures;
}

/** The indexes of each segment's sentences, in order. */
function groupSentences(article: Article): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  article.sentences.forEach((sentence, index) => {
    const group = groups.get(sentence.segment) ?? [];
    group.push(index);
    groups.set(sentence.segment, group);
  });
  return groups;
}

/**
 * A count whose noun is left out takes it from its neighbour: '4,300 jobs in France, 3,700 in Germany'
 * -> 3,700 jobs; 'killed 102 and 21 people' -> 102 people; '735 aircraft, up 11% from 661' -> 661 aircraft;
 * 'rose 166.5 and 93.3%' -> 166.5%.
 */
function borrowElidedUnits(words: Word[], found: FoundFigure[]): void {
  found.forEach((figure, i) => {
    if (figure.kind !== 'count' || figure.unit) return;
    const next = found[i + 1];
    // 'rose 166.5 and 93.3%': the unit written once serves both; money is left alone, its sign is always written.
    const joinsNext = next && next.kind !== 'money' && next.unit && next.first === figure.end + 1 && /^(and|or|to)$/.test(words[figure.end].key);
    if (joinsNext) {
      figure.kind = next.kind;
      figure.unit = next.unit;
      return;
    }
    // 'US$5 billion in aid on top of the four billion it has received': a scaled amount repeats the sentence's currency.
    const amount = figure.value >= 1e6 ? found.slice(0, i).reverse().find((f) => f.kind === 'money') : undefined;
    if (amount && inOneSentence(words, amount.end, figure.first)) {
      figure.kind = 'money';
      figure.unit = amount.unit;
      return;
    }
    // 'up 11% from 661', '3,700 in Germany': joined to an earlier count of the sentence by a list or a comparison.
    const joined = figure.first > 0 && /^(,|and|or|while|from|than|versus|vs)$/.test(words[figure.first - 1].key);
    const previous = joined ? found.slice(0, i).reverse().find((f) => f.kind === 'count' && f.unit) : undefined;
    if (previous && inOneSentence(words, previous.end, figure.first)) figure.unit = previous.unit;
  });
}

function inOneSentence(words: Word[], from: number, to: number): boolean {
  return !words.slice(from, to).some((w) => /^[.!?]$/.test(w.text));
}

/** '3 trillion yen (US$19 billion)': an amount and, in brackets right after it, the same amount in another currency. */
function equivalents(words: Word[], found: FoundFigure[]): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i], found[i + 1]];
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit) continue;
    if (words[a.end]?.text === '(' && b.first === a.end + 1 && words[b.end]?.text === ')') {
      pairs.set(i, i + 1);
      pairs.set(i + 1, i);
    }
  }
  return pairs;
}
