// Catastrophic inputs for the regular expressions of src/article and src/stages/segments, run by
// regex-safety.test.ts in a worker thread it can stop.
import assert from 'node:assert/strict';
import { articleId, createArticle, InputError } from '../../src/article/create.js';
import { segmentsStage } from '../../src/stages/segments/index.js';
import { isTrailerLine } from '../../src/stages/segments/trailer.js';

// Long runs of one character that a pattern can split many ways, ended by one that makes the match fail.
const N = 100_000;
export const CATASTROPHIC: Record<string, string> = {
  'letters then a bang': `${'a'.repeat(N)}!`,
  'spaces then a letter': `a${' '.repeat(N)}b`,
  'tabs then a letter': `a${'\t'.repeat(N)}b`,
  'blank lines': `a${'\n'.repeat(N)}b`,
  'spaces and newlines': `a${' \n'.repeat(N / 2)}b`,
  hyphens: `${'-'.repeat(N)}x`,
  hashes: `${'#'.repeat(N)}x`,
  'digits and dots': `${'1.'.repeat(N / 2)}x`,
  'at signs and letters': `${'@a'.repeat(N / 2)}!`,
  'capitalised words': `By ${'Ab '.repeat(N / 3)}1`,
  'follow words': `Follow ${'on '.repeat(N / 3)}x`,
  'copyright signs': `${'©'.repeat(N)}x`,
  'list markers': '- '.repeat(N / 2),
  urls: `https://${'a/'.repeat(N / 2)} x`,
};

function segmentsOf(content: string) {
  const article = createArticle({ path: 'x.txt', content });
  segmentsStage.run(article, { options: {}, resources: undefined, report: () => {} });
  return article.segments;
}

const refused = (run: () => unknown) => assert.throws(run, InputError);

export const cases: Record<string, () => void> = {};
for (const [name, text] of Object.entries(CATASTROPHIC)) {
  cases[`segments: ${name}`] = () => {
    for (const segment of segmentsOf(text)) assert.ok(segment.end <= text.length);
    segmentsOf(`Title\n\n${text}\n\n${text}\n\nFollow this writer on X: @someone\n\n${text}`);
  };
  cases[`front matter: ${name}`] = () => {
    assert.ok(createArticle({ path: 'x.txt', content: `---\ntitle: t\ncomments: [nice]\n---\n${text}` }).text.endsWith('nice'));
    refused(() => createArticle({ path: 'x.txt', content: `---\n${text}` }));
    // A date that is not ISO 8601 is dropped with a warning, or the front matter is not YAML at all.
    try {
      assert.equal(createArticle({ path: 'x.txt', content: `---\ndate: 2025-01-01T${text}\n---\nBody` }).metadata.date, undefined);
    } catch (error) {
      assert.ok(error instanceof InputError);
    }
  };
  cases[`id and trailer line: ${name}`] = () => {
    refused(() => articleId(text, 'x.txt'));
    isTrailerLine(text);
    isTrailerLine(text.slice(0, 200));
  };
}
