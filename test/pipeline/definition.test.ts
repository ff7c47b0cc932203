import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDefinition, loadPipeline, PipelineError } from '../../src/pipeline/definition.js';

const check = (definition: unknown) => () => checkDefinition(definition, 'p.json');

describe('pipeline definitions', () => {
  it('loads the default pipeline with every stage in order', async () => {
    const pipeline = await loadPipeline('pipelines/default.json');
    expect(pipeline.name).toBe('default');
    expect(pipeline.steps.map((s) => s.stage.name)).toEqual(['segments', 'sentences', 'entities', 'figures', 'dates', 'quotes', 'sentiment']);
    expect(pipeline.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects an unknown stage and lists the known ones', () => {
    expect(check({ stages: ['segments', 'sentences', 'summarise'] })).toThrow(/p.json: stage 3: unknown stage 'summarise' \(known: segments, sentences,/);
  });

  it('rejects a stage whose prerequisites no earlier stage assigns', () => {
    expect(check({ stages: ['segments', 'figures'] })).toThrow("p.json: stage 2: stage 'figures' needs sentences, tokens, which no earlier stage assigns");
  });

  it('rejects bad options with the stage name', () => {
    expect(check({ stages: [{ stage: 'segments', options: { colour: 'blue' } }] })).toThrow("stage 'segments': unknown option 'colour'");
    expect(check({ stages: [{ stage: 'segments', options: [] }] })).toThrow(/"options" of 'segments' must be an object/);
  });

  it('rejects malformed definitions', () => {
    expect(check([])).toThrow(PipelineError);
    expect(check({ stages: [] })).toThrow(/"stages" must be a non-empty list/);
    expect(check({ stages: ['segments'], steps: [] })).toThrow(/unknown key "steps"/);
    expect(check({ stages: ['segments', 'segments'] })).toThrow(/named twice/);
    expect(check({ stages: [42] })).toThrow(/stage 1 must be a stage name/);
  });

  it('reports an unreadable or invalid file before any article is read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-pipeline-'));
    await writeFile(join(folder, 'broken.json'), '{ "stages": [ }');
    await expect(loadPipeline(join(folder, 'broken.json'))).rejects.toThrow(/broken.json: not valid JSON/);
    await expect(loadPipeline(join(folder, 'missing.json'))).rejects.toThrow(/missing.json: cannot be read \(ENOENT\)/);
  });
});
