import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/article/types.js';
import { addLines, linesBeforeText } from '../../src/batch/lines.js';

const message = (start?: number): Message => ({ severity: 'warning', stage: 'figures', reason: 'odd', start });

describe('linesBeforeText', () => {
  it('is 0 without front matter', () => {
    expect(linesBeforeText('Title\n\nBody\n')).toBe(0);
    expect(linesBeforeText('--- not front matter')).toBe(0);
  });

  it('counts the front matter lines, delimiters included, with LF or CRLF and a BOM', () => {
    expect(linesBeforeText('---\nid: a\ndate: 2025-01-01\n---\nBody')).toBe(4);
    expect(linesBeforeText('\uFEFF---\r\nid: a\r\n...\r\nBody')).toBe(3);
    expect(linesBeforeText('---\n---\nBody')).toBe(2);
  });
});

describe('addLines', () => {
  it('turns offsets into 1-based lines of the source file', () => {
    const text = 'one\ntwo\n\nfour';
    const messages = [message(text.indexOf('four')), message(0), message(text.indexOf('two') + 1), message()];
    addLines(messages, text, 5);
    expect(messages.map((m) => m.line)).toEqual([8, 5, 6, undefined]);
  });

  it('keeps a line a stage set, and gives none past the end of the body', () => {
    const kept = { ...message(0), line: 42 };
    const inComment = message(10);
    addLines([kept, inComment], 'body\n\ncomment!!', 1, 6);
    expect(kept.line).toBe(42);
    expect(inComment.line).toBeUndefined();
  });
});
