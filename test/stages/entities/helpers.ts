import { createArticle } from '../../../src/article/create.js';
import type { Article, Entity } from '../../../src/article/types.js';
import { entitiesStage } from '../../../src/stages/entities/index.js';
import type { Knowledge } from '../../../src/stages/entities/knowledge.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';
import { sentencesStage } from '../../../src/stages/sentences/index.js';

const noReport = () => {};

/** Runs segments, sentences and entities over a text, as the default pipeline does. */
export function analyse(content: string, knowledge?: Knowledge): Article {
  const article = createArticle({ path: 'test.txt', content });
  segmentsStage.run(article, { options: {}, resources: undefined, report: noReport });
  sentencesStage.run(article, { options: {}, resources: undefined, report: noReport });
  entitiesStage.run(article, { options: {}, resources: knowledge, report: noReport });
  return article;
}

/** The entity with this canonical name, failing loudly when there is none. */
export function entity(article: Article, name: string): Entity {
  const found = article.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity '${name}' among ${article.entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  return found;
}

export function names(article: Article): string[] {
  return article.entities.map((e) => e.name);
}
