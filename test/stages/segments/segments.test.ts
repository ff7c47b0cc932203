import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../src/article/create.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';

function segments(content: string) {
  const article = createArticle({ path: 'a.txt', content });
  segmentsStage.run(article, { options: {}, resources: undefined, report: () => {} });
  return { article, kinds: article.segments.map((s) => [s.kind, article.text.slice(s.start, s.end)]) };
}

describe('segments stage', () => {
  it('reads a short first line without final punctuation as the title, and short lines between paragraphs as headings', () => {
    const { kinds } = segments('Ministers meet in Astana\nThe ministers met on Monday to discuss trade.\nWhat comes next\nTalks resume in spring.');
    expect(kinds).toEqual([
      ['title', 'Ministers meet in Astana'],
      ['paragraph', 'The ministers met on Monday to discuss trade.'],
      ['heading', 'What comes next'],
      ['paragraph', 'Talks resume in spring.'],
    ]);
  });

  it('reads Markdown headings and list items', () => {
    const { kinds } = segments('# Title\n\nIntro paragraph, with a comma.\n\n## Section\n- first item: a point.\n* second item\n1. third item');
    expect(kinds.map((k) => k[0])).toEqual(['title', 'paragraph', 'heading', 'list_item', 'list_item', 'list_item']);
  });

  it('marks boilerplate at the end as trailer and keeps the author handle as metadata', () => {
    const { kinds, article } = segments('Body sentence one.\nBody sentence two.\nFollow this writer on X: @Some_Writer\n© 2025 Example Media. All rights reserved.');
    expect(kinds.slice(2).map((k) => k[0])).toEqual(['trailer', 'trailer']);
    expect(article.metadata.authorHandle).toBe('@Some_Writer');
  });

  it('reads blocks after the trailer as reader comments, one per blank-line-separated block', () => {
    const { kinds } = segments('Body sentence.\nRead more: how tariffs work\n\nWhat a joke 😂\nTotally.\n\nGood article.');
    expect(kinds).toEqual([
      ['paragraph', 'Body sentence.'],
      ['trailer', 'Read more: how tariffs work'],
      ['comment', 'What a joke 😂\nTotally.'],
      ['comment', 'Good article.'],
    ]);
  });

  it('does not take a body line that only mentions following someone as trailer when body text comes after it', () => {
    const { kinds } = segments('Opening line here.\nFollow the money, investigators said.\nThey found more than expected.');
    expect(kinds.every((k) => k[0] === 'paragraph')).toBe(true);
  });

  it('makes front matter comments comment segments', () => {
    const { kinds } = segments('---\ncomments: ["Nice.", "Rubbish!"]\n---\nBody text.\n');
    expect(kinds).toEqual([
      ['paragraph', 'Body text.'],
      ['comment', 'Nice.'],
      ['comment', 'Rubbish!'],
    ]);
  });
});
