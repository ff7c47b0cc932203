import type { Article, Message } from '../article/types.js';
import type { Pipeline } from './definition.js';

/** Runs every stage of the pipeline over one article, in order. A stage that throws is an error of the article. */
export function runPipeline(article: Article, pipeline: Pipeline): Article {
  for (const { stage, options, resources } of pipeline.steps) {
    const report = (message: Omit<Message, 'stage'>) => article.messages.push({ ...message, stage: stage.name });
    try {
      stage.run(article, { options, resources, report });
    } catch (error) {
      throw new StageError(stage.name, error as Error);
    }
  }
  return article;
}

export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly cause: Error,
  ) {
    super(`stage '${stage}' failed: ${cause.message}`);
  }
}
