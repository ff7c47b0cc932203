// The Article and its layers: the output contract of ../shared/eval/README.md plus Dossier's own
// fields. Written once here and shared by the stages, the writers, the JSON Schema and the tests.

/** A span of `Article.text`: JavaScript string indices (UTF-16 code units), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type SegmentKind = 'title' | 'heading' | 'paragraph' | 'list_item' | 'trailer' | 'comment';

export interface Segment extends Span {
  kind: SegmentKind;
}

/** The segments that are the article's own text: the trailer and reader comments are not, and never feed its facts. */
export const BODY_SEGMENT_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['title', 'heading', 'paragraph', 'list_item']);

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, emoji, currency, symbol, … */
  type: string;
  lemma: string;
  /** Index into `Article.sentences`. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Index into `Article.segments`. */
  segment: number;
  /** First and one-past-last index into `Article.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  sentiment?: Sentiment;
}

/** OntoNotes 5 entity labels. */
export type EntityType =
  | 'PERSON'
  | 'NORP'
  | 'FAC'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'PRODUCT'
  | 'EVENT'
  | 'WORK_OF_ART'
  | 'LAW'
  | 'LANGUAGE';

export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'NORP',
  'FAC',
  'ORG',
  'GPE',
  'LOC',
  'PRODUCT',
  'EVENT',
  'WORK_OF_ART',
  'LAW',
  'LANGUAGE',
];

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  /** Stable across articles: derived from the canonical name and the type only. */
  id: string;
  /** Canonical name ('Sanae Takaichi' for 'Takaichi'). */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** Titles seen with a person ('Prime Minister'), kept apart from the name. */
  roles?: string[];
  sentiment?: Sentiment;
}

export type FigureKind = 'money' | 'percent' | 'count' | 'quantity';
export type Qualifier = 'about' | 'less_than' | 'more_than' | 'at_least' | 'up_to' | 'at_most';

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  /** The full value as a plain number (3 trillion yen -> 3000000000000); the low end of a range. */
  value: number;
  /** ISO 4217 code for money, '%' for percent, the counted noun or the measure otherwise. */
  unit: string;
  /** The high end, where the text gives a range ('$3-5 billion'). */
  valueHigh?: number;
  qualifier?: Qualifier;
  /** The short phrase the figure is about, where the sentence says it. */
  subject?: string;
  /** Index into `Article.figures` of the same amount in another unit ('3 trillion yen (US$19 billion)'). */
  equivalentOf?: number;
  /** Index into `Article.sentences`. */
  sentence: number;
}

export type DateKind = 'date' | 'range' | 'duration' | 'set' | 'time';

export interface DateMention extends Span {
  text: string;
  kind: DateKind;
  /** EDTF / ISO 8601-2: 2025-12-20, 2025-12, 2026, 2004/2022, 2005/.., P5Y; null when it cannot be resolved. */
  value: string | null;
  /** True when the value depends on the reference date ('last October'). */
  relative: boolean;
  qualifier?: Qualifier;
  sentence: number;
}

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Canonical name of who said it, or the phrase naming a source that is not an entity. */
  speaker: string | null;
  /** `Entity.id` of the speaker when the speaker is an entity. */
  speakerId: string | null;
  sentence: number;
}

export interface Comment extends Span {
  text: string;
  sentiment: Sentiment;
  /** Likely sarcasm or mockery: flagged rather than silently flipping the score. */
  sarcasm?: boolean;
}

export type ReferenceDateSource = 'metadata' | 'option' | 'inferred' | 'none';

export interface ReferenceDate {
  /** 2025-12-20, 2025-12 or 2025; null when none is known. */
  value: string | null;
  source: ReferenceDateSource;
}

export interface ArticleMetadata {
  title?: string;
  /** Publication date from front matter, ISO 8601. */
  date?: string;
  url?: string;
  source?: string;
  author?: string;
  /** The author's handle found in the trailer ('@ScottFo83517667'). */
  authorHandle?: string;
}

export type Severity = 'warning' | 'error';

/** A warning or error raised while reading or analysing an article, like unified's VMessage. */
export interface Message {
  severity: Severity;
  /** The stage that raised it, or 'input' for reading and parsing the file. */
  stage: string;
  reason: string;
  /** Offset into `Article.text`, where there is one. */
  start?: number;
  /** 1-based line in the source file, where there is one. */
  line?: number;
}

export interface ArticleSentiment {
  article: Sentiment;
  /** One per paragraph-like segment (title, heading, paragraph, list item), by segment index. */
  segments: Array<{ segment: number } & Sentiment>;
}

export interface Article {
  id: string;
  /** The file's content with the front matter removed and line endings normalised to \n. */
  text: string;
  metadata: ArticleMetadata;
  referenceDate: ReferenceDate;
  /** Comments given in front matter are appended to `text` after the body; see README. */
  segments: Segment[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  figures: Figure[];
  dates: DateMention[];
  quotes: Quote[];
  comments: Comment[];
  sentiment: ArticleSentiment;
  messages: Message[];
  /** Where the reader comments given in front matter were appended to `text`. */
  frontMatterComments: Span[];
}

/** The layers a stage can need or assign. */
export type Layer =
  | 'segments'
  | 'sentences'
  | 'tokens'
  | 'entities'
  | 'figures'
  | 'dates'
  | 'referenceDate'
  | 'quotes'
  | 'comments'
  | 'sentiment';
