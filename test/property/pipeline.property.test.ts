import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, InputError } from '../../src/article/create.js';
import type { Article, Span } from '../../src/article/types.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { serializeArticle } from '../../src/output/article-json.js';
import { validateArticleJson } from '../../src/output/schema.js';
import { loadPipeline, type Pipeline } from '../../src/pipeline/definition.js';
import { runPipeline } from '../../src/pipeline/run-article.js';
import { DEFAULT_PIPELINE, temporaryFolder } from '../batch/helpers.js';

// Pieces of text that stages find hard: emoji and flags, combining marks, right-to-left text and
// direction marks, NUL, lone surrogates, quotation marks, markup, and news-like words and figures.
const AWKWARD = [
  '😀', '👩‍👩‍👧', '🇯🇵', 'e\u0301', '\u0301', 'Z\u0351\u0316', 'שלום', 'مرحبا بكم', '\u202E', '\u200F', '\u200B', '\uFEFF',
  '\0', '\uD800', '\uDFFF', '\uDBFF\uDBFF', '“', '”', '"', "'", '‘', '’', '«', '»', '\n', '\n\n', '\r\n', '\r', '\t', ' ', '\u00A0',
  '---', '...', '#', '## ', '- ', '* ', '1. ', '$', '€', '¥', '%', '@', '©', 'Follow me on X: @abc', 'Read more',
  '2025', 'Monday', '20 December', 'last year', 'Tokyo', 'Japan', 'Prime Minister Sanae Takaichi', 'said', 'the',
  '.', ',', ':', '!', '?', '5 percent', '$3 billion', '3 trillion yen', '(US$19 billion)', 'Mr.', 'U.S.',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline(DEFAULT_PIPELINE);
});

/** The article, or undefined when the text is refused as an input (empty, or unclosed front matter): a clear refusal, not a crash. */
function articleOf(content: string): Article | undefined {
  try {
    return createArticle({ path: 'property.txt', content });
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function expectSpanInside(span: Span, length: number, what: string) {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= length, `${what} ${span.start}-${span.end} of ${length}`).toBe(true);
}

describe('the default pipeline on arbitrary Unicode text', () => {
  it('never throws, keeps every offset inside the text, every mention equal to its slice, and writes valid JSON', () => {
    fc.assert(
      fc.property(text, (content) => {
        const article = articleOf(content);
        if (!article) return;
        runPipeline(article, pipeline);
        const { text: body } = article;
        const length = body.length;
        for (const [layer, spans] of Object.entries({
          segments: article.segments,
          sentences: article.sentences,
          tokens: article.tokens,
          figures: article.figures,
          dates: article.dates,
          quotes: article.quotes,
          comments: article.comments,
        })) {
          for (const span of spans as Span[]) expectSpanInside(span, length, layer);
        }
        for (const token of article.tokens) expect(token.text).toBe(body.slice(token.start, token.end));
        for (const entity of article.entities) {
          for (const mention of entity.mentions) {
            expectSpanInside(mention, length, `mention of ${entity.name}`);
            expect(mention.text).toBe(body.slice(mention.start, mention.end));
          }
        }
        for (const item of [...article.figures, ...article.dates]) expect(item.text).toBe(body.slice(item.start, item.end));
        const json = serializeArticle(article);
        expect(validateArticleJson(JSON.parse(json))).toEqual([]);
        expect(JSON.parse(json).text).toBe(body);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a batch of arbitrary files', () => {
  it('never stops: each file is a valid article JSON or a failure naming the file', { timeout: 60_000 }, async () => {
    const bytes = fc.oneof(
      text.map((t) => Buffer.from(t, 'utf8')),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(bytes, { minLength: 1, maxLength: 6 }), async (files) => {
        const input = await temporaryFolder('dossier-property-');
        await Promise.all(files.map((content, i) => writeFile(join(input, `file-${i}.txt`), content)));
        const out = await temporaryFolder();
        const record = await runBatch({ inputs: [input], outDir: out, pipelinePath: DEFAULT_PIPELINE, workers: 0 });
        expect(record.totals.articles).toBe(files.length);
        for (const result of record.articles) {
          if (result.status === 'failed') expect(result.error).toContain(result.path);
        }
        const written = await readdir(join(out, 'articles')).catch(() => []);
        expect(written).toHaveLength(record.totals.succeeded);
        for (const name of written) expect(validateArticleJson(JSON.parse(await readFile(join(out, 'articles', name), 'utf8')))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
