import { createArticle } from '../../../src/article/create.js';
import type { Article, Entity, Quote } from '../../../src/article/types.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';
import { sentencesStage } from '../../../src/stages/sentences/index.js';
import { sentimentStage } from '../../../src/stages/sentiment/index.js';

const lexicon = sentimentStage.load!({}, '.');
sentencesStage.load!({}, '.');

export interface Setup {
  /** Entities by canonical name, each with mentions at every occurrence of the given surface forms. */
  entities?: Record<string, string[]>;
  /** Quotes by their exact text and speaker's canonical name. */
  quotes?: Array<{ text: string; speaker: string }>;
}

/** Runs segments, sentences and sentiment over a text, with entities and quotes set by hand. */
export function analyse(text: string, setup: Setup = {}): Article {
  const article = prepare(text, setup);
  runSentiment(article);
  return article;
}

/** The article as the sentiment stage receives it: segments, sentences, tokens, and the given entities and quotes. */
export function prepare(text: string, setup: Setup = {}): Article {
  const article = createArticle({ path: 'test.txt', content: text });
  const context = { options: {}, resources: undefined, report: () => {} };
  segmentsStage.run(article, context);
  sentencesStage.run(article, context);
  article.entities = Object.entries(setup.entities ?? {}).map(([name, forms]): Entity => ({
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    type: 'PERSON',
    mentions: forms.flatMap((form) => occurrences(article.text, form).map((start) => ({ start, end: start + form.length, text: form }))),
  }));
  article.quotes = (setup.quotes ?? []).map(({ text: quoted, speaker }): Quote => {
    const start = article.text.indexOf(quoted);
    return { start, end: start + quoted.length, text: quoted, speaker, speakerId: speaker.toLowerCase().replace(/\W+/g, '-'), sentence: 0 };
  });
  return article;
}

export function runSentiment(article: Article): void {
  sentimentStage.run(article, { options: {}, resources: lexicon, report: () => {} });
}

export { lexicon };

/** The score of a one-sentence text. */
export function score(text: string): number {
  return analyse(text).sentences[0].sentiment!.score;
}

export function label(text: string): string {
  return analyse(text).sentiment.article.label;
}

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) found.push(i);
  return found;
}
