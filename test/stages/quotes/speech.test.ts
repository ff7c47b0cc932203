import { describe, expect, it } from 'vitest';
import { quotesStage } from '../../../src/stages/quotes/index.js';
import { articleOf, quotesOf, runQuotes } from './helpers.js';

describe('quotes stage: what counts as direct speech', () => {
  it('reads a quotation over several paragraphs, each reopened and only the last closed, as pieces with one speaker', () => {
    const text = [
      '“The international situation has changed,” Takaichi said, adding “and the region matters more each year.',
      '“Central Asia has great potential.',
      '“We will invest in it.”',
      'The summit ended on Saturday.',
    ].join('\n');
    expect(quotesOf(text)).toEqual([
      ['Takaichi', 'The international situation has changed,'],
      ['Takaichi', 'and the region matters more each year.'],
      ['Takaichi', 'Central Asia has great potential.'],
      ['Takaichi', 'We will invest in it.'],
    ]);
  });

  it('takes the speaker of a reopened quotation from its last paragraph when only that one names it', () => {
    const text = '“Prices are rising everywhere.\n“We cannot wait any longer,” Berg said.';
    expect(quotesOf(text)).toEqual([
      ['Berg', 'Prices are rising everywhere.'],
      ['Berg', 'We cannot wait any longer,'],
    ]);
  });

  it('goes on with the speaker into a following paragraph that is one quotation', () => {
    const text = '“We are ready,” Berg said of the “final”.\n“The team has trained for months.”\nThe match starts at noon.\n“Tickets are sold out.”';
    expect(quotesOf(text)).toEqual([
      ['Berg', 'We are ready,'],
      ['Berg', 'The team has trained for months.'],
    ]);
  });

  it('does not read names, titles, scare quotes or section titles as speech', () => {
    const text = [
      'At the summit, the leaders adopted a “Tokyo Declaration”, which describes Japan’s role as a “catalyst” for cooperation.',
      'The leaders endorsed promotion of the “Trans-Caspian International Transport Route” to move goods.',
      'Under sections titled “Cooperation on the global stage” and “Global Issues,” the declaration reaffirmed its support.',
      'The powers might still view the region through a “Great Game” lens.',
    ].join('\n');
    expect(quotesOf(text)).toEqual([]);
  });

  it('does not read a quoted fragment inside reported speech as a quotation of its own', () => {
    expect(quotesOf('Holm said the deal was “terrific” and left.')).toEqual([]);
    expect(quotesOf('Xi said the “Silk Road spirit” should guide the region.')).toEqual([]);
    expect(quotesOf('Critics called it a “plan that will cost us dearly” on Monday.')).toEqual([]);
  });

  it('reads a framing verb (spun this as, called it) only with a quotation long enough to be speech', () => {
    expect(quotesOf('Critics called it “a plan that will cost us dearly,” without naming figures.')).toEqual([['Critics', 'a plan that will cost us dearly,']]);
    expect(quotesOf('Critics called it a “disaster” on Monday.')).toEqual([]);
  });

  it('reads straight quotes, curly quotes and single quotes inside them', () => {
    expect(quotesOf('"We will win," Berg said.')).toEqual([['Berg', 'We will win,']]);
    expect(quotesOf('“They told us ‘never again’ and meant it,” Berg said.')).toEqual([['Berg', 'They told us ‘never again’ and meant it,']]);
    expect(quotesOf('‘The leaders’ summit went well,’ Berg said.')).toEqual([['Berg', 'The leaders’ summit went well,']]);
  });

  it('reads only the body: never the trailer or the reader comments', () => {
    const content = '---\ncomments:\n  - "“This is a joke,” I said."\n---\n“We will win,” Berg said.\nFollow this writer on X: @writer\n';
    const article = runQuotes(articleOf(content));
    expect(article.quotes.map((quote) => quote.text)).toEqual(['We will win,']);
  });

  it('sorts quotations by start and points start and end at exactly the quoted words', () => {
    const article = runQuotes(articleOf('“  One,” Berg said.\n“Two,” Holm said, “three.”'));
    expect(article.quotes.map((quote) => quote.text)).toEqual(['One,', 'Two,', 'three.']);
    for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(article.quotes.map((quote) => quote.start)).toEqual([...article.quotes.map((quote) => quote.start)].sort((a, b) => a - b));
  });
});

describe('quotes stage: contract', () => {
  it('declares its layers and rejects unknown options with a clear error', () => {
    expect(quotesStage).toMatchObject({ name: 'quotes', needs: ['sentences', 'tokens', 'entities'], assigns: ['quotes'] });
    expect(quotesStage.options({})).toEqual({});
    expect(() => quotesStage.options({ minWords: 3 })).toThrow(/unknown option 'minWords'/);
  });

  it('gives byte-identical output for the same input', () => {
    const text = '“We tried,” Berg said, “and we failed.”\n“Again,” she said.';
    const first = JSON.stringify(runQuotes(articleOf(text)).quotes);
    expect(JSON.stringify(runQuotes(articleOf(text)).quotes)).toBe(first);
  });
});
