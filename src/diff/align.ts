import { equalRuns, type EqualRun } from './sequence.js';

/**
 * Maps offsets of an old text onto a new version of it, so that facts can be matched by their place
 * in the text even when text above them was added, removed or edited. Lines are aligned first (cheap
 * and robust to moved paragraphs' neighbours), then words inside the lines that differ, so that an
 * edited number still lands on the new number.
 */
export interface TextAlignment {
  /** Where an old offset lands in the new text. Offsets inside edited text go to the edges of the new edit. */
  mapStart(offset: number): number;
  mapEnd(offset: number): number;
  /** True when the texts are identical. */
  identical: boolean;
}

/** Character ranges that are equal in both texts, in order. */
type Block = EqualRun;

export function alignTexts(oldText: string, newText: string): TextAlignment {
  if (oldText === newText) {
    const same = (offset: number) => offset;
    return { mapStart: same, mapEnd: same, identical: true };
  }
  const blocks = equalBlocks(oldText, newText);
  return {
    mapStart: (offset) => mapOffset(blocks, offset, 'start', oldText.length, newText.length),
    mapEnd: (offset) => mapOffset(blocks, offset, 'end', oldText.length, newText.length),
    identical: false,
  };
}

function equalBlocks(oldText: string, newText: string): Block[] {
  const oldLines = splitKeepingEnds(oldText, /[^\n]*\n|[^\n]+$/g);
  const newLines = splitKeepingEnds(newText, /[^\n]*\n|[^\n]+$/g);
  const lineRuns = equalRuns(oldLines.parts, newLines.parts);
  const blocks: Block[] = [];
  let oldLine = 0;
  let newLine = 0;
  const flushGap = (oldEnd: number, newEnd: number) => {
    if (oldEnd > oldLine && newEnd > newLine) {
      const oldFrom = oldLines.starts[oldLine]!;
      const newFrom = newLines.starts[newLine]!;
      blocks.push(...wordBlocks(oldText.slice(oldFrom, oldLines.starts[oldEnd]), newText.slice(newFrom, newLines.starts[newEnd]), oldFrom, newFrom));
    }
  };
  for (const run of lineRuns) {
    flushGap(run.aStart, run.bStart);
    const oldFrom = oldLines.starts[run.aStart]!;
    const newFrom = newLines.starts[run.bStart]!;
    blocks.push({ aStart: oldFrom, bStart: newFrom, length: oldLines.starts[run.aStart + run.length]! - oldFrom });
    oldLine = run.aStart + run.length;
    newLine = run.bStart + run.length;
  }
  flushGap(oldLines.parts.length, newLines.parts.length);
  return blocks;
}

/** Words, runs of spaces and single other characters: an edit to '3' in '3 trillion' keeps 'trillion' aligned. */
function wordBlocks(oldPart: string, newPart: string, oldBase: number, newBase: number): Block[] {
  const oldWords = splitKeepingEnds(oldPart, /[\p{L}\p{N}\p{M}]+|\s+|[^]/gu);
  const newWords = splitKeepingEnds(newPart, /[\p{L}\p{N}\p{M}]+|\s+|[^]/gu);
  return equalRuns(oldWords.parts, newWords.parts).map((run) => ({
    aStart: oldBase + oldWords.starts[run.aStart]!,
    bStart: newBase + newWords.starts[run.bStart]!,
    length: oldWords.starts[run.aStart + run.length]! - oldWords.starts[run.aStart]!,
  }));
}

/** The pieces matched by `pattern` (which must cover the whole text) and their start offsets, plus the end. */
function splitKeepingEnds(text: string, pattern: RegExp): { parts: string[]; starts: number[] } {
  const parts = text.match(pattern) ?? [];
  const starts = new Array<number>(parts.length + 1);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    starts[i] = at;
    at += parts[i]!.length;
  }
  starts[parts.length] = at;
  return { parts, starts };
}

function mapOffset(blocks: Block[], offset: number, side: 'start' | 'end', oldLength: number, newLength: number): number {
  // The last block starting at or before the offset (for an end, strictly before: an end belongs to what precedes it).
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = blocks[middle]!.aStart;
    if (side === 'start' ? start <= offset : start < offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const block = blocks[found];
  if (block) {
    const inside = offset - block.aStart;
    if (side === 'start' ? inside < block.length : inside <= block.length) return block.bStart + inside;
  }
  if (offset >= oldLength) return newLength;
  // Inside edited text: a start goes to where the new edit begins, an end to where it ends.
  if (side === 'start') return block ? block.bStart + block.length : 0;
  const next = blocks[found + 1];
  return next ? next.bStart : newLength;
}
