// Dossier as a typed library: the same analysis as `dossier run`, without files.
import { fileURLToPath } from 'node:url';
import { createArticle } from './article/create.js';
import { loadPipeline, type Pipeline } from './pipeline/definition.js';
import { runPipeline } from './pipeline/run-article.js';
import { toArticleJson, type ArticleJson } from './output/article-json.js';

export type * from './article/types.js';
export type { ArticleJson } from './output/article-json.js';
export type { Pipeline } from './pipeline/definition.js';
export type { Stage, StageContext } from './pipeline/stage.js';
export { loadPipeline, PipelineError } from './pipeline/definition.js';
export { InputError } from './article/create.js';
export { runBatch, type BatchOptions, type RunRecord, type ArticleResult } from './batch/run-batch.js';
export { TABLES } from './output/tables.js';
export { validateArticleJson, articleSchema } from './output/schema.js';

/** The pipeline `npm start` runs. */
export const DEFAULT_PIPELINE = fileURLToPath(new URL('../pipelines/default.json', import.meta.url));

export interface AnalyzeOptions {
  /** Article id; defaults to 'article'. Front matter `id` in the text wins. */
  id?: string;
  /** YYYY-MM-DD to resolve relative dates against; overrides front matter `date`. */
  referenceDate?: string;
  /** A loaded pipeline, or the path of a pipeline definition; defaults to pipelines/default.json. */
  pipeline?: Pipeline | string;
}

const loaded = new Map<string, Promise<Pipeline>>();

/**
 * Analyses one article's text (front matter allowed) and returns what `dossier run` writes to
 * `articles/<id>.json`. Throws InputError for text that is not an article and PipelineError for a bad pipeline.
 */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<ArticleJson> {
  const pipeline = typeof options.pipeline === 'object' ? options.pipeline : await cachedPipeline(options.pipeline ?? DEFAULT_PIPELINE);
  const article = createArticle({ path: `${options.id ?? 'article'}.txt`, content: text }, options.referenceDate);
  return toArticleJson(runPipeline(article, pipeline));
}

function cachedPipeline(path: string): Promise<Pipeline> {
  let pipeline = loaded.get(path);
  if (!pipeline) {
    pipeline = loadPipeline(path);
    loaded.set(path, pipeline);
    pipeline.catch(() => loaded.delete(path));
  }
  return pipeline;
}
