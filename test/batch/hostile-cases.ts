// Hostile inputs for the whole default pipeline, run by hostile.test.ts in a worker thread it can stop.
import assert from 'node:assert/strict';
import { analyse } from '../../src/batch/analyse.js';
import { loadPipeline, type Pipeline } from '../../src/pipeline/definition.js';

let pipeline: Pipeline;

export async function setup(): Promise<void> {
  pipeline = await loadPipeline(new URL('../../pipelines/default.json', import.meta.url).pathname);
}

function analyseText(content: string): { text: string; sentences: unknown[] } {
  const outcome = analyse({ path: 'hostile.txt', content }, pipeline);
  if (outcome.status === 'failed') throw new Error(outcome.error);
  return JSON.parse(outcome.json);
}

const NEWS_WORDS = 'The minister said on Monday that the budget of $3 billion would rise by 5 percent in 2026, "a record," she added.'.split(' ');

const QUOTES: Array<[string, string, string]> = [
  ['curly', '“', '”'],
  ['straight', '"', '"'],
  ['single', '‘', '’'],
  ['guillemet', '«', '»'],
];

const FILLERS: Array<[string, string]> = [
  ['spaces', ' '.repeat(100_000)],
  ['tabs and newlines', '\t\n'.repeat(50_000)],
  ['digits', '1'.repeat(100_000)],
  ['dots', '.'.repeat(100_000)],
  ['hyphens', '-'.repeat(100_000)],
  ['at signs', '@'.repeat(100_000)],
  ['dollar signs', '$'.repeat(100_000)],
  ['capitals', 'A'.repeat(100_000)],
  ['capitalised words', 'Ab '.repeat(33_000)],
  ['number groups', '1,'.repeat(50_000)],
];

export const cases: Record<string, () => void> = {
  'a line of 100,000 commas': () => assert.equal(analyseText(','.repeat(100_000)).text.length, 100_000),
  'a 200,000-word article': () => {
    const paragraphs: string[] = [];
    for (let word = 0; word < 200_000; word += 100) {
      paragraphs.push(Array.from({ length: 100 }, (_, i) => NEWS_WORDS[(word + i) % NEWS_WORDS.length]).join(' '));
    }
    assert.ok(analyseText(`A very long report\n\n${paragraphs.join('\n\n')}\n`).sentences.length > 2_000);
  },
  'one line of 50,000 words and no sentence end': () => {
    const line = Array.from({ length: 50_000 }, (_, i) => ['budget', 'Minister', '3', 'of', 'Paris'][i % 5]).join(' ');
    assert.equal(analyseText(line).text.length, line.length);
  },
};

for (const [kind, open, close] of QUOTES) {
  cases[`ten thousand nested ${kind} quotation marks`] = () => {
    const nested = `He said ${open.repeat(10_000)}yes${close.repeat(10_000)} today.`;
    assert.equal(analyseText(nested).text, nested);
  };
  cases[`ten thousand unclosed ${kind} quotations`] = () => {
    const unclosed = `${open}word `.repeat(10_000);
    assert.equal(analyseText(unclosed).text, unclosed);
  };
}

for (const [kind, filler] of FILLERS) {
  cases[`100,000 characters of ${kind} between words`] = () => {
    const text = `Start ${filler} end.`;
    assert.equal(analyseText(text).text, text);
  };
}
