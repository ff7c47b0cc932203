import type { Article } from '../article/types.js';

/** The fields of an Article that go into `articles/<id>.json`, in a fixed order. Tokens stay in memory. */
export type ArticleJson = Omit<Article, 'tokens' | 'frontMatterComments'> & { schemaVersion: 1 };

export function toArticleJson(article: Article): ArticleJson {
  return {
    schemaVersion: 1,
    id: article.id,
    metadata: article.metadata,
    referenceDate: article.referenceDate,
    text: article.text,
    segments: article.segments,
    sentences: article.sentences,
    entities: article.entities,
    figures: article.figures,
    dates: article.dates,
    quotes: article.quotes,
    comments: article.comments,
    sentiment: article.sentiment,
    messages: article.messages,
  };
}

export function serializeArticle(article: Article): string {
  return `${JSON.stringify(toArticleJson(article), roundNumbers, 2)}\n`;
}

/** Scores are rounded so that output does not depend on the last bits of floating-point arithmetic. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;
}
