import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.js';

describe('entities in very long sentences', () => {
  it('finds every mention in a 2,000-word sentence with no full stop, read in pieces', () => {
    const clause = 'officials in Paris met delegates from Kenya and';
    const text = `${Array.from({ length: 250 }, () => clause).join(' ')} nobody left`;
    const article = analyse(text);
    expect(entity(article, 'Paris').mentions).toHaveLength(250);
    expect(entity(article, 'Kenya').mentions).toHaveLength(250);
  });

  it('does not read a run of thousands of capitalised words as one name', () => {
    const article = analyse(`Start ${'Ab '.repeat(3000)}end.`);
    for (const e of article.entities) expect(e.name.split(' ').length).toBeLessThanOrEqual(150);
  });
});
