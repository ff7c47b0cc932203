import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/batch/analyse.js';
import type { Pipeline } from '../../src/pipeline/definition.js';
import type { Stage } from '../../src/pipeline/stage.js';

/** A stage that warns at the first 'WORD' of the text, or fails when the text says 'FAIL'. */
const pickyStage: Stage = {
  name: 'picky',
  description: 'warns at WORD',
  needs: [],
  assigns: [],
  options: () => ({}),
  run(article, { report }) {
    if (article.text.includes('FAIL')) throw new Error('cannot cope');
    report({ severity: 'warning', reason: 'found WORD', start: article.text.indexOf('WORD') });
  },
};
const pipeline: Pipeline = { name: 'picky', hash: 'x', steps: [{ stage: pickyStage, options: {}, resources: undefined }] };

describe('analyse', () => {
  it("gives a warning the line of its offset in the source file, front matter counted, and leaves the article's JSON as the library writes it", () => {
    const outcome = analyse({ path: 'a.txt', content: '---\r\nid: a\r\n---\r\nline one\r\nline two WORD\r\n' }, pipeline);
    if (outcome.status !== 'ok') throw new Error(outcome.error);
    expect(outcome.messages).toEqual([{ severity: 'warning', stage: 'picky', reason: 'found WORD', start: 18, line: 5 }]);
    expect(JSON.parse(outcome.json).messages).toEqual([{ severity: 'warning', stage: 'picky', reason: 'found WORD', start: 18 }]);
  });

  it('names the file and the stage when a stage fails, and never throws', () => {
    expect(analyse({ path: 'b.txt', content: 'FAIL here' }, pipeline)).toEqual({
      status: 'failed',
      id: 'b',
      stage: 'picky',
      error: "b.txt: stage 'picky' failed: cannot cope",
    });
    expect(analyse({ path: 'c.txt', content: '   ' }, pipeline)).toMatchObject({ status: 'failed', stage: 'input', error: 'c.txt: the article is empty' });
  });
});
