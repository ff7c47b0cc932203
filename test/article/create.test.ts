import { describe, expect, it } from 'vitest';
import { articleId, createArticle, InputError } from '../../src/article/create.js';

const create = (content: string, path = 'corpus/story.txt', referenceDate?: string) => createArticle({ path, content }, referenceDate);

describe('createArticle', () => {
  it('takes the id from the file name without its extension', () => {
    expect(create('Some text.').id).toBe('story');
    expect(create('Some text.', 'a/b/Notes 2025.md').id).toBe('Notes 2025');
  });

  it('reads YAML front matter and removes it from the text', () => {
    const article = create('---\nid: trade-42\ntitle: "Trade: a view"\ndate: 2025-12-20\nurl: https://example.org/x\nsource: Example Times\nauthor: A. Writer\n---\nBody text here.\n');
    expect(article.id).toBe('trade-42');
    expect(article.text).toBe('Body text here.\n');
    expect(article.metadata).toEqual({ title: 'Trade: a view', date: '2025-12-20', url: 'https://example.org/x', source: 'Example Times', author: 'A. Writer' });
    expect(article.referenceDate).toEqual({ value: '2025-12-20', source: 'metadata' });
  });

  it('lets --reference-date override the front matter date', () => {
    expect(create('---\ndate: 2025-12-20\n---\nBody.', 'x.txt', '2024-01-31').referenceDate).toEqual({ value: '2024-01-31', source: 'option' });
  });

  it('ignores a front matter date that is not ISO 8601, with a warning that names the line, rather than guessing', () => {
    const article = create('---\nid: x\ndate: 03-02-2009\n---\nBody.');
    expect(article.metadata.date).toBeUndefined();
    expect(article.referenceDate).toEqual({ value: null, source: 'none' });
    expect(article.messages).toEqual([
      { severity: 'warning', stage: 'input', reason: "front matter 'date' '03-02-2009' is not an ISO 8601 date such as 2025-12-20; ignored", line: 3 },
    ]);
    expect(create('---\ndate: 2025-02-30\n---\nBody.').metadata.date).toBeUndefined();
    expect(create('---\ndate: 2025-02-03T23:30:00-05:00\n---\nBody.').metadata.date).toBe('2025-02-03');
  });

  it('has no reference date when none is given', () => {
    expect(create('Body.').referenceDate).toEqual({ value: null, source: 'none' });
  });

  it('appends front matter comments after the body and remembers where they are', () => {
    const article = create('---\ncomments:\n  - Great piece!\n  - text: "Nonsense,   all of it"\n---\nBody.\n\n');
    expect(article.text).toBe('Body.\n\nGreat piece!\n\nNonsense, all of it');
    expect(article.frontMatterComments.map((s) => article.text.slice(s.start, s.end))).toEqual(['Great piece!', 'Nonsense, all of it']);
  });

  it('drops a byte order mark and normalises CRLF and CR line endings to LF', () => {
    const article = create('\uFEFF---\r\nid: crlf\r\n---\r\nFirst line.\r\nSecond line.\rThird.');
    expect(article.id).toBe('crlf');
    expect(article.text).toBe('First line.\nSecond line.\nThird.');
  });

  it('rejects an empty article, even one with only front matter', () => {
    expect(() => create('   \n\n')).toThrow(InputError);
    expect(() => create('---\nid: x\n---\n\n')).toThrow(/corpus\/story.txt: the article is empty/);
  });

  it('rejects unclosed or malformed front matter with the file name', () => {
    expect(() => create('---\nid: x\nBody.')).toThrow(/corpus\/story.txt: front matter .* never closed/);
    expect(() => create('---\nid: [x\n---\nBody.')).toThrow(/corpus\/story.txt: front matter is not valid YAML/);
    expect(() => create('---\n- a\n- b\n---\nBody.')).toThrow(/must be a YAML mapping/);
    expect(() => create('---\ncomments: hello\n---\nBody.')).toThrow(/'comments' must be a list/);
  });
});

describe('articleId', () => {
  it.each(['../../etc/x', 'a/b', 'a\\b', '.hidden', '..', '', 'tab\there', 'nul\u0000'])('rejects %j, which could write outside the output folder', (id) => {
    expect(() => articleId(id, 'in.txt')).toThrow(/in.txt: invalid article id/);
  });

  it.each(['central-asia-japan-summit', 'Story_2025.v2', 'Ünïcode ids', '2025-12-20', 'Democratic_U.S.'])('accepts %j', (id) => {
    expect(articleId(id, 'in.txt')).toBe(id);
  });

  it('accepts numeric ids from front matter', () => {
    expect(articleId(42, 'in.txt')).toBe('42');
  });
});
