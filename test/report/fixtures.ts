import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleJson } from '../../src/output/article-json.js';

/** The span of the n-th occurrence of `part` in `text`; fails loudly so a fixture cannot drift. */
export function spanOf(text: string, part: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(part, start + 1);
    if (start === -1) throw new Error(`fixture: '${part}' (occurrence ${occurrence}) is not in the text`);
  }
  return { start, end: start + part.length, text: part };
}

/** Segments for each line of the text, with the kinds given by line number (paragraph otherwise). */
export function lineSegments(text: string, kinds: Record<number, ArticleJson['segments'][number]['kind']> = {}): ArticleJson['segments'] {
  const segments: ArticleJson['segments'] = [];
  let start = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim()) segments.push({ kind: kinds[index] ?? 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  });
  return segments;
}

export function emptyArticle(id: string, text: string): ArticleJson {
  return {
    schemaVersion: 1,
    id,
    metadata: {},
    referenceDate: { value: null, source: 'none' },
    text,
    segments: lineSegments(text),
    sentences: [],
    entities: [],
    figures: [],
    dates: [],
    quotes: [],
    comments: [],
    sentiment: { article: { score: 0, label: 'neutral' }, segments: [] },
    messages: [],
  };
}

const SUMMIT_TEXT = [
  'Leaders meet in Tokyo',
  'Prime Minister Sanae Takaichi welcomed the presidents of Kazakhstan and Uzbekistan to Tokyo on December 20, 2025.',
  '“Central Asia matters,” Takaichi said, announcing 3 trillion yen (US$19 billion) of projects over five years.',
  'Meetings of ministers were held between 2004 and 2022.',
  'Follow this writer on X: @writer',
  '',
  'Another nothing burger. 🤣',
].join('\n');

/** A small article with every layer filled in, written by hand. */
export function summitArticle(): ArticleJson {
  const text = SUMMIT_TEXT;
  const article = emptyArticle('summit', text);
  article.metadata = { title: 'Leaders meet in Tokyo', date: '2025-12-21', url: 'https://example.org/summit', authorHandle: '@writer' };
  article.referenceDate = { value: '2025-12-21', source: 'metadata' };
  article.segments = lineSegments(text, { 0: 'title', 4: 'trailer', 6: 'comment' });
  article.entities = [
    { id: 'person:sanae-takaichi', name: 'Sanae Takaichi', type: 'PERSON', roles: ['Prime Minister'], mentions: [spanOf(text, 'Sanae Takaichi'), spanOf(text, 'Takaichi', 1)], sentiment: { score: 0.4, label: 'positive' } },
    { id: 'gpe:tokyo', name: 'Tokyo', type: 'GPE', mentions: [spanOf(text, 'Tokyo'), spanOf(text, 'Tokyo', 1)], sentiment: { score: 0, label: 'neutral' } },
    { id: 'gpe:kazakhstan', name: 'Kazakhstan', type: 'GPE', mentions: [spanOf(text, 'Kazakhstan')] },
    { id: 'gpe:uzbekistan', name: 'Uzbekistan', type: 'GPE', mentions: [spanOf(text, 'Uzbekistan')] },
    { id: 'loc:central-asia', name: 'Central Asia', type: 'LOC', mentions: [spanOf(text, 'Central Asia')], sentiment: { score: 0.6, label: 'positive' } },
  ];
  article.figures = [
    { ...spanOf(text, '3 trillion yen'), kind: 'money', value: 3e12, unit: 'JPY', equivalentOf: 1, sentence: 2 },
    { ...spanOf(text, 'US$19 billion'), kind: 'money', value: 19e9, unit: 'USD', qualifier: 'about', equivalentOf: 0, sentence: 2 },
  ];
  article.dates = [
    { ...spanOf(text, 'December 20, 2025'), kind: 'date', value: '2025-12-20', relative: false, sentence: 1 },
    { ...spanOf(text, 'five years'), kind: 'duration', value: 'P5Y', relative: false, sentence: 2 },
    { ...spanOf(text, 'between 2004 and 2022'), kind: 'range', value: '2004/2022', relative: false, sentence: 3 },
  ];
  article.quotes = [{ ...spanOf(text, 'Central Asia matters,'), speaker: 'Sanae Takaichi', speakerId: 'person:sanae-takaichi', sentence: 2 }];
  article.comments = [{ ...spanOf(text, 'Another nothing burger. 🤣'), sentiment: { score: -0.5, label: 'negative' }, sarcasm: true }];
  article.sentiment = {
    article: { score: 0.2, label: 'positive' },
    segments: [
      { segment: 0, score: 0, label: 'neutral' },
      { segment: 1, score: 0.3, label: 'positive' },
      { segment: 2, score: 0.5, label: 'positive' },
      { segment: 3, score: -0.1, label: 'negative' },
    ],
  };
  article.messages = [{ severity: 'warning', stage: 'dates', reason: 'could not resolve “the latter”', start: 10 }];
  return article;
}

export const HOSTILE_SCRIPT = '<script>window.__pwned = 1; document.title = "pwned"</script>';
export const HOSTILE_IMAGE = '<img src=x onerror="window.__pwned = 2">';
export const HOSTILE_LINK = 'javascript:window.__pwned=3';

/** Every field a reader could control carries markup or a script link. */
export function hostileArticle(): ArticleJson {
  const text = `Hostile <b>bold</b> ${HOSTILE_SCRIPT} and ${HOSTILE_IMAGE}\nClick [here](${HOSTILE_LINK}) or <a href="${HOSTILE_LINK}">there</a> & "quotes" 'too'`;
  const article = emptyArticle('hostile "<id>"', text);
  article.metadata = { title: `<script>window.__pwned = 4</script>Title`, url: HOSTILE_LINK, author: '<i onmouseover="window.__pwned=5">x</i>' };
  article.entities = [
    {
      id: '"><script>window.__pwned=6</script>',
      name: '<script>window.__pwned=7</script>',
      type: 'PERSON" onfocus="window.__pwned=8' as never,
      roles: ['<b>role</b>'],
      mentions: [spanOf(text, '<script>'), spanOf(text, 'here')],
    },
  ];
  article.figures = [{ ...spanOf(text, 'onerror'), kind: 'count', value: 1, unit: '<u>unit</u>', subject: '"><img src=x>', sentence: 0 }];
  article.dates = [{ ...spanOf(text, 'pwned = 1'), kind: 'date', value: '</title><script>x</script>', relative: false, sentence: 0 }];
  article.quotes = [{ ...spanOf(text, 'bold</b> <script>'), speaker: '<script>window.__pwned=9</script>', speakerId: null, sentence: 0 }];
  article.messages = [{ severity: 'error', stage: '<script>', reason: '<img src=x onerror="window.__pwned=10">' }];
  return article;
}

/** An output folder as `dossier run` leaves it, from the given articles. */
export async function outputFolder(articles: ArticleJson[], extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-report-'));
  await mkdir(join(dir, 'articles'));
  for (const article of articles) await writeFile(join(dir, 'articles', `${fileName(article.id)}.json`), `${JSON.stringify(article, null, 2)}\n`);
  for (const [name, content] of Object.entries(extra)) await writeFile(join(dir, name), content);
  return dir;
}

/** The file name `dossier run` would write; ids with a quote or angle bracket are not valid there, so they are replaced. */
const fileName = (id: string) => id.replace(/[^\p{L}\p{N}._ -]/gu, '_');
