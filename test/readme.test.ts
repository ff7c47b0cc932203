import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withColumnsSection } from '../src/output/columns-doc.js';

describe('README', () => {
  it('documents every CSV column exactly as src/output/tables.ts describes it (run `npm run docs` after changing a table)', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(withColumnsSection(readme)).toBe(readme);
  });

  it('gives a new user exactly the two commands that .ci/run runs', async () => {
    const readme = await readFile('README.md', 'utf8');
    const ci = await readFile('.ci/run', 'utf8');
    for (const command of ['npm ci && npm start', 'npm ci && npm test']) {
      expect(readme).toContain(command);
      expect(ci).toContain(command);
    }
  });
});
