import { BODY_SEGMENT_KINDS, type Article, type DateMention } from '../../article/types.js';
import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';
import { hasDay, parseDate, type DayDate, type PartialDate } from './calendar.js';
import type { Recognised } from './expression.js';
import { recognise } from './recognise.js';
import { inferReferenceDate, type DateEvidence } from './reference.js';
import { hasFuture, tenseAt, verbGroups, type VerbGroup } from './tense.js';

/** Reader comments and boilerplate are not the article's own account of events. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|through|due|to)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$/i;
/** 'by June', 'until the end of May': a deadline lies ahead unless the sentence is told in the past. */
const FORWARD_BEFORE = /\b(?:by|until|till)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$/i;
const SINCE_BEFORE = /\b(?:ever\s+)?since\s+$/i;
/** How far back the words that govern a date ('since', 'by the end of') can start. */
const LOOK_BACK = 30;
/** A dateline is among the first sentences of an article. */
const DATELINE_SENTENCES = 3;

interface SentenceDates {
  sentence: number;
  items: Recognised[];
  /** The sentence's verb groups, worked out on first use: most dates need no tense. */
  groups(): VerbGroup[];
}

export const datesStage: Stage<Record<string, never>> = {
  name: 'dates',
  description: 'dates, ranges, durations and sets in EDTF, relative ones resolved against the reference date',
  needs: ['sentences', 'tokens'],
  assigns: ['dates', 'referenceDate'],
  options(raw) {
    rejectUnknownOptions('dates', raw, []);
    return {};
  },
  run(article, context) {
    const found = findDates(article);
    if (article.referenceDate.source === 'none' || article.referenceDate.value === null) {
      article.referenceDate = inferReferenceDate(evidence(article, found));
    }
    const reference = parseDate(article.referenceDate.value);
    if (article.referenceDate.value !== null && !reference) {
      context.report({ severity: 'warning', reason: `reference date '${article.referenceDate.value}' is not a date: relative dates are left without a value` });
    }
    article.dates = found.flatMap((sentenceDates) => resolveSentence(article, sentenceDates, reference));
  },
};

function findDates(article: Article): SentenceDates[] {
  const found: SentenceDates[] = [];
  article.sentences.forEach((sentence, index) => {
    if (!BODY_SEGMENT_KINDS.has(article.segments[sentence.segment]?.kind)) return;
    const items = recognise(article.text.slice(sentence.start, sentence.end));
    if (!items.length) return;
    let groups: VerbGroup[] | undefined;
    found.push({ sentence: index, items, groups: () => (groups ??= verbGroups(article.tokens, sentence.tokenStart, sentence.tokenEnd)) });
  });
  return found;
}

function evidence(article: Article, found: SentenceDates[]): DateEvidence[] {
  return found.flatMap(({ sentence, items, groups }) => {
    const { start, end } = article.sentences[sentence];
    const text = article.text.slice(start, end);
    return items
      .filter((item) => item.explicit)
      .map((item) => ({
        date: item.explicit!,
        future: hasFuture(groups()),
        past: tenseAt(groups(), start + item.start) === 'past',
        deadline: DEADLINE_BEFORE.test(before(text, item.start)),
        dateline: sentence < DATELINE_SENTENCES && /^[\s\p{P}]*$/u.test(text.slice(0, item.start) + text.slice(item.end)),
      }));
  });
}

/** Resolves a sentence's dates in order, so that 'the previous year' can count from the date before it. */
function resolveSentence(article: Article, { sentence, items, groups }: SentenceDates, reference: PartialDate | null): DateMention[] {
  const offset = article.sentences[sentence].start;
  const text = article.text.slice(offset, article.sentences[sentence].end);
  const tense = (item: Recognised) => {
    if (!item.relative) return 'neutral';
    const governing = tenseAt(groups(), offset + item.start);
    return governing !== 'past' && FORWARD_BEFORE.test(before(text, item.start)) ? 'future' : governing;
  };
  const values = new Map<Recognised, string | null>();
  let anchor: PartialDate | null = null;
  for (const item of items) {
    if (item.kind === 'time') continue;
    const value = item.resolve({ reference, tense: tense(item), anchor, day: null });
    values.set(item, value);
    if (item.kind === 'date') anchor = parseDate(value) ?? anchor;
  }
  // Times of day come last: they fall on the day another date of the sentence names.
  const days = nearestDays(items, values);
  items.forEach((item, index) => {
    if (item.kind === 'time') values.set(item, item.resolve({ reference, tense: tense(item), anchor: null, day: days[index] }));
  });
  return items.map((item) => {
    let { start, kind } = item;
    let value = values.get(item) ?? null;
    const since = SINCE_BEFORE.exec(before(text, start));
    if (since && kind === 'date' && (value === null || /^\d/.test(value))) {
      start -= before(text, start).length - since.index;
      kind = 'range';
      value = value === null ? null : `${value}/..`;
    }
    const mention: DateMention = {
      start: offset + start,
      end: offset + item.end,
      text: text.slice(start, item.end),
      kind,
      value,
      relative: item.relative,
      sentence,
    };
    if (item.qualifier) mention.qualifier = item.qualifier;
    return mention;
  });
}

function before(text: string, start: number): string {
  return text.slice(Math.max(0, start - LOOK_BACK), start);
}

/** For each item, the closest date known to the day among the sentence's other dates (items are in text order). */
function nearestDays(items: Recognised[], values: Map<Recognised, string | null>): Array<DayDate | null> {
  const dayOf = items.map((item) => {
    const date = item.kind === 'date' ? parseDate(values.get(item)) : null;
    return hasDay(date) ? date : null;
  });
  const previous: Array<number | null> = [];
  const next: Array<number | null> = new Array(items.length).fill(null);
  let last: number | null = null;
  items.forEach((_, index) => {
    previous.push(last);
    if (dayOf[index]) last = index;
  });
  last = null;
  for (let index = items.length - 1; index >= 0; index--) {
    next[index] = last;
    if (dayOf[index]) last = index;
  }
  return items.map((item, index) => {
    const [left, right] = [previous[index], next[index]];
    if (left === null) return right === null ? null : dayOf[right];
    if (right === null) return dayOf[left];
    return item.start - items[left].start <= items[right].start - item.start ? dayOf[left] : dayOf[right];
  });
}
