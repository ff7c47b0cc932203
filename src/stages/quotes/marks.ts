/** A top-level quotation inside one segment: the marks and the quoted words between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or null when the quotation runs to the end of the segment unclosed. */
  close: number | null;
  /** The quoted words: inside the marks, surrounding whitespace trimmed. */
  start: number;
  end: number;
}

type MarkKind = 'double' | 'straight' | 'single' | 'guillemet' | 'backtick';

interface OpenMark {
  kind: MarkKind;
  /** Offset of the mark and offset just after it. */
  at: number;
  after: number;
}

const OPENERS: Record<string, MarkKind> = { '\u201c': 'double', '\u201e': 'double', '\u2018': 'single', '\u00ab': 'guillemet' };
const CLOSERS: Record<string, MarkKind> = { '\u201d': 'double', '\u2019': 'single', '\u00bb': 'guillemet' };
const MARK_CHARS = new Set(['"', '`', "'", ...Object.keys(OPENERS), ...Object.keys(CLOSERS)]);
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Pairs the quotation marks of text[start, end) and returns the outermost quotations in order. One pass
 * with a stack, and each mark is pushed and popped at most once, so the time stays linear however deeply
 * marks nest or however badly they are balanced. A straight single quote is never a quotation mark (in news
 * text it is an apostrophe), except doubled as the closing half of the ``Penn Treebank'' convention.
 */
export function findQuotedSpans(text: string, start: number, end: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: OpenMark[] = [];
  const openCount: Record<MarkKind, number> = { double: 0, straight: 0, single: 0, guillemet: 0, backtick: 0 };
  const push = (kind: MarkKind, at: number, length = 1) => {
    stack.push({ kind, at, after: at + length });
    openCount[kind]++;
  };
  const closeAt = (kind: MarkKind, at: number, length = 1) => {
    let opener = stack.pop();
    while (opener) {
      openCount[opener.kind]--;
      if (opener.kind === kind) break;
      opener = stack.pop();
    }
    if (opener && stack.length === 0) spans.push(trimmed(text, opener, at, at + length));
  };

  for (let at = start; at < end; at++) {
    const mark = text[at];
    if (!MARK_CHARS.has(mark)) continue;
    const before = at > start ? text[at - 1] : ' ';
    const after = at + 1 < end ? text[at + 1] : ' ';
    if (mark === '"') {
      if (openCount.straight > 0) closeAt('straight', at);
      // After a digit it is an inch or a second (a 5" screen), not a quotation mark.
      else if (!/\d/.test(before)) push('straight', at);
    } else if (mark === '`' && after === '`') {
      push('backtick', at, 2);
      at++;
    } else if (mark === "'" && after === "'" && openCount.backtick > 0) {
      closeAt('backtick', at, 2);
      at++;
    } else if (mark === '\u2019') {
      // An apostrophe ('Japan’s', 'don’t', 'the leaders’ summit') unless a single quotation is open and no word goes on.
      if (openCount.single > 0 && !WORD_CHAR.test(after) && !isPluralPossessive(text, at, end)) closeAt('single', at);
    } else if (mark === '\u2018') {
      if (OPENING_CONTEXT.test(before) || before in OPENERS || before === '"') push('single', at);
    } else if (mark in OPENERS) {
      push(OPENERS[mark], at);
    } else if (mark in CLOSERS) {
      const kind = CLOSERS[mark];
      if (openCount[kind] > 0) closeAt(kind, at);
      // Some typography opens with the closing mark (”Yes,” he said): read it as an opener at a word start.
      else if (kind === 'double' && OPENING_CONTEXT.test(before) && !/\s/.test(after)) push(kind, at);
    }
  }

  // An opener never closed in this segment: the quotation runs to the segment's end (it may go on in the next paragraph).
  if (stack.length) spans.push(trimmed(text, stack[0], end, null));
  return spans.filter((span) => span.end > span.start);
}

function trimmed(text: string, opener: OpenMark, contentEnd: number, close: number | null): QuotedSpan {
  let start = opener.after;
  let end = contentEnd;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { open: opener.at, close, start, end };
}

/** 'the leaders’ summit': an apostrophe after a plural, followed by the lower-case noun it qualifies. */
function isPluralPossessive(text: string, at: number, end: number): boolean {
  return text[at - 1] === 's' && text[at + 1] === ' ' && at + 2 < end && /\p{Ll}/u.test(text[at + 2]);
}
