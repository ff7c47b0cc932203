import type { Article, Segment, SegmentKind } from '../../article/types.js';
import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';
import { isTrailerLine, HANDLE } from './trailer.js';

interface Line {
  start: number;
  end: number;
  text: string;
  /** A blank line came before it. */
  afterBlank: boolean;
}

const LIST_MARKER = /^\s*(?:[-*•‣–—]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
const TERMINAL_PUNCTUATION = /[.!?:;,"”’')\]]$/;

/**
 * Splits the article into title, headings, paragraphs, list items, trailer and reader comments.
 * Conventions (see README): the first line is a title when it reads as one; trailer lines are the
 * boilerplate at the end (bylines, 'Follow … on X', copyright, 'Read more'); blocks after the trailer,
 * separated by a blank line, are reader comments, and so are comments given in front matter.
 */
export const segmentsStage: Stage<Record<string, never>> = {
  name: 'segments',
  description: 'title, headings, paragraphs, list items, trailer and reader comments',
  needs: [],
  assigns: ['segments'],
  options(raw) {
    rejectUnknownOptions('segments', raw, []);
    return {};
  },
  run(article) {
    article.segments = segment(article);
    const handle = article.segments
      .filter((s) => s.kind === 'trailer')
      .map((s) => article.text.slice(s.start, s.end).match(HANDLE)?.[0])
      .find(Boolean);
    if (handle) article.metadata.authorHandle = handle;
  },
};

function segment(article: Article): Segment[] {
  const commentsFrom = article.frontMatterComments[0]?.start ?? article.text.length;
  const lines = splitLines(article.text.slice(0, commentsFrom));
  const kinds = lines.map((line, index) => lineKind(line, index, lines));
  markTrailerAndComments(lines, kinds);
  const segments = toSegments(lines, kinds);
  for (const comment of article.frontMatterComments) segments.push({ kind: 'comment', ...comment });
  return segments;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = true;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content) lines.push({ start: offset + leading, end: offset + leading + content.length, text: content, afterBlank });
    afterBlank = !content;
    offset += raw.length + 1;
  }
  return lines;
}

function lineKind(line: Line, index: number, lines: Line[]): SegmentKind {
  if (MARKDOWN_HEADING.test(line.text)) return index === 0 ? 'title' : 'heading';
  if (LIST_MARKER.test(line.text)) return 'list_item';
  const words = line.text.split(/\s+/).length;
  const looksLikeHeading = words <= 14 && !TERMINAL_PUNCTUATION.test(line.text) && /^\p{Lu}|^\d/u.test(line.text);
  if (index === 0 && lines.length > 1 && looksLikeHeading) return 'title';
  const next = lines[index + 1];
  if (looksLikeHeading && next && index > 0 && words <= 10) return 'heading';
  return 'paragraph';
}

/** The trailer is a run of boilerplate lines at the end; blank-line-separated blocks after it are comments. */
function markTrailerAndComments(lines: Line[], kinds: SegmentKind[]): void {
  let lastTrailer = -1;
  for (let index = lines.length - 1; index >= Math.max(1, lines.length - 12); index--) {
    if (isTrailerLine(lines[index].text)) {
      lastTrailer = index;
      break;
    }
  }
  if (lastTrailer < 0) return;
  let firstTrailer = lastTrailer;
  while (firstTrailer - 1 > 0 && isTrailerLine(lines[firstTrailer - 1].text)) firstTrailer--;
  for (let index = firstTrailer; index <= lastTrailer; index++) kinds[index] = 'trailer';
  for (let index = lastTrailer + 1; index < lines.length; index++) kinds[index] = 'comment';
}

/** One segment per line, except that a comment runs on until the next blank line. */
function toSegments(lines: Line[], kinds: SegmentKind[]): Segment[] {
  const segments: Segment[] = [];
  lines.forEach((line, index) => {
    const previous = segments[segments.length - 1];
    if (kinds[index] === 'comment' && previous?.kind === 'comment' && !line.afterBlank) previous.end = line.end;
    else segments.push({ kind: kinds[index], start: line.start, end: line.end });
  });
  return segments;
}
