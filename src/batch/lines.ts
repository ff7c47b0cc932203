import type { Message } from '../article/types.js';

const FRONT_MATTER_OPENING = /^\uFEFF?---[ \t]*\n/;
const FRONT_MATTER_CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * How many lines of the file come before `Article.text`: those of the front matter. Mirrors the
 * convention of createArticle (an opening '---' line, a closing '---' or '...' line).
 */
export function linesBeforeText(content: string): number {
  if (!content.startsWith('---') && !content.startsWith('\uFEFF---')) return 0;
  const normalised = content.replace(/\r\n?/g, '\n');
  const opening = FRONT_MATTER_OPENING.exec(normalised);
  if (!opening) return 0;
  const rest = normalised.slice(opening[0].length);
  const closing = FRONT_MATTER_CLOSING.exec(rest);
  if (!closing) return 0;
  return 1 + countLineBreaks(rest, 0, closing.index) + 1;
}

/**
 * Fills `line` (1-based, in the source file) for messages that have an offset into the text but no
 * line. Offsets at or past `textEnd` (reader comments appended from front matter) get no line.
 */
export function addLines(messages: Message[], text: string, firstLine: number, textEnd = text.length): void {
  const wanted = messages.filter((m) => m.line === undefined && m.start !== undefined && m.start >= 0 && m.start < textEnd);
  if (!wanted.length) return;
  // One pass over the text for all messages, in offset order, rather than one scan per message.
  const byOffset = [...wanted].sort((a, b) => a.start! - b.start!);
  let offset = 0;
  let line = firstLine;
  for (const message of byOffset) {
    line += countLineBreaks(text, offset, message.start!);
    offset = message.start!;
    message.line = line;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
