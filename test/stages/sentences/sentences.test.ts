import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../src/article/create.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';
import { sentencesStage } from '../../../src/stages/sentences/index.js';

const context = { options: {}, resources: undefined, report: () => {} };

function analyse(content: string) {
  const article = createArticle({ path: 'a.txt', content });
  segmentsStage.run(article, context);
  sentencesStage.run(article, context);
  return article;
}

describe('sentences stage', () => {
  it('splits sentences inside segments and gives tokens exact offsets', () => {
    const article = analyse('Mr. Smith isn’t here. He left at 5 p.m. for Oslo.\n- A list item 🤣🤣');
    expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual(['Mr. Smith isn’t here.', 'He left at 5 p.m. for Oslo.', '- A list item 🤣🤣']);
    for (const token of article.tokens) expect(article.text.slice(token.start, token.end)).toBe(token.text);
    expect(article.tokens.slice(2, 4).map((t) => t.text)).toEqual(['is', 'n’t']);
    expect(article.sentences[2].segment).toBe(1);
  });

  it('never lets a sentence cross a segment boundary', () => {
    const article = analyse('A line without an end\nAnother line.');
    expect(article.sentences.map((s) => s.segment)).toEqual([0, 1]);
  });

  it('tokenizes an article the same whatever was read before it in the same process', () => {
    const text = "He took 34 KO's into the ring. Ünïcode and zxqv'd words, e-mail@example.org.";
    const fresh = analyse(text).tokens;
    analyse("He finished with 36 KO's. Then zxqv'd. e-mail@example.org");
    expect(analyse(text).tokens).toEqual(fresh);
  });
});

describe('sentences stage on hostile text', () => {
  it.each([
    ['hyphens', '-'],
    ['capitals', 'A'],
    ['emoji', '🤣'],
  ])('tokenizes a 100,000-character run of %s into tokens that are exact slices of the text', (_kind, unit) => {
    const article = analyse(`Start ${unit.repeat(100_000)} end.`);
    expect(article.tokens.length).toBeGreaterThan(2);
    for (const token of article.tokens) expect(article.text.slice(token.start, token.end)).toBe(token.text);
    expect(article.tokens.at(-2)?.text).toBe('end');
  });
});
