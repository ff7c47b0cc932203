import { createArticle } from '../../../src/article/create.js';
import type { Article, Figure } from '../../../src/article/types.js';
import type { Stage } from '../../../src/pipeline/stage.js';
import { figuresStage } from '../../../src/stages/figures/index.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';
import { sentencesStage } from '../../../src/stages/sentences/index.js';

/** Runs segments, sentences and figures over `text`, as a pipeline with only those stages would. */
export function analyse(text: string): Article {
  const article = createArticle({ path: 'test.txt', content: text });
  for (const stage of [segmentsStage, sentencesStage, figuresStage] as Array<Stage<Record<string, never>>>) {
    const options = stage.options({});
    stage.run(article, { options, resources: stage.load?.(options, '.'), report: () => {} });
  }
  return article;
}

/** The figures of `text`. */
export function figuresOf(text: string): Figure[] {
  return analyse(text).figures;
}

/** The one figure of `text`, failing when there is not exactly one. */
export function onlyFigure(text: string): Figure {
  const figures = figuresOf(text);
  if (figures.length !== 1) throw new Error(`expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(figures.map((f) => f.text))}`);
  return figures[0];
}
