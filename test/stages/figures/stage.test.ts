import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresStage } from '../../../src/stages/figures/index.js';
import { analyse } from './analyse.js';

const SAMPLE = '/work/shared/corpus/central-asia-japan-summit.txt';
const TEXT =
  'Japan is targeting 3 trillion yen (US$19 billion) of projects. A total of 158 memoranda were signed.\n\n' +
  'China’s annual trade with Central Asia is worth about $100 billion. Japan’s trade totals less than $3 billion.';

describe('figures stage', () => {
  it('declares what it needs and assigns, and rejects unknown options', () => {
    expect(figuresStage.needs).toEqual(['sentences', 'tokens']);
    expect(figuresStage.assigns).toEqual(['figures']);
    expect(figuresStage.options({})).toEqual({});
    expect(() => figuresStage.options({ currency: 'USD' })).toThrow(/unknown option 'currency'/);
  });

  it('gives figures sorted by start, each text equal to its slice, each in the sentence that holds it', () => {
    const article = analyse(TEXT);
    expect(article.figures.length).toBe(5);
    for (const [i, figure] of article.figures.entries()) {
      expect(figure.text).toBe(article.text.slice(figure.start, figure.end));
      const sentence = article.sentences[figure.sentence];
      expect(sentence.start <= figure.start && figure.end <= sentence.end).toBe(true);
      if (i > 0) expect(figure.start).toBeGreaterThan(article.figures[i - 1].start);
    }
    expect(article.figures.map((f) => f.sentence)).toEqual([0, 0, 1, 2, 3]);
  });

  it('keeps its invariants on any mix of figure-like words: spans inside the text, sorted, never overlapping', () => {
    const pieces = ['$', 'US$19', '3', 'trillion', 'yen', '(', ')', 'about', 'less than', '15-20%', 'six', 'high-speed', 'trains', 'G20', '2025', 'December', '10', ',', '.', 'of', 'between', 'and', '£600m', 'percent', 'km', 'the', '1 . 5', '80 , 000', '-', 'cents'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }), (chosen) => {
        const article = analyse(chosen.join(' '));
        let previousEnd = 0;
        for (const figure of article.figures) {
          expect(figure.text).toBe(article.text.slice(figure.start, figure.end));
          expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
          expect(Number.isFinite(figure.value)).toBe(true);
          if (figure.equivalentOf !== undefined) expect(article.figures[figure.equivalentOf].equivalentOf).toBe(article.figures.indexOf(figure));
          previousEnd = figure.end;
        }
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('is deterministic: the same text gives byte-identical figures', () => {
    expect(JSON.stringify(analyse(TEXT).figures)).toBe(JSON.stringify(analyse(TEXT).figures));
  });

  it.skipIf(!fs.existsSync(SAMPLE))('finds every figure of the sample article and nothing else', () => {
    const article = analyse(fs.readFileSync(SAMPLE, 'utf8'));
    expect(article.figures.map((f) => `${f.value} ${f.unit}`)).toEqual([
      '9 meetings',
      '14 meetings',
      '13 Dialogues',
      '6 trains',
      '42 cars',
      '6 leaders',
      '3 areas',
      '3000000000000 JPY',
      '19000000000 USD',
      '158 memoranda',
      '45000000000 USD',
      '100000000000 USD',
      '3000000000 USD',
      '5 nations',
    ]);
  });
});
