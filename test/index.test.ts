import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze, InputError, validateArticleJson } from '../src/index.js';

describe("the library: import { analyze } from 'dossier'", () => {
  it('gives the same result as the command line for the same article', async () => {
    const text = await readFile('corpus/central-asia-japan-summit.txt', 'utf8');
    const result = await analyze(text, { id: 'central-asia-japan-summit' });
    const written = JSON.parse(await readFile('output/articles/central-asia-japan-summit.json', 'utf8'));
    expect(JSON.parse(JSON.stringify(result))).toEqual(written);
  });

  it('returns an article that validates against the schema, with front matter applied', async () => {
    const result = await analyze('---\nid: memo\ndate: 2025-03-04\n---\nThe board met in Oslo on Monday.\n');
    expect(result.id).toBe('memo');
    expect(result.referenceDate).toEqual({ value: '2025-03-04', source: 'metadata' });
    expect(validateArticleJson(JSON.parse(JSON.stringify(result)))).toEqual([]);
  });

  it('throws an InputError for text that is not an article', async () => {
    await expect(analyze('  \n')).rejects.toThrow(InputError);
  });
});
