import { createArticle, InputError } from '../article/create.js';
import type { Message } from '../article/types.js';
import type { Pipeline } from '../pipeline/definition.js';
import { runPipeline, StageError } from '../pipeline/run-article.js';
import { serializeArticle } from '../output/article-json.js';
import { addLines, linesBeforeText } from './lines.js';

/** One decoded input file. */
export interface AnalyseTask {
  path: string;
  content: string;
  referenceDate?: string;
}

export interface ArticleCounts {
  entities: number;
  figures: number;
  dates: number;
  quotes: number;
  comments: number;
}

/** What comes back: the article's JSON, ready to write, or why there is none. */
export type AnalyseOutcome =
  | { status: 'ok'; id: string; json: string; messages: Message[]; counts: ArticleCounts }
  | { status: 'failed'; id?: string; stage?: string; error: string };

/** Builds the article, runs every stage and serialises it. Never throws: a failure is an outcome. */
export function analyse(task: AnalyseTask, pipeline: Pipeline): AnalyseOutcome {
  let id: string | undefined;
  try {
    const article = createArticle({ path: task.path, content: task.content }, task.referenceDate);
    id = article.id;
    runPipeline(article, pipeline);
    const json = serializeArticle(article);
    // Lines are for the messages a person reads (stderr, run.json); the article JSON stays exactly what analyze() gives.
    const messages = article.messages.map((message) => ({ ...message }));
    const commentsFrom = article.frontMatterComments[0]?.start ?? article.text.length;
    addLines(messages, article.text, linesBeforeText(task.content) + 1, commentsFrom);
    const counts = {
      entities: article.entities.length,
      figures: article.figures.length,
      dates: article.dates.length,
      quotes: article.quotes.length,
      comments: article.comments.length,
    };
    return { status: 'ok', id, json, messages, counts };
  } catch (error) {
    if (error instanceof InputError) return { status: 'failed', id, stage: 'input', error: error.message };
    if (error instanceof StageError) return { status: 'failed', id, stage: error.stage, error: `${task.path}: ${error.message}` };
    return { status: 'failed', id, error: `${task.path}: ${(error as Error).message}` };
  }
}
