import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/stages/quotes/marks.js';
import { articleOf, runQuotes } from './helpers.js';

const quoted = (text: string) => findQuotedSpans(text, 0, text.length).map((span) => text.slice(span.start, span.end));

describe('quotation marks', () => {
  it('pairs curly, straight and single marks and returns only the outermost quotation', () => {
    expect(quoted('He said “a ‘b’ c” and "d" then «e».')).toEqual(['a ‘b’ c', 'd', 'e']);
  });

  it("reads the ``Penn Treebank'' convention of doubled backticks and apostrophes", () => {
    expect(quoted("He said `` we 'll see '' and left.")).toEqual(["we 'll see"]);
  });

  it('reads apostrophes as apostrophes, inside and outside quotations', () => {
    expect(quoted('Japan’s view: “the region’s importance is growing”')).toEqual(['the region’s importance is growing']);
  });

  it('reads a straight double quote after a digit as inches, not as an opening mark', () => {
    expect(quoted('A 5" screen, “big enough,” he said.')).toEqual(['big enough,']);
  });

  it('runs an unclosed quotation to the end of the segment and ignores a stray closing mark', () => {
    expect(quoted('Stray” mark. “Open to the end ')).toEqual(['Open to the end']);
  });

  it('stays linear and returns one quotation for 10,000 nested opening marks', () => {
    const text = '“'.repeat(10_000) + 'deep' + '”'.repeat(10_000);
    const spans = findQuotedSpans(text, 0, text.length);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe('“'.repeat(9_999) + 'deep' + '”'.repeat(9_999));
  });

  it('never throws on any mix of marks, and every span lies inside the segment', () => {
    const pieces = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', 'word', ' ', ',', '.', '\n', '5');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(5), (parts, offset) => {
        const text = parts.join('');
        const start = Math.min(offset, text.length);
        for (const span of findQuotedSpans(text, start, text.length)) {
          expect(span.start).toBeGreaterThanOrEqual(start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }),
    );
  });

  it('never throws on unbalanced or deeply nested marks in a whole article', () => {
    const content = `Berg said “${'“'.repeat(10_000)}deep.\n“Still open, he said.\nStray ” and " marks,” she said ‘`;
    const article = runQuotes(articleOf(content));
    for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
