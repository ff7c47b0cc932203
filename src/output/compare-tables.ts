import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ArticleJson } from './article-json.js';
import { writeFileAtomic } from './atomic.js';
import { csvCell } from './csv.js';
import { firstDay, type Column } from './tables.js';
import type { Sheet } from './xlsx.js';

/**
 * `dossier compare`: how each entity appears across the articles of a run. Articles are read one at
 * a time and only what the tables need is kept, so a large run is never held in memory.
 */

export interface ArticleInfo {
  id: string;
  title: string | null;
  /** metadata.date, else the reference date; null when the article has neither. */
  date: string | null;
  /** The first day `date` covers (2025-12 -> 2025-12-01), for ordering; null when undated. */
  day: string | null;
}

export interface EntityInArticle {
  entityId: string;
  name: string;
  type: string;
  article: ArticleInfo;
  mentions: number;
  firstOffset: number;
  sentimentScore: number | null;
  sentimentLabel: string | null;
}

export interface EntityFact {
  entityId: string;
  name: string;
  type: string;
  article: ArticleInfo;
  fact: 'figure' | 'date';
  kind: string;
  text: string;
  start: number;
  value: number | null;
  unit: string | null;
  dateValue: string | null;
  sentence: string;
}

export interface EntitySummary {
  entityId: string;
  name: string;
  type: string;
  articles: number;
  mentions: number;
  /** Mean of the per-article sentiment scores the entity has. */
  sentimentMean: number | null;
  first: ArticleInfo | null;
  last: ArticleInfo | null;
  /** Whether the entity is new since --since or --since-run; null when neither was asked. */
  isNew: boolean | null;
}

export interface NewSince {
  /** Entities first seen (by article date) on or after this date are new. */
  date?: string;
  /** Entities absent from every article of another run are new. */
  knownIds?: ReadonlySet<string>;
}

export interface Comparison {
  /** In date order, undated articles last, then by id. */
  articles: ArticleInfo[];
  /** By number of articles, then mentions, then name. */
  entities: EntitySummary[];
  entityArticles: EntityInArticle[];
  entityFacts: EntityFact[];
  since: NewSince | null;
}

export async function compareArticles(articles: AsyncIterable<ArticleJson> | Iterable<ArticleJson>, since: NewSince | null = null): Promise<Comparison> {
  const infos: ArticleInfo[] = [];
  const entityArticles: EntityInArticle[] = [];
  const entityFacts: EntityFact[] = [];
  for await (const article of articles) {
    const info = articleInfo(article);
    infos.push(info);
    for (const entity of article.entities) {
      entityArticles.push({
        entityId: entity.id,
        name: entity.name,
        type: entity.type,
        article: info,
        mentions: entity.mentions.length,
        firstOffset: entity.mentions.reduce((min, m) => Math.min(min, m.start), entity.mentions[0]?.start ?? 0),
        sentimentScore: entity.sentiment?.score ?? null,
        sentimentLabel: entity.sentiment?.label ?? null,
      });
    }
    entityFacts.push(...factsNearEntities(article, info));
  }
  infos.sort(byDate);
  const rank = new Map(infos.map((info, index) => [info, index]));
  entityArticles.sort((a, b) => compareText(a.entityId, b.entityId) || rank.get(a.article)! - rank.get(b.article)!);
  entityFacts.sort((a, b) => compareText(a.entityId, b.entityId) || rank.get(a.article)! - rank.get(b.article)! || a.start - b.start || compareText(a.fact, b.fact));
  return { articles: infos, entities: summarise(entityArticles, since), entityArticles, entityFacts, since };
}

function articleInfo(article: ArticleJson): ArticleInfo {
  const date = article.metadata.date ?? article.referenceDate.value ?? null;
  const title = article.metadata.title ?? null;
  return { id: article.id, title, date, day: firstDay(date) ?? null };
}

/** Figures and dates that stand in a sentence mentioning the entity. */
function factsNearEntities(article: ArticleJson, info: ArticleInfo): EntityFact[] {
  const inSentence = new Map<number, ArticleJson['entities']>();
  for (const entity of article.entities) {
    const sentences = new Set(entity.mentions.map((mention) => sentenceAt(article.sentences, mention.start)).filter((index) => index >= 0));
    for (const index of sentences) {
      const list = inSentence.get(index);
      if (list) list.push(entity);
      else inSentence.set(index, [entity]);
    }
  }
  const sentenceText = (index: number) => {
    const sentence = article.sentences[index];
    return sentence ? article.text.slice(sentence.start, sentence.end) : '';
  };
  const rows: EntityFact[] = [];
  const base = (entity: ArticleJson['entities'][number]) => ({ entityId: entity.id, name: entity.name, type: entity.type, article: info });
  for (const figure of article.figures) {
    for (const entity of inSentence.get(figure.sentence) ?? []) {
      rows.push({ ...base(entity), fact: 'figure', kind: figure.kind, text: figure.text, start: figure.start, value: figure.value, unit: figure.unit, dateValue: null, sentence: sentenceText(figure.sentence) });
    }
  }
  for (const date of article.dates) {
    for (const entity of inSentence.get(date.sentence) ?? []) {
      rows.push({ ...base(entity), fact: 'date', kind: date.kind, text: date.text, start: date.start, value: null, unit: null, dateValue: date.value, sentence: sentenceText(date.sentence) });
    }
  }
  return rows;
}

/** Index of the sentence containing the offset, or -1 (sentences are sorted and do not overlap). */
function sentenceAt(sentences: ArticleJson['sentences'], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

function summarise(rows: EntityInArticle[], since: NewSince | null): EntitySummary[] {
  const groups = new Map<string, EntityInArticle[]>();
  for (const row of rows) {
    const group = groups.get(row.entityId);
    if (group) group.push(row);
    else groups.set(row.entityId, [row]);
  }
  const summaries = [...groups.values()].map((group): EntitySummary => {
    // Rows are in article date order already.
    const dated = group.filter((row) => row.article.day !== null);
    const scores = group.map((row) => row.sentimentScore).filter((score): score is number => score !== null);
    const first = dated[0]?.article ?? null;
    return {
      entityId: group[0]!.entityId,
      name: group[0]!.name,
      type: group[0]!.type,
      articles: group.length,
      mentions: group.reduce((sum, row) => sum + row.mentions, 0),
      sentimentMean: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1e4) / 1e4 : null,
      first,
      last: dated[dated.length - 1]?.article ?? null,
      isNew: since ? isNew(group[0]!.entityId, first, since) : null,
    };
  });
  return summaries.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compareText(a.name, b.name) || compareText(a.entityId, b.entityId));
}

function isNew(entityId: string, first: ArticleInfo | null, since: NewSince): boolean {
  if (since.knownIds && since.knownIds.has(entityId)) return false;
  // An entity seen only in undated articles cannot be placed after a date.
  if (since.date !== undefined) return first?.day !== null && first?.day !== undefined && first.day >= (firstDay(since.date) ?? since.date);
  return true;
}

function byDate(a: ArticleInfo, b: ArticleInfo): number {
  if (a.day !== b.day) return a.day === null ? 1 : b.day === null ? -1 : compareText(a.day, b.day);
  return compareText(a.id, b.id);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Columns<T> = Column<T>[];

const entityColumns: Columns<{ entityId: string; name: string; type: string }> = [
  { name: 'entity_id', type: 'text', doc: 'Stable entity id', value: (r) => r.entityId },
  { name: 'name', type: 'text', doc: 'Canonical name', value: (r) => r.name },
  { name: 'type', type: 'text', doc: 'Entity type', value: (r) => r.type },
];

const articleColumns: Columns<{ article: ArticleInfo }> = [
  { name: 'article_id', type: 'text', doc: 'Article id', value: (r) => r.article.id },
  { name: 'article_date', type: 'date', doc: 'Publication date, else the reference date', value: (r) => r.article.day },
];

/** The comparison as tables: the same description serves the CSV files and the workbook. */
export function comparisonSheets(comparison: Comparison): Sheet[] {
  const sheets: Sheet[] = [
    {
      name: 'entities',
      columns: [
        ...entityColumns,
        { name: 'articles', type: 'integer', doc: 'Articles mentioning it', value: (r: EntitySummary) => r.articles },
        { name: 'mentions', type: 'integer', doc: 'Mentions in all articles', value: (r: EntitySummary) => r.mentions },
        { name: 'sentiment_mean', type: 'number', doc: 'Mean sentiment towards it over the articles', value: (r: EntitySummary) => r.sentimentMean },
        { name: 'first_date', type: 'date', doc: 'Date of the earliest dated article mentioning it', value: (r: EntitySummary) => r.first?.day },
        { name: 'first_article', type: 'text', doc: 'That article', value: (r: EntitySummary) => r.first?.id },
        { name: 'last_date', type: 'date', doc: 'Date of the latest dated article mentioning it', value: (r: EntitySummary) => r.last?.day },
        { name: 'last_article', type: 'text', doc: 'That article', value: (r: EntitySummary) => r.last?.id },
        ...(comparison.since ? [{ name: 'new', type: 'boolean', doc: 'New since --since or --since-run', value: (r: EntitySummary) => r.isNew } as Column<EntitySummary>] : []),
      ],
      rows: comparison.entities,
    },
    {
      name: 'entity_articles',
      columns: [
        ...entityColumns,
        ...articleColumns,
        { name: 'mentions', type: 'integer', doc: 'Mentions in the article', value: (r: EntityInArticle) => r.mentions },
        { name: 'first_offset', type: 'integer', doc: 'Offset of the first mention', value: (r: EntityInArticle) => r.firstOffset },
        { name: 'sentiment_score', type: 'number', doc: 'How the article speaks of it, in [-1, 1]', value: (r: EntityInArticle) => r.sentimentScore },
        { name: 'sentiment_label', type: 'text', doc: 'negative, neutral or positive', value: (r: EntityInArticle) => r.sentimentLabel },
      ],
      rows: comparison.entityArticles,
    },
    matrix('entity_mentions', comparison, 'integer', (row) => row.mentions),
    matrix('entity_sentiment', comparison, 'number', (row) => row.sentimentScore),
    {
      name: 'entity_facts',
      columns: [
        ...entityColumns,
        ...articleColumns,
        { name: 'fact', type: 'text', doc: 'figure or date', value: (r: EntityFact) => r.fact },
        { name: 'kind', type: 'text', doc: 'Kind of figure or date', value: (r: EntityFact) => r.kind },
        { name: 'text', type: 'text', doc: 'As written', value: (r: EntityFact) => r.text },
        { name: 'value', type: 'number', doc: 'Value of a figure', value: (r: EntityFact) => r.value },
        { name: 'unit', type: 'text', doc: 'Unit of a figure', value: (r: EntityFact) => r.unit },
        { name: 'date_value', type: 'text', doc: 'EDTF value of a date', value: (r: EntityFact) => r.dateValue },
        { name: 'start_date', type: 'date', doc: 'First day a date covers', value: (r: EntityFact) => firstDay(r.dateValue) },
        { name: 'sentence', type: 'text', doc: 'The sentence naming the entity and stating the fact', value: (r: EntityFact) => r.sentence },
      ],
      rows: comparison.entityFacts,
    },
  ];
  if (comparison.since) {
    sheets.push({ name: 'new_entities', columns: sheets[0]!.columns.filter((c) => c.name !== 'new'), rows: comparison.entities.filter((e) => e.isNew) });
  }
  return sheets;
}

/** Entities down, articles (in date order) across: one cell per entity and article. */
function matrix(name: string, comparison: Comparison, type: 'integer' | 'number', cell: (row: EntityInArticle) => number | null): Sheet {
  const byEntity = new Map<string, Map<string, EntityInArticle>>();
  for (const row of comparison.entityArticles) {
    if (!byEntity.has(row.entityId)) byEntity.set(row.entityId, new Map());
    byEntity.get(row.entityId)!.set(row.article.id, row);
  }
  const empty = type === 'integer' ? 0 : null;
  return {
    name,
    columns: [
      ...entityColumns,
      ...comparison.articles.map(
        (article): Column<EntitySummary> => ({
          name: article.id,
          type,
          doc: `${article.title ?? article.id}${article.date ? `, ${article.date}` : ''}`,
          value: (r) => {
            const row = byEntity.get(r.entityId)?.get(article.id);
            return row ? cell(row) : empty;
          },
        }),
      ),
    ],
    rows: comparison.entities,
  };
}

/** Writes each sheet as `<dir>/<name>.csv`; returns the paths written. */
export async function writeComparisonCsv(dir: string, sheets: Sheet[], excel = false): Promise<string[]> {
  const paths: string[] = [];
  for (const sheet of sheets) {
    const lines = [sheet.columns.map((column) => csvCell({ ...column, type: 'text' }, column.name))];
    for (const row of sheet.rows) lines.push(sheet.columns.map((column) => csvCell(column, column.value(row))));
    const path = join(dir, `${sheet.name}.csv`);
    await writeFileAtomic(path, stringify(lines, { bom: excel, record_delimiter: 'unix' }));
    paths.push(path);
  }
  return paths;
}
