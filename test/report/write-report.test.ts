import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { emptyArticle, hostileArticle, HOSTILE_LINK, outputFolder, summitArticle } from './fixtures.js';

const folders: string[] = [];
const folder = async (...args: Parameters<typeof outputFolder>) => {
  const dir = await outputFolder(...args);
  folders.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const read = (dir: string, ...path: string[]) => readFile(join(dir, 'report', ...path), 'utf8');
/** Every script element of a page: the report's own is the only one allowed. */
const scripts = (page: string) => page.match(/<script\b[^>]*>/gi) ?? [];

const RUN = JSON.stringify({
  pipeline: { name: 'default', path: 'pipelines/default.json', hash: 'x' },
  versions: { dossier: '0.1.0' },
  referenceDate: null,
  articles: [{ path: 'corpus/broken.txt', status: 'failed', error: 'corpus/broken.txt: the article is empty', messages: [], milliseconds: 1 }],
  inputProblems: [],
  totals: { articles: 2, succeeded: 1, failed: 1, entities: 5, figures: 2, dates: 3, quotes: 1 },
  seconds: 0.2,
});

describe('writeReport', () => {
  it('writes the run page and one page per article', async () => {
    const dir = await folder([summitArticle(), emptyArticle('plain', 'Nothing to see.')], { 'run.json': RUN, 'articles.csv': 'article_id\n' });
    await writeReport(dir);
    expect((await readdir(join(dir, 'report', 'articles'))).sort()).toEqual(['plain.html', 'summit.html']);
    const index = await read(dir, 'index.html');
    expect(index).toContain('<a href="articles/summit.html">Leaders meet in Tokyo</a>');
    expect(index).toContain('<a href="../articles.csv">articles.csv</a>');
    expect(index).not.toContain('entities.csv');
    expect(index).toContain('corpus/broken.txt: the article is empty');
    for (const id of ['top-entities', 'timeline', 'entity-sentiment']) expect(index).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
  });

  it('marks each annotation in the article text with what it was read as', async () => {
    const dir = await folder([summitArticle()]);
    await writeReport(dir);
    const page = await read(dir, 'articles', 'summit.html');
    expect(page).toContain('<mark class="m m-entity t-PERSON" id="e0" tabindex="0" title="Sanae Takaichi · PERSON · Prime Minister · sentiment positive +0.40">Sanae Takaichi');
    expect(page).toContain('title="money: 3,000,000,000,000 JPY">3 trillion yen');
    expect(page).toContain('title="date: 2025-12-20">December 20, 2025');
    expect(page).toContain('title="quote · Sanae Takaichi"><mark class="m m-entity t-LOC" id="e4" tabindex="0" title="Central Asia · LOC · sentiment positive +0.60">Central Asia');
    expect(page).toMatch(/<aside class="trailer"[^>]*>.*Follow this writer on X/);
    expect(page).toMatch(/<section class="comments"[\s\S]*negative -0\.50[\s\S]*sarcasm\?[\s\S]*Another nothing burger/);
    expect(page).toContain('class="strip s-pos2" title="paragraph sentiment: positive +0.30"');
    expect(page).toContain('could not resolve “the latter”');
  });

  it('shows hostile text as text: no markup, script or javascript: link of the article reaches the page', async () => {
    const dir = await folder([hostileArticle()], { 'run.json': RUN });
    await writeReport(dir);
    const [name] = await readdir(join(dir, 'report', 'articles'));
    for (const page of [await read(dir, 'articles', name!), await read(dir, 'index.html')]) {
      expect(scripts(page)).toEqual(['<script>']);
      expect(page).not.toMatch(/<img|<b>bold|<b>role|<i onmouseover|<u>unit|<a href="javascript/i);
      // Escaped, a handler is text ('onerror=&quot;'); a live one would be followed by a real quote.
      expect(page).not.toMatch(/\son(error|focus|mouseover)=["']/i);
      expect(page).not.toContain(`href="${HOSTILE_LINK}"`);
      expect(page).toContain('&lt;script&gt;');
    }
    const page = await read(dir, 'articles', name!);
    expect(page).toContain(`URL <b>${HOSTILE_LINK}</b> (not a web address, not linked)`);
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=10&quot;&gt;');
  });

  it('writes the same bytes for the same output', async () => {
    const dir = await folder([summitArticle(), hostileArticle(), emptyArticle('plain', 'Nothing.')], { 'run.json': RUN });
    await writeReport(dir);
    const first = await Promise.all(['index.html', 'articles/summit.html', 'articles/plain.html'].map((p) => read(dir, p)));
    await writeReport(dir);
    const second = await Promise.all(['index.html', 'articles/summit.html', 'articles/plain.html'].map((p) => read(dir, p)));
    expect(second).toEqual(first);
  });

  it('removes the pages of articles no longer in the output', async () => {
    const dir = await folder([summitArticle(), emptyArticle('gone', 'Soon gone.')]);
    await writeReport(dir);
    await rm(join(dir, 'articles', 'gone.json'));
    await writeReport(dir);
    expect(await readdir(join(dir, 'report', 'articles'))).toEqual(['summit.html']);
  });

  it('lists article files it cannot read instead of failing the whole report', async () => {
    const dir = await folder([summitArticle()]);
    await writeFile(join(dir, 'articles', 'broken.json'), '{"id": "broken"');
    await writeFile(join(dir, 'articles', 'list.json'), '[]');
    await writeReport(dir);
    const index = await read(dir, 'index.html');
    expect(index).toMatch(/articles\/broken\.json: .*JSON/);
    expect(index).toContain('articles/list.json: not an article');
  });

  it('draws an article with no layers at all and odd metadata, from a pipeline that ran no stage', async () => {
    const dir = await folder([]);
    await writeFile(join(dir, 'articles', 'bare.json'), JSON.stringify({ id: 'bare', text: 'Line one.\n\nLine <two>.', metadata: { title: 42 } }));
    await writeReport(dir);
    const page = await read(dir, 'articles', 'bare.html');
    expect(page).toContain('<div class="body">Line one.</div>');
    expect(page).toContain('<div class="body">Line &lt;two&gt;.</div>');
    expect(await read(dir, 'index.html')).toContain('No entities were found.');
  });

  it('flags the article files a run left from an earlier run', async () => {
    const dir = await folder([summitArticle(), emptyArticle('old', 'From before.')], { 'run.json': JSON.stringify({ ...JSON.parse(RUN), orphans: ['old'] }) });
    await writeReport(dir);
    const index = await read(dir, 'index.html');
    expect(index).toMatch(/articles\/old\.html">old<\/a><br><span class="flag">not from the last run/);
    expect(index).not.toMatch(/summit\.html">Leaders meet in Tokyo<\/a>(<br><span class="note">summit<\/span>)?<br><span class="flag">/);
  });

  it('shows what it can of a run.json written by another version', async () => {
    const dir = await folder([summitArticle()], { 'run.json': JSON.stringify({ versions: null, articles: 'x', pipeline: { name: 7 }, seconds: 1.25 }) });
    await writeReport(dir);
    const index = await read(dir, 'index.html');
    expect(index).toContain('Pipeline <b>unknown</b>');
    expect(index).toContain('Took <b>1.3 s</b>');
  });

  it('says what to do when the folder holds no articles', async () => {
    await expect(writeReport('/nonexistent/dossier-output')).rejects.toThrow(/no articles in .*dossier run/);
  });
});
