import type { ArticleJson } from './article-json.js';

/**
 * The corpus-wide tables: one description per table, from which the CSV writer, the xlsx writer and
 * the README's column list all come. Rows are produced per article, in a stable order.
 */
export interface Column<Row> {
  name: string;
  type: 'text' | 'number' | 'integer' | 'date' | 'boolean';
  doc: string;
  value(row: Row): string | number | boolean | null | undefined;
}

export interface Table<Row = any> {
  name: string;
  doc: string;
  columns: Column<Row>[];
  rows(article: ArticleJson): Row[];
}

const sentenceText = (article: ArticleJson, index: number) => {
  const sentence = article.sentences[index];
  return sentence ? article.text.slice(sentence.start, sentence.end) : '';
};

const articleColumn = { name: 'article_id', type: 'text', doc: 'The article id (front matter `id`, else the file name)', value: (r: { article: ArticleJson }) => r.article.id } as const;

type With<T> = T & { article: ArticleJson };

export const TABLES: Table[] = [
  {
    name: 'articles',
    doc: 'One row per article.',
    rows: (article) => [{ article }],
    columns: [
      articleColumn,
      { name: 'title', type: 'text', doc: 'Front matter title, else the title segment', value: (r) => r.article.metadata.title ?? titleOf(r.article) },
      { name: 'date', type: 'date', doc: 'Publication date from front matter', value: (r) => r.article.metadata.date },
      { name: 'reference_date', type: 'text', doc: 'Date relative dates were resolved against', value: (r) => r.article.referenceDate.value },
      { name: 'reference_date_source', type: 'text', doc: 'metadata, option, inferred or none', value: (r) => r.article.referenceDate.source },
      { name: 'url', type: 'text', doc: 'Front matter url', value: (r) => r.article.metadata.url },
      { name: 'source', type: 'text', doc: 'Front matter source', value: (r) => r.article.metadata.source },
      { name: 'author', type: 'text', doc: 'Front matter author', value: (r) => r.article.metadata.author },
      { name: 'author_handle', type: 'text', doc: 'Handle found in the trailer', value: (r) => r.article.metadata.authorHandle },
      { name: 'characters', type: 'integer', doc: 'Length of the text', value: (r) => r.article.text.length },
      { name: 'sentences', type: 'integer', doc: 'Number of sentences', value: (r) => r.article.sentences.length },
      { name: 'entities', type: 'integer', doc: 'Number of distinct entities', value: (r) => r.article.entities.length },
      { name: 'figures', type: 'integer', doc: 'Number of figures', value: (r) => r.article.figures.length },
      { name: 'dates', type: 'integer', doc: 'Number of dates', value: (r) => r.article.dates.length },
      { name: 'quotes', type: 'integer', doc: 'Number of quotes', value: (r) => r.article.quotes.length },
      { name: 'comments', type: 'integer', doc: 'Number of reader comments', value: (r) => r.article.comments.length },
      { name: 'sentiment_score', type: 'number', doc: 'Sentiment of the article body in [-1, 1]', value: (r) => r.article.sentiment.article.score },
      { name: 'sentiment_label', type: 'text', doc: 'negative, neutral or positive', value: (r) => r.article.sentiment.article.label },
      { name: 'warnings', type: 'integer', doc: 'Number of warnings raised by the stages', value: (r) => r.article.messages.length },
    ],
  },
  {
    name: 'entities',
    doc: 'One row per entity per article.',
    rows: (article) => article.entities.map((entity) => ({ article, ...entity })),
    columns: [
      articleColumn,
      { name: 'entity_id', type: 'text', doc: 'Stable id: the same canonical name and type give the same id in every article', value: (r: With<ArticleJson['entities'][number]>) => r.id },
      { name: 'name', type: 'text', doc: 'Canonical name', value: (r: With<ArticleJson['entities'][number]>) => r.name },
      { name: 'type', type: 'text', doc: 'OntoNotes type (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, …)', value: (r: With<ArticleJson['entities'][number]>) => r.type },
      { name: 'roles', type: 'text', doc: "Titles seen with the entity ('Prime Minister'), separated by '; '", value: (r: With<ArticleJson['entities'][number]>) => r.roles?.join('; ') },
      { name: 'mentions', type: 'integer', doc: 'Number of mentions', value: (r: With<ArticleJson['entities'][number]>) => r.mentions.length },
      { name: 'first_offset', type: 'integer', doc: 'Offset of the first mention in the text', value: (r: With<ArticleJson['entities'][number]>) => r.mentions[0]?.start },
      { name: 'surface_forms', type: 'text', doc: "Distinct mention texts, separated by ' | '", value: (r: With<ArticleJson['entities'][number]>) => [...new Set(r.mentions.map((m) => m.text))].join(' | ') },
      { name: 'sentiment_score', type: 'number', doc: 'How the article speaks of the entity, in [-1, 1]', value: (r: With<ArticleJson['entities'][number]>) => r.sentiment?.score },
      { name: 'sentiment_label', type: 'text', doc: 'negative, neutral or positive', value: (r: With<ArticleJson['entities'][number]>) => r.sentiment?.label },
    ],
  },
  {
    name: 'mentions',
    doc: 'One row per entity mention.',
    rows: (article) =>
      article.entities
        .flatMap((entity) => entity.mentions.map((mention) => ({ article, entity, ...mention })))
        .sort((a, b) => a.start - b.start || a.end - b.end),
    columns: [
      articleColumn,
      { name: 'entity_id', type: 'text', doc: 'Entity id', value: (r: any) => r.entity.id },
      { name: 'name', type: 'text', doc: 'Canonical name of the entity', value: (r: any) => r.entity.name },
      { name: 'type', type: 'text', doc: 'Entity type', value: (r: any) => r.entity.type },
      { name: 'start', type: 'integer', doc: 'Start offset in the text (UTF-16 code units)', value: (r: any) => r.start },
      { name: 'end', type: 'integer', doc: 'End offset, exclusive', value: (r: any) => r.end },
      { name: 'text', type: 'text', doc: 'The mention as written', value: (r: any) => r.text },
    ],
  },
  {
    name: 'figures',
    doc: 'One row per figure (money, percentage, count, quantity).',
    rows: (article) => article.figures.map((figure, index) => ({ article, index, ...figure })),
    columns: [
      articleColumn,
      { name: 'figure_index', type: 'integer', doc: 'Position of the figure in the article (0-based)', value: (r: any) => r.index },
      { name: 'kind', type: 'text', doc: 'money, percent, count or quantity', value: (r: any) => r.kind },
      { name: 'value', type: 'number', doc: 'Full value as a plain number (3 trillion yen = 3000000000000); the low end of a range', value: (r: any) => r.value },
      { name: 'value_high', type: 'number', doc: 'High end of a range', value: (r: any) => r.valueHigh },
      { name: 'unit', type: 'text', doc: "ISO 4217 code, '%', the counted noun or the measure", value: (r: any) => r.unit },
      { name: 'qualifier', type: 'text', doc: 'about, less_than, more_than, at_least, up_to, at_most', value: (r: any) => r.qualifier },
      { name: 'subject', type: 'text', doc: 'What the figure measures, where the sentence says it', value: (r: any) => r.subject },
      { name: 'equivalent_of', type: 'integer', doc: 'figure_index of the same amount in another unit', value: (r: any) => r.equivalentOf },
      { name: 'text', type: 'text', doc: 'The figure as written', value: (r: any) => r.text },
      { name: 'start', type: 'integer', doc: 'Start offset', value: (r: any) => r.start },
      { name: 'end', type: 'integer', doc: 'End offset, exclusive', value: (r: any) => r.end },
      { name: 'sentence', type: 'text', doc: 'The sentence it stands in', value: (r: any) => sentenceText(r.article, r.sentence) },
    ],
  },
  {
    name: 'dates',
    doc: 'One row per date, range, duration, set or time.',
    rows: (article) => article.dates.map((date, index) => ({ article, index, ...date })),
    columns: [
      articleColumn,
      { name: 'date_index', type: 'integer', doc: 'Position of the date in the article (0-based)', value: (r: any) => r.index },
      { name: 'kind', type: 'text', doc: 'date, range, duration, set or time', value: (r: any) => r.kind },
      { name: 'value', type: 'text', doc: 'EDTF value (2025-12-20, 2025-12, 2004/2022, 2005/.., P5Y); sorts as text', value: (r: any) => r.value },
      { name: 'start_date', type: 'date', doc: 'First day the value covers (YYYY-MM-DD), for sorting and filtering', value: (r: any) => firstDay(r.value) },
      { name: 'relative', type: 'boolean', doc: 'true when resolved against the reference date', value: (r: any) => r.relative },
      { name: 'qualifier', type: 'text', doc: 'about, less_than, more_than, …', value: (r: any) => r.qualifier },
      { name: 'text', type: 'text', doc: 'The date as written', value: (r: any) => r.text },
      { name: 'start', type: 'integer', doc: 'Start offset', value: (r: any) => r.start },
      { name: 'end', type: 'integer', doc: 'End offset, exclusive', value: (r: any) => r.end },
      { name: 'sentence', type: 'text', doc: 'The sentence it stands in', value: (r: any) => sentenceText(r.article, r.sentence) },
    ],
  },
  {
    name: 'quotes',
    doc: 'One row per quote.',
    rows: (article) => article.quotes.map((quote, index) => ({ article, index, ...quote })),
    columns: [
      articleColumn,
      { name: 'quote_index', type: 'integer', doc: 'Position of the quote in the article (0-based)', value: (r: any) => r.index },
      { name: 'speaker', type: 'text', doc: 'Canonical name of the speaker, or the phrase naming the source', value: (r: any) => r.speaker },
      { name: 'speaker_entity_id', type: 'text', doc: 'Entity id of the speaker, when the speaker is an entity', value: (r: any) => r.speakerId },
      { name: 'text', type: 'text', doc: 'The quoted words', value: (r: any) => r.text },
      { name: 'start', type: 'integer', doc: 'Start offset', value: (r: any) => r.start },
      { name: 'end', type: 'integer', doc: 'End offset, exclusive', value: (r: any) => r.end },
      { name: 'sentence', type: 'text', doc: 'The sentence it stands in', value: (r: any) => sentenceText(r.article, r.sentence) },
    ],
  },
  {
    name: 'sentences',
    doc: 'One row per sentence, with its sentiment.',
    rows: (article) => article.sentences.map((sentence, index) => ({ article, index, ...sentence })),
    columns: [
      articleColumn,
      { name: 'sentence_index', type: 'integer', doc: 'Position of the sentence in the article (0-based)', value: (r: any) => r.index },
      { name: 'segment_kind', type: 'text', doc: 'Kind of the segment it belongs to (paragraph, list_item, comment, …)', value: (r: any) => r.article.segments[r.segment]?.kind },
      { name: 'start', type: 'integer', doc: 'Start offset', value: (r: any) => r.start },
      { name: 'end', type: 'integer', doc: 'End offset, exclusive', value: (r: any) => r.end },
      { name: 'sentiment_score', type: 'number', doc: 'Sentiment in [-1, 1]', value: (r: any) => r.sentiment?.score },
      { name: 'sentiment_label', type: 'text', doc: 'negative, neutral or positive', value: (r: any) => r.sentiment?.label },
      { name: 'text', type: 'text', doc: 'The sentence', value: (r: any) => r.article.text.slice(r.start, r.end) },
    ],
  },
  {
    name: 'comments',
    doc: 'One row per reader comment, scored on its own.',
    rows: (article) => article.comments.map((comment, index) => ({ article, index, ...comment })),
    columns: [
      articleColumn,
      { name: 'comment_index', type: 'integer', doc: 'Position of the comment in the article (0-based)', value: (r: any) => r.index },
      { name: 'sentiment_score', type: 'number', doc: 'Sentiment in [-1, 1]', value: (r: any) => r.sentiment.score },
      { name: 'sentiment_label', type: 'text', doc: 'negative, neutral or positive', value: (r: any) => r.sentiment.label },
      { name: 'sarcasm', type: 'boolean', doc: 'true when the comment reads as sarcasm or mockery', value: (r: any) => r.sarcasm ?? false },
      { name: 'text', type: 'text', doc: 'The comment', value: (r: any) => r.text },
      { name: 'start', type: 'integer', doc: 'Start offset', value: (r: any) => r.start },
      { name: 'end', type: 'integer', doc: 'End offset, exclusive', value: (r: any) => r.end },
    ],
  },
];

function titleOf(article: ArticleJson): string | undefined {
  const title = article.segments.find((s) => s.kind === 'title');
  return title && article.text.slice(title.start, title.end).replace(/^#+\s*/, '');
}

const QUARTER_MONTH: Record<string, string> = { Q1: '01', Q2: '04', Q3: '07', Q4: '10', H1: '01', H2: '07' };
// TimeML seasons (SP, SU, FA, WI) and EDTF's season codes 21-24, by the month each starts in.
const SEASON_MONTH: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12', '21': '03', '22': '06', '23': '09', '24': '12' };

/**
 * The first day an EDTF value covers, as YYYY-MM-DD, so that a spreadsheet can sort dates of any precision;
 * undefined for durations, sets, open starts and vague references (PAST_REF).
 */
export function firstDay(value: string | null | undefined): string | undefined {
  const first = value?.split('/')[0];
  if (!first || first.startsWith('P')) return undefined;
  const day = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(first);
  if (day) {
    const month = day[2] ? (SEASON_MONTH[day[2]] ?? day[2]) : '01';
    return Number(month) <= 12 ? `${day[1]}-${month}-${day[3] ?? '01'}` : undefined;
  }
  const part = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(first);
  if (part) return `${part[1]}-${QUARTER_MONTH[part[2]] ?? SEASON_MONTH[part[2]]}-01`;
  const decade = /^(\d{3})$/.exec(first);
  if (decade) return `${decade[1]}0-01-01`;
  const century = /^(\d{2})$/.exec(first);
  return century ? `${century[1]}00-01-01` : undefined;
}
