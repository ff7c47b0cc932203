import { BODY_SEGMENT_KINDS, type Article, type Comment } from '../../article/types.js';
import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';
import { readSentences, type SentenceReading } from './analyse.js';
import { entityReadingContext, entitySentiment } from './entities.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { looksSarcastic } from './mockery.js';
import { combine, sentiment } from './score.js';
import { normalise } from './valence.js';


/**
 * Sentiment of every sentence, of each body segment, of the article body, of each reader comment on
 * its own and of each entity. VADER's lexicon and rules, extended for news prose and reader comments.
 */
export const sentimentStage: Stage<Record<string, never>> = {
  name: 'sentiment',
  description: 'sentiment of sentences, segments, the article body, each reader comment and each entity',
  needs: ['sentences', 'tokens', 'entities', 'quotes'],
  assigns: ['sentiment', 'comments'],
  options(raw) {
    rejectUnknownOptions('sentiment', raw, []);
    return {};
  },
  load: () => loadLexicon(),
  run(article, { resources }) {
    const lexicon = resources as Lexicon;
    const readings = readSentences(article, lexicon);
    article.sentences.forEach((sentence, s) => {
      sentence.sentiment = sentiment(normalise(readings[s].sum));
    });
    const bySegment = groupBySegment(article, readings);
    const body: number[] = [];
    const segments: Article['sentiment']['segments'] = [];
    const comments: Comment[] = [];
    article.segments.forEach((segment, index) => {
      const group = bySegment.get(index) ?? [];
      const sums = group.map((reading) => reading.sum);
      if (BODY_SEGMENT_KINDS.has(segment.kind)) {
        body.push(...sums);
        segments.push({ segment: index, ...sentiment(combine(sums)) });
      } else if (segment.kind === 'comment') {
        comments.push(commentOf(article, segment, group, lexicon));
      }
    });
    article.sentiment = { article: sentiment(combine(body)), segments };
    article.comments = comments;
    const entityContext = entityReadingContext(article, readings, lexicon);
    for (const entity of article.entities) entity.sentiment = entitySentiment(entity, entityContext);
  },
};

function groupBySegment(article: Article, readings: readonly SentenceReading[]): Map<number, SentenceReading[]> {
  const bySegment = new Map<number, SentenceReading[]>();
  article.sentences.forEach((sentence, s) => {
    const list = bySegment.get(sentence.segment) ?? [];
    list.push(readings[s]);
    bySegment.set(sentence.segment, list);
  });
  return bySegment;
}

function commentOf(article: Article, segment: { start: number; end: number }, group: readonly SentenceReading[], lexicon: Lexicon): Comment {
  const comment: Comment = {
    start: segment.start,
    end: segment.end,
    text: article.text.slice(segment.start, segment.end),
    sentiment: sentiment(combine(group.map((reading) => reading.sum))),
  };
  const words = group.flatMap((reading) => reading.unit.words);
  const valences = group.flatMap((reading) => reading.valences);
  if (looksSarcastic(words, valences, group.some((reading) => reading.mocked), lexicon)) comment.sarcasm = true;
  return comment;
}
