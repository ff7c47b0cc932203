import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, basename } from 'node:path';
import type { Layer } from '../article/types.js';
import type { Stage } from './stage.js';
import { STAGES } from './registry.js';

/** A pipeline file: `{ "name": "default", "stages": [{ "stage": "segments", "options": {} }, …] }`. */
export interface PipelineStep {
  stage: Stage<any>;
  options: unknown;
  resources: unknown;
}

export interface Pipeline {
  name: string;
  /** SHA-256 of the definition file, recorded in run.json and used to detect changes. */
  hash: string;
  steps: PipelineStep[];
}

export class PipelineError extends Error {}

/** Reads, checks and loads a pipeline definition before any article is read. */
export async function loadPipeline(path: string): Promise<Pipeline> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new PipelineError(`pipeline ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let definition: unknown;
  try {
    definition = JSON.parse(source);
  } catch (error) {
    throw new PipelineError(`pipeline ${path}: not valid JSON: ${(error as Error).message}`);
  }
  const checked = checkDefinition(definition, path);
  const steps: PipelineStep[] = [];
  for (const { stage, options } of checked.steps) {
    try {
      steps.push({ stage, options, resources: await stage.load?.(options, dirname(path)) });
    } catch (error) {
      throw new PipelineError(`pipeline ${path}: stage '${stage.name}': ${(error as Error).message}`);
    }
  }
  return { name: checked.name ?? basename(path).replace(/\.json$/, ''), hash: createHash('sha256').update(source).digest('hex'), steps };
}

/** Checks names, options and the order of needs and assigns, like spaCy's analyze_pipes. */
export function checkDefinition(definition: unknown, path: string): { name?: string; steps: Array<{ stage: Stage<any>; options: unknown }> } {
  const fail = (reason: string): never => {
    throw new PipelineError(`pipeline ${path}: ${reason}`);
  };
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) fail('must be a JSON object with a "stages" list');
  const { name, stages, ...rest } = definition as Record<string, unknown>;
  const extra = Object.keys(rest).filter((key) => key !== 'description' && key !== '$schema');
  if (extra.length) fail(`unknown key${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')} (known: name, description, stages)`);
  if (name !== undefined && typeof name !== 'string') fail('"name" must be text');
  if (!Array.isArray(stages) || stages.length === 0) fail('"stages" must be a non-empty list');
  const available = new Set<Layer>();
  const seen = new Set<string>();
  const steps = (stages as unknown[]).map((entry, index) => {
    const where = `stage ${index + 1}`;
    const spec = typeof entry === 'string' ? { stage: entry } : entry;
    if (typeof spec !== 'object' || spec === null || typeof (spec as { stage?: unknown }).stage !== 'string') {
      return fail(`${where} must be a stage name or { "stage": name, "options": {…} }`);
    }
    const { stage: stageName, options = {} } = spec as { stage: string; options?: unknown };
    const stage = STAGES.get(stageName);
    if (!stage) return fail(`${where}: unknown stage '${stageName}' (known: ${[...STAGES.keys()].join(', ')})`);
    if (seen.has(stageName)) fail(`${where}: stage '${stageName}' is named twice`);
    seen.add(stageName);
    const missing = stage.needs.filter((layer) => !available.has(layer));
    if (missing.length) fail(`${where}: stage '${stageName}' needs ${missing.join(', ')}, which no earlier stage assigns`);
    if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`${where}: "options" of '${stageName}' must be an object`);
    let checked: unknown;
    try {
      checked = stage.options(options as Record<string, unknown>);
    } catch (error) {
      return fail((error as Error).message);
    }
    for (const layer of stage.assigns) available.add(layer);
    return { stage, options: checked };
  });
  return { name: name as string | undefined, steps };
}
