import type { ArticleJson } from '../output/article-json.js';

/** A value compared between runs. */
export type FieldValue = string | number | boolean | null;

/** One fact of an article as diff sees it: what identifies it, where it stands and what is compared. */
export interface Fact {
  /** Identity without position: an entity's id, or a figure's kind, value and unit with its sentence's text. */
  key: string;
  /** Where the fact stands in the text, for facts that have a place. */
  start?: number;
  end?: number;
  /** The compared fields, by the column names of the CSV tables. */
  fields: Record<string, FieldValue>;
  /** How people recognise it in a report: the text as written, or a name. */
  label: string;
  /**
   * Fields that point at another fact of the same table: equal when the two point at facts that were
   * matched to each other, so that editing the other fact does not change this one too.
   */
  refs?: Record<string, Fact>;
}

/** A kind of fact, named after the CSV table that lists it. */
export interface FactTable {
  name: string;
  /** Singular, for reports ('figure'). */
  noun: string;
  /** Whether facts have a place in the text (matched by place), or only an identity (matched by key). */
  positional: boolean;
  /** The compared fields, in report order. */
  fields: readonly string[];
  /** Fields that only say where the fact's edges are: compared only when the edges moved. */
  edgeFields?: readonly string[];
  facts(article: ArticleJson): Fact[];
}

const sentenceText = (article: ArticleJson, index: number): string => {
  const sentence = article.sentences[index];
  return sentence ? article.text.slice(sentence.start, sentence.end) : '';
};

const orNull = (value: FieldValue | undefined): FieldValue => value ?? null;

/** The fact tables in report order; every table of output/tables.ts except sentence-free structure. */
export const FACT_TABLES: FactTable[] = [
  {
    name: 'articles',
    noun: 'article',
    positional: false,
    fields: ['title', 'date', 'reference_date', 'reference_date_source', 'url', 'source', 'author', 'author_handle', 'sentiment_score', 'sentiment_label'],
    facts: (article) => [
      {
        key: 'article',
        label: article.metadata.title ?? article.id,
        fields: {
          title: orNull(article.metadata.title),
          date: orNull(article.metadata.date),
          reference_date: article.referenceDate.value,
          reference_date_source: article.referenceDate.source,
          url: orNull(article.metadata.url),
          source: orNull(article.metadata.source),
          author: orNull(article.metadata.author),
          author_handle: orNull(article.metadata.authorHandle),
          sentiment_score: article.sentiment.article.score,
          sentiment_label: article.sentiment.article.label,
        },
      },
    ],
  },
  {
    name: 'entities',
    noun: 'entity',
    positional: false,
    fields: ['name', 'type', 'roles', 'sentiment_score', 'sentiment_label'],
    facts: (article) =>
      article.entities.map((entity) => ({
        key: entity.id,
        label: entity.name,
        fields: {
          name: entity.name,
          type: entity.type,
          roles: entity.roles?.join('; ') ?? null,
          sentiment_score: entity.sentiment?.score ?? null,
          sentiment_label: entity.sentiment?.label ?? null,
        },
      })),
  },
  {
    name: 'mentions',
    noun: 'mention',
    positional: true,
    fields: ['entity_id', 'text'],
    facts: (article) =>
      article.entities.flatMap((entity) =>
        entity.mentions.map((mention) => ({
          key: `${entity.id}\u0000${mention.text}`,
          start: mention.start,
          end: mention.end,
          label: `${mention.text} → ${entity.name}`,
          fields: { entity_id: entity.id, text: mention.text },
        })),
      ),
  },
  {
    name: 'figures',
    noun: 'figure',
    positional: true,
    fields: ['kind', 'value', 'value_high', 'unit', 'qualifier', 'subject', 'equivalent_of', 'text'],
    facts: (article) => {
      const facts: Fact[] = article.figures.map((figure) => ({
        key: [figure.kind, figure.value, figure.unit, figure.text, sentenceText(article, figure.sentence)].join('\u0000'),
        start: figure.start,
        end: figure.end,
        label: figure.text,
        fields: {
          kind: figure.kind,
          value: figure.value,
          value_high: orNull(figure.valueHigh),
          unit: figure.unit,
          qualifier: orNull(figure.qualifier),
          subject: orNull(figure.subject),
          // Shown as the other figure's text: indices shift when figures are added above.
          equivalent_of: figure.equivalentOf === undefined ? null : (article.figures[figure.equivalentOf]?.text ?? null),
          text: figure.text,
        },
      }));
      article.figures.forEach((figure, index) => {
        const other = figure.equivalentOf === undefined ? undefined : facts[figure.equivalentOf];
        if (other) facts[index]!.refs = { equivalent_of: other };
      });
      return facts;
    },
  },
  {
    name: 'dates',
    noun: 'date',
    positional: true,
    fields: ['kind', 'value', 'relative', 'qualifier', 'text'],
    facts: (article) =>
      article.dates.map((date) => ({
        key: [date.kind, date.value, date.text, sentenceText(article, date.sentence)].join('\u0000'),
        start: date.start,
        end: date.end,
        label: date.text,
        fields: { kind: date.kind, value: date.value, relative: date.relative, qualifier: orNull(date.qualifier), text: date.text },
      })),
  },
  {
    name: 'quotes',
    noun: 'quote',
    positional: true,
    fields: ['speaker', 'speaker_entity_id', 'text'],
    facts: (article) =>
      article.quotes.map((quote) => ({
        key: [quote.speakerId ?? quote.speaker, quote.text].join('\u0000'),
        start: quote.start,
        end: quote.end,
        label: quote.text,
        fields: { speaker: quote.speaker, speaker_entity_id: quote.speakerId, text: quote.text },
      })),
  },
  {
    name: 'sentences',
    noun: 'sentence',
    positional: true,
    fields: ['segment_kind', 'sentiment_score', 'sentiment_label', 'text'],
    edgeFields: ['text'],
    facts: (article) =>
      article.sentences.map((sentence) => {
        const text = article.text.slice(sentence.start, sentence.end);
        return {
          key: text,
          start: sentence.start,
          end: sentence.end,
          label: text,
          fields: {
            segment_kind: article.segments[sentence.segment]?.kind ?? null,
            sentiment_score: sentence.sentiment?.score ?? null,
            sentiment_label: sentence.sentiment?.label ?? null,
            text,
          },
        };
      }),
  },
  {
    name: 'comments',
    noun: 'comment',
    positional: true,
    fields: ['sentiment_score', 'sentiment_label', 'sarcasm', 'text'],
    facts: (article) =>
      article.comments.map((comment) => ({
        key: comment.text,
        start: comment.start,
        end: comment.end,
        label: comment.text,
        fields: { sentiment_score: comment.sentiment.score, sentiment_label: comment.sentiment.label, sarcasm: comment.sarcasm ?? false, text: comment.text },
      })),
  },
];

