import { createArticle } from '../../../src/article/create.js';
import type { Article, EntityType } from '../../../src/article/types.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';
import { sentencesStage } from '../../../src/stages/sentences/index.js';
import { quotesStage } from '../../../src/stages/quotes/index.js';

const context = { options: {}, resources: undefined, report: () => {} };

/** An article cut into segments, sentences and tokens by the real stages, with no entities yet. */
export function articleOf(content: string): Article {
  const article = createArticle({ path: 'a.txt', content });
  segmentsStage.run(article, context);
  sentencesStage.run(article, context);
  return article;
}

/** Adds an entity by hand, with a mention at every occurrence of each surface form. */
export function addEntity(article: Article, name: string, type: EntityType, ...surfaces: string[]): string {
  const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, '-')}`;
  const mentions = [];
  for (const surface of surfaces.length ? surfaces : [name]) {
    for (let at = article.text.indexOf(surface); at >= 0; at = article.text.indexOf(surface, at + surface.length)) {
      mentions.push({ start: at, end: at + surface.length, text: surface });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  article.entities.push({ id, name, type, mentions });
  return id;
}

export function runQuotes(article: Article): Article {
  quotesStage.run(article, context);
  return article;
}

/** The quotes of a text as [speaker, quoted words] pairs. */
export function quotesOf(content: string, entities: Array<[string, EntityType, ...string[]]> = []): Array<[string | null, string]> {
  const article = articleOf(content);
  for (const [name, type, ...surfaces] of entities) addEntity(article, name, type, ...surfaces);
  return runQuotes(article).quotes.map((quote) => [quote.speaker, quote.text]);
}
