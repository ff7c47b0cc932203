import type { ArticleJson } from '../output/article-json.js';
import { describeDate, describeEntity, describeFigure, describeQuote } from './describe.js';
import { escapeHtml, Html } from './html.js';

export type MarkKind = 'quote' | 'entity' | 'date' | 'figure';

/** Where a kind goes when two marks cover exactly the same text: quotes outermost. */
const NESTING: Record<MarkKind, number> = { quote: 0, entity: 1, date: 2, figure: 3 };

export interface MarkSpan {
  start: number;
  end: number;
  kind: MarkKind;
  /** Entity type, figure kind or date kind: a class and the small label after the mark. */
  type: string;
  /** Anchor id of the mark's first fragment; the tables link to it. */
  anchor: string;
  /** What the pipeline made of it, shown on hover and focus. */
  tip: string;
  /** The label written after the mark; none for quotes, which are long. */
  label?: string;
}

export interface CollectedMarks {
  /** Sorted so that an enclosing mark comes before what it encloses. */
  marks: MarkSpan[];
  /** Annotations whose offsets do not fit the text; they are listed, not marked. */
  invalid: number;
}

export const entityAnchor = (entity: number) => `e${entity}`;
export const figureAnchor = (figure: number) => `f${figure}`;
export const dateAnchor = (date: number) => `d${date}`;
export const quoteAnchor = (quote: number) => `q${quote}`;

export function collectMarks(article: ArticleJson): CollectedMarks {
  const marks: MarkSpan[] = [];
  let invalid = 0;
  const fits = (span: { start: number; end: number }) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= article.text.length;
  const add = (mark: MarkSpan) => {
    if (fits(mark)) marks.push(mark);
    else invalid++;
  };
  article.quotes.forEach((quote, i) => add({ start: quote.start, end: quote.end, kind: 'quote', type: 'quote', anchor: quoteAnchor(i), tip: describeQuote(quote) }));
  article.entities.forEach((entity, i) => {
    const tip = describeEntity(entity);
    const mentions = entity.mentions.filter(fits).sort((a, b) => a.start - b.start || a.end - b.end);
    invalid += entity.mentions.length - mentions.length;
    // The first mention carries the entity's anchor; the others are numbered after it.
    mentions.forEach((mention, j) =>
      add({ start: mention.start, end: mention.end, kind: 'entity', type: entity.type, anchor: j === 0 ? entityAnchor(i) : `${entityAnchor(i)}-${j}`, tip, label: entity.type }),
    );
  });
  article.dates.forEach((date, i) => add({ start: date.start, end: date.end, kind: 'date', type: date.kind, anchor: dateAnchor(i), tip: describeDate(date), label: date.kind }));
  article.figures.forEach((figure, i) => add({ start: figure.start, end: figure.end, kind: 'figure', type: figure.kind, anchor: figureAnchor(i), tip: describeFigure(figure), label: figure.kind }));
  marks.sort(compareMarks);
  return { marks, invalid };
}

function compareMarks(a: MarkSpan, b: MarkSpan): number {
  return a.start - b.start || b.end - a.end || NESTING[a.kind] - NESTING[b.kind] || (a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0);
}

/**
 * Writes stretches of the text with their marks as properly nested elements. Marks that cross each
 * other, or cross the end of a stretch (a quote running over two paragraphs), are closed and reopened:
 * only the first fragment takes the anchor and a tab stop, only the last one the label.
 * Stretches must be asked for in text order; each call costs O(k log k) for the k marks it touches.
 */
export class MarkWriter {
  private next = 0;
  private candidates: MarkSpan[] = [];
  private readonly opened = new Set<MarkSpan>();

  constructor(
    private readonly text: string,
    private readonly marks: readonly MarkSpan[],
  ) {}

  write(start: number, end: number): Html {
    while (this.next < this.marks.length && this.marks[this.next]!.start < end) this.candidates.push(this.marks[this.next++]!);
    this.candidates = this.candidates.filter((mark) => mark.end > start);
    const inside = this.candidates.filter((mark) => mark.start < end);

    const cuts = new Set<number>([start, end]);
    for (const mark of inside) {
      if (mark.start > start) cuts.add(mark.start);
      if (mark.end < end) cuts.add(mark.end);
    }
    const points = [...cuts].sort((a, b) => a - b);

    let out = '';
    const stack: MarkSpan[] = [];
    let wanted: MarkSpan[] = [];
    let entering = 0;
    for (let p = 0; p + 1 < points.length; p++) {
      const from = points[p]!;
      const to = points[p + 1]!;
      // `inside` is sorted by start, so marks join `wanted` outermost first and it stays sorted.
      wanted = wanted.filter((mark) => mark.end > from);
      while (entering < inside.length && inside[entering]!.start <= from) wanted.push(inside[entering++]!);
      let keep = 0;
      while (keep < stack.length && keep < wanted.length && stack[keep] === wanted[keep]) keep++;
      while (stack.length > keep) out += this.close(stack.pop()!, from);
      for (const mark of wanted.slice(keep)) {
        out += this.open(mark);
        stack.push(mark);
      }
      out += escapeHtml(this.text.slice(from, to));
    }
    while (stack.length) out += this.close(stack.pop()!, end);
    return new Html(out);
  }

  private open(mark: MarkSpan): string {
    const first = !this.opened.has(mark);
    this.opened.add(mark);
    const classes = `m m-${mark.kind} t-${cssName(mark.type)}${first ? '' : ' cont'}`;
    const focus = first ? ` id="${escapeHtml(mark.anchor)}" tabindex="0"` : '';
    return `<mark class="${classes}"${focus} title="${escapeHtml(mark.tip)}">`;
  }

  private close(mark: MarkSpan, at: number): string {
    const label = at === mark.end && mark.label ? `<span class="tag" aria-hidden="true">${escapeHtml(mark.label)}</span>` : '';
    return `${label}</mark>`;
  }
}

/** Types come from the data: keep only what is safe in a class name. */
export const cssName = (type: string): string => type.replace(/[^A-Za-z0-9_-]/g, '_');
