import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesStage } from '../../../src/stages/entities/index.js';
import type { Knowledge } from '../../../src/stages/entities/knowledge.js';
import { analyse, entity } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'dossier-entities-'));

function gazetteerFile(name: string, content: unknown): string {
  writeFileSync(path.join(folder, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

describe('entities: the gazetteer option', () => {
  it('accepts a gazetteer path and rejects unknown options and empty paths', () => {
    expect(entitiesStage.options({ gazetteer: 'names.json' })).toEqual({ gazetteer: 'names.json' });
    expect(() => entitiesStage.options({ gazeteer: 'names.json' })).toThrow(/unknown option 'gazeteer'/);
    expect(() => entitiesStage.options({ gazetteer: '' })).toThrow(/gazetteer/);
  });

  it('adds user names with aliases, relative to the pipeline folder, and overrides built-in types', async () => {
    const file = gazetteerFile('names.json', [
      { name: 'Kestrel Works', type: 'ORG', aliases: ['KW'] },
      { name: 'Jordan', type: 'PERSON' },
    ]);
    const knowledge = (await entitiesStage.load!({ gazetteer: file }, folder)) as Knowledge;
    const article = analyse('Kestrel Works hired Jordan last week. KW said Jordan starts in Paris.', knowledge);
    expect(entity(article, 'Kestrel Works').mentions.map((m) => m.text)).toEqual(['Kestrel Works', 'KW']);
    expect(entity(article, 'Jordan').type).toBe('PERSON');
    expect(entity(article, 'Paris').type).toBe('GPE');
  });

  it('names the file and the entry when an entry is wrong', async () => {
    const file = gazetteerFile('bad.json', [{ name: 'Fine Name', type: 'ORG' }, { name: 'Oddity', type: 'COMPANY' }]);
    await expect(entitiesStage.load!({ gazetteer: file }, folder)).rejects.toThrow(/bad\.json, entry 2 \(Oddity\): 'type' must be one of/);
    const aliases = gazetteerFile('aliases.json', { entries: [{ name: 'X Corp', type: 'ORG', aliases: 'XC' }] });
    await expect(entitiesStage.load!({ gazetteer: aliases }, folder)).rejects.toThrow(/aliases\.json, entry 1 \(X Corp\): 'aliases'/);
  });

  it('reports a file that is missing or not JSON', async () => {
    await expect(entitiesStage.load!({ gazetteer: 'missing.json' }, folder)).rejects.toThrow(/missing\.json/);
    const broken = gazetteerFile('broken.json', '{ not json');
    await expect(entitiesStage.load!({ gazetteer: broken }, folder)).rejects.toThrow(/broken\.json/);
  });
});
