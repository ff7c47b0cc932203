import type { ArticleJson } from '../output/article-json.js';

/** What the run page needs from one article, so that articles need not stay in memory together. */
export interface ArticleSummary {
  /** File name without `.json`: names the article's page. */
  name: string;
  id: string;
  title: string;
  date?: string;
  characters: number;
  words: number;
  counts: { entities: number; mentions: number; figures: number; dates: number; quotes: number; comments: number; warnings: number };
  sentiment: ArticleJson['sentiment']['article'];
  entities: Array<{ id: string; name: string; type: string; mentions: number; sentiment?: number }>;
  dates: Array<{ value: string; text: string }>;
}

export function articleTitle(article: ArticleJson): string {
  if (article.metadata.title?.trim()) return article.metadata.title.trim();
  const title = article.segments.find((segment) => segment.kind === 'title');
  const text = title ? article.text.slice(title.start, title.end).replace(/^#+\s*/, '').trim() : '';
  return text || article.id;
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function summarise(name: string, article: ArticleJson): ArticleSummary {
  return {
    name,
    id: article.id,
    title: articleTitle(article),
    date: article.metadata.date,
    characters: article.text.length,
    words: countWords(article.text),
    counts: {
      entities: article.entities.length,
      mentions: article.entities.reduce((total, entity) => total + entity.mentions.length, 0),
      figures: article.figures.length,
      dates: article.dates.length,
      quotes: article.quotes.length,
      comments: article.comments.length,
      warnings: article.messages.length,
    },
    sentiment: article.sentiment.article,
    entities: article.entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type, mentions: entity.mentions.length, sentiment: entity.sentiment?.score })),
    dates: article.dates.flatMap((date) => (date.value ? [{ value: date.value, text: date.text }] : [])),
  };
}
