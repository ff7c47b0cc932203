import type { ArticleJson } from '../../src/output/article-json.js';
import type { DateKind, EntityType, FigureKind, Sentiment } from '../../src/article/types.js';

/** Facts named by their text (the nth occurrence in the article, 0 by default) rather than by offsets. */
export interface ArticleSpec {
  id?: string;
  title?: string;
  date?: string;
  entities?: Array<{ name: string; type: EntityType; mentions: Array<string | [string, number]>; sentiment?: number }>;
  figures?: Array<{ text: string; nth?: number; kind: FigureKind; value: number; unit: string; subject?: string; equivalentOf?: number }>;
  dates?: Array<{ text: string; nth?: number; kind?: DateKind; value: string | null }>;
  quotes?: Array<{ text: string; speaker: string | null }>;
  /** Sentiment per sentence, by sentence index. */
  sentenceScores?: number[];
  articleScore?: number;
}

const sentiment = (score: number): Sentiment => ({ score, label: score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral' });

/** A hand-written article: one segment per line, sentences ending at '. ' or the end of the line. */
export function buildArticle(text: string, spec: ArticleSpec = {}): ArticleJson {
  const segments: ArticleJson['segments'] = [];
  const sentences: ArticleJson['sentences'] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      segments.push({ kind: segments.length === 0 ? 'title' : 'paragraph', start: lineStart, end: lineStart + line.length });
      for (const match of line.matchAll(/[^.!?]+(?:[.!?]+|$)/g)) {
        const leading = match[0].length - match[0].trimStart().length;
        const start = lineStart + match.index + leading;
        const end = lineStart + match.index + match[0].trimEnd().length;
        if (end > start) sentences.push({ start, end, segment: segments.length - 1, tokenStart: 0, tokenEnd: 0, sentiment: sentiment(spec.sentenceScores?.[sentences.length] ?? 0) });
      }
    }
    lineStart += line.length + 1;
  }
  const find = (needle: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`fixture: '${needle}' (occurrence ${nth}) is not in the text`);
    }
    return { start: at, end: at + needle.length, text: needle };
  };
  const sentenceOf = (offset: number) => Math.max(0, sentences.findIndex((s) => s.start <= offset && offset < s.end));
  return {
    schemaVersion: 1,
    id: spec.id ?? 'sample',
    metadata: { ...(spec.title ? { title: spec.title } : {}), ...(spec.date ? { date: spec.date } : {}) },
    referenceDate: spec.date ? { value: spec.date, source: 'metadata' } : { value: null, source: 'none' },
    text,
    segments,
    sentences,
    entities: (spec.entities ?? []).map((e) => ({
      id: `${e.type.toLowerCase()}:${e.name.toLowerCase().replace(/\s+/g, '-')}`,
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => (typeof m === 'string' ? find(m) : find(m[0], m[1]))),
      ...(e.sentiment === undefined ? {} : { sentiment: sentiment(e.sentiment) }),
    })),
    figures: (spec.figures ?? []).map((f) => {
      const span = find(f.text, f.nth);
      return { ...span, kind: f.kind, value: f.value, unit: f.unit, ...(f.subject ? { subject: f.subject } : {}), ...(f.equivalentOf === undefined ? {} : { equivalentOf: f.equivalentOf }), sentence: sentenceOf(span.start) };
    }),
    dates: (spec.dates ?? []).map((d) => {
      const span = find(d.text, d.nth);
      return { ...span, kind: d.kind ?? 'date', value: d.value, relative: false, sentence: sentenceOf(span.start) };
    }),
    quotes: (spec.quotes ?? []).map((q) => {
      const span = find(q.text);
      return { ...span, speaker: q.speaker, speakerId: null, sentence: sentenceOf(span.start) };
    }),
    comments: [],
    sentiment: { article: sentiment(spec.articleScore ?? 0), segments: [] },
    messages: [],
  };
}
