import type { Article } from '../../../src/article/types.js';
import { createArticle } from '../../../src/article/create.js';
import { segmentsStage } from '../../../src/stages/segments/index.js';
import { sentencesStage } from '../../../src/stages/sentences/index.js';
import { datesStage } from '../../../src/stages/dates/index.js';

/** Runs segments, sentences and dates over a text, the way a dates-only pipeline does. */
export function analyse(content: string, referenceDate?: string): Article {
  const article = createArticle({ path: 'test.txt', content }, referenceDate);
  for (const stage of [segmentsStage, sentencesStage, datesStage]) {
    stage.run(article, { options: {}, resources: undefined, report: (message) => article.messages.push({ ...message, stage: stage.name }) });
  }
  return article;
}

/** [text, value] of every date found in a one-paragraph text, resolved against `referenceDate`. */
export function valuesOf(text: string, referenceDate = '2025-12-20'): Array<[string, string | null]> {
  return analyse(`Some title\n\n${text}\n`, referenceDate).dates.map((date) => [date.text, date.value]);
}

/** The one date of a text, with every field. */
export function onlyDate(text: string, referenceDate = '2025-12-20') {
  const dates = analyse(`Some title\n\n${text}\n`, referenceDate).dates;
  if (dates.length !== 1) throw new Error(`expected one date in '${text}', found ${JSON.stringify(dates.map((d) => d.text))}`);
  return dates[0];
}
