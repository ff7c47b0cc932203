import { parse as parseYaml } from 'yaml';
import type { Article, ArticleMetadata, Message } from './types.js';

/** A problem with an input file that stops it from being analysed at all. */
export class InputError extends Error {}

export interface RawInput {
  /** Path of the file as the user named it; used in messages and for the default id. */
  path: string;
  /** The decoded file content. */
  content: string;
}

const ID_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}._ -]{0,199}$/u;
const METADATA_KEYS = ['title', 'date', 'url', 'source', 'author'] as const;

/** Builds an empty Article from a file's text: BOM, line endings, front matter and id. */
export function createArticle(input: RawInput, referenceDateOption?: string): Article {
  const normalised = input.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { frontMatter, body } = splitFrontMatter(normalised, input.path);
  const messages: Message[] = [];
  const metadata = readMetadata(frontMatter, input.path);
  if (metadata.date !== undefined) {
    const date = isoDate(metadata.date);
    if (date) metadata.date = date;
    else {
      // An ambiguous or free-form date ('03-02-2009') is not guessed: the reference date is then inferred from the text.
      messages.push({ severity: 'warning', stage: 'input', reason: `front matter 'date' '${metadata.date}' is not an ISO 8601 date such as 2025-12-20; ignored`, line: 1 + frontMatterLine(normalised, 'date') });
      delete metadata.date;
    }
  }
  const id = articleId(frontMatter.id, input.path);
  const comments = readComments(frontMatter.comments, input.path);
  let text = body;
  const frontMatterComments: Array<{ start: number; end: number }> = [];
  if (comments.length) text = body.trimEnd(); // not /\s+$/, which backtracks quadratically over a long run of spaces
  for (const comment of comments) {
    text += '\n\n';
    frontMatterComments.push({ start: text.length, end: text.length + comment.length });
    text += comment;
  }
  if (!text.trim()) throw new InputError(`${input.path}: the article is empty`);
  return {
    id,
    text,
    metadata,
    referenceDate: referenceDateOption
      ? { value: referenceDateOption, source: 'option' }
      : metadata.date
        ? { value: metadata.date, source: 'metadata' }
        : { value: null, source: 'none' },
    segments: [],
    sentences: [],
    tokens: [],
    entities: [],
    figures: [],
    dates: [],
    quotes: [],
    comments: [],
    sentiment: { article: { score: 0, label: 'neutral' }, segments: [] },
    messages,
    frontMatterComments,
  };
}

/** The calendar date of an ISO 8601 date or date-time (2025-12-20, 2025-12, 2025-12-20T10:00Z), else undefined. */
function isoDate(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day && (Number(day) < 1 || Number(day) > new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate())) return undefined;
  return [year, month, day].filter(Boolean).join('-');
}

function frontMatterLine(text: string, key: string): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index < 0 ? 0 : index;
}

function splitFrontMatter(text: string, path: string): { frontMatter: Record<string, unknown>; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text };
  const closing = /^(---|\.\.\.)[ \t]*$/m;
  const afterOpening = text.indexOf('\n') + 1;
  const match = closing.exec(text.slice(afterOpening));
  if (!match) throw new InputError(`${path}: front matter opened with '---' on line 1 is never closed`);
  const yamlText = text.slice(afterOpening, afterOpening + match.index);
  const bodyStart = afterOpening + match.index + match[0].length + 1;
  const body = text.slice(Math.min(bodyStart, text.length));
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlText) ?? {};
  } catch (error) {
    throw new InputError(`${path}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(`${path}: front matter must be a YAML mapping of keys to values`);
  }
  return { frontMatter: parsed as Record<string, unknown>, body };
}

function readMetadata(frontMatter: Record<string, unknown>, path: string): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const key of METADATA_KEYS) {
    const value = frontMatter[key];
    if (value === undefined || value === null) continue;
    if (value instanceof Date) metadata[key] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' || typeof value === 'number') metadata[key] = String(value).trim();
    else throw new InputError(`${path}: front matter '${key}' must be text`);
  }
  return metadata;
}

function readComments(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InputError(`${path}: front matter 'comments' must be a list of texts`);
  return value.map((comment, index) => {
    const text = typeof comment === 'object' && comment !== null && 'text' in comment ? (comment as { text: unknown }).text : comment;
    if (typeof text !== 'string' || !text.trim()) {
      throw new InputError(`${path}: front matter comment ${index + 1} must be a non-empty text`);
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** The id from front matter, else the file name; it becomes a file name, so it is checked strictly. */
export function articleId(fromFrontMatter: unknown, path: string): string {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const raw = fromFrontMatter ?? fileName.replace(/\.(txt|md|markdown)$/i, '');
  const id = String(raw).trim();
  if (!ID_PATTERN.test(id) || id === '..' || id.endsWith(' ')) {
    throw new InputError(
      `${path}: invalid article id '${id}': use letters, digits, '.', '_', '-' and spaces only (no slashes, no leading dot), at most 200 characters`,
    );
  }
  return id;
}
