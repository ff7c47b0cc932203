import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectMarks, MarkWriter, type MarkSpan } from '../../src/report/marks.js';
import { emptyArticle, spanOf } from './fixtures.js';

const mark = (start: number, end: number, anchor: string, kind: MarkSpan['kind'] = 'entity'): MarkSpan => ({ start, end, kind, type: 'GPE', anchor, tip: `tip ${anchor}`, label: kind === 'quote' ? undefined : 'GPE' });

/** The text a reader sees: tags and the aria-hidden labels removed, entities decoded. */
const visibleText = (markup: string) =>
  markup
    .replace(/<span class="tag" aria-hidden="true">[^<]*<\/span>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** True when every <mark> closes in the reverse order it opened. */
function balanced(markup: string): boolean {
  let depth = 0;
  for (const tag of markup.match(/<\/?mark\b/g) ?? []) {
    depth += tag === '<mark' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const sorted = (marks: MarkSpan[]) => [...marks].sort((a, b) => a.start - b.start || b.end - a.end);

describe('MarkWriter', () => {
  it('nests a mark inside the mark that encloses it', () => {
    const text = 'the Bank of Japan said';
    const out = new MarkWriter(text, sorted([mark(4, 17, 'bank'), mark(12, 17, 'japan')])).write(0, text.length).value;
    expect(out).toBe(
      'the <mark class="m m-entity t-GPE" id="bank" tabindex="0" title="tip bank">Bank of <mark class="m m-entity t-GPE" id="japan" tabindex="0" title="tip japan">Japan<span class="tag" aria-hidden="true">GPE</span></mark><span class="tag" aria-hidden="true">GPE</span></mark> said',
    );
  });

  it('splits a mark that crosses another: only the first fragment is focusable, only the last is labelled', () => {
    const text = 'abcdefghij';
    const out = new MarkWriter(text, sorted([mark(0, 6, 'a'), mark(3, 9, 'b')])).write(0, text.length).value;
    expect(balanced(out)).toBe(true);
    expect(out.match(/id="b"/g)).toHaveLength(1);
    expect(out.match(/tabindex/g)).toHaveLength(2);
    expect(out).toContain('<mark class="m m-entity t-GPE cont" title="tip b">ghi<span class="tag" aria-hidden="true">GPE</span></mark>');
    expect(visibleText(out)).toBe(text);
  });

  it('carries a mark over the end of a stretch into the next one', () => {
    const text = 'one two\nthree four';
    const writer = new MarkWriter(text, [mark(4, 13, 'q', 'quote')]);
    const first = writer.write(0, 7).value;
    const second = writer.write(8, 18).value;
    expect(first).toBe('one <mark class="m m-quote t-GPE" id="q" tabindex="0" title="tip q">two</mark>');
    expect(second).toBe('<mark class="m m-quote t-GPE cont" title="tip q">three</mark> four');
  });

  it('escapes the text inside and outside marks', () => {
    const text = '<script>alert(1)</script> & <b>';
    const out = new MarkWriter(text, [mark(0, 8, 'x')]).write(0, text.length).value;
    expect(out).not.toMatch(/<script|<b>/);
    expect(visibleText(out)).toBe(text);
  });

  it('keeps the text whole and the tags balanced for any set of spans', () => {
    const text = 'Sanae Takaichi met the presidents in Tokyo on December 20, 2025.\nThen more text “quoted” here.';
    const span = fc
      .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('entity', 'figure', 'date', 'quote'))
      .map(([start, length, kind]) => ({ start, end: Math.min(text.length, start + length), kind: kind as MarkSpan['kind'] }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.integer({ min: 1, max: text.length - 1 }), (spans, cut) => {
        const marks = sorted(spans.map((s, i) => mark(s.start, s.end, `m${i}`, s.kind)));
        const writer = new MarkWriter(text, marks);
        const out = writer.write(0, cut).value + '\n' + writer.write(cut + 1, text.length).value;
        expect(balanced(out)).toBe(true);
        expect(visibleText(out)).toBe(text.slice(0, cut) + '\n' + text.slice(cut + 1));
        // Each mark is focusable exactly once, through its first fragment.
        for (const m of marks) if (m.start < cut || m.end > cut + 1) expect(out.split(`id="${m.anchor}"`).length).toBe(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('collectMarks', () => {
  it('sets aside annotations whose offsets do not fit the text', () => {
    const article = emptyArticle('a', 'short text');
    article.entities = [{ id: 'x', name: 'X', type: 'ORG', mentions: [{ start: 0, end: 5, text: 'short' }, { start: 6, end: 99, text: '?' }, { start: 4, end: 4, text: '' }] }];
    article.figures = [{ start: -1, end: 2, text: 'sh', kind: 'count', value: 1, unit: 'x', sentence: 0 }];
    const { marks, invalid } = collectMarks(article);
    expect(marks.map((m) => m.anchor)).toEqual(['e0']);
    expect(invalid).toBe(3);
  });

  it('puts a quote outside an entity with the same span, and says what each mark was read as', () => {
    const article = emptyArticle('a', 'He said Japan.');
    const japan = spanOf(article.text, 'Japan');
    article.entities = [{ id: 'gpe:japan', name: 'Japan', type: 'GPE', roles: [], mentions: [japan] }];
    article.quotes = [{ ...japan, speaker: null, speakerId: null, sentence: 0 }];
    article.figures = [{ ...spanOf(article.text, 'He'), kind: 'money', value: 3e12, valueHigh: 4e12, unit: 'JPY', qualifier: 'about', sentence: 0 }];
    const { marks } = collectMarks(article);
    expect(marks.map((m) => [m.kind, m.tip])).toEqual([
      ['figure', 'money: about 3,000,000,000,000–4,000,000,000,000 JPY'],
      ['quote', 'quote · speaker unknown'],
      ['entity', 'Japan · GPE'],
    ]);
  });
});
