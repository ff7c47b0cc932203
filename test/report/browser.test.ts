import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { hostileArticle, outputFolder, summitArticle } from './fixtures.js';

// The report as a person sees it: Debian's chromium, headless. CI installs it (scripts/ensure-chromium.sh).
const CHROMIUM = '/usr/bin/chromium';
// Code that runs in the page is passed as text: the project is type-checked without the DOM library.
const available = existsSync(CHROMIUM);
const ARTIFACTS = 'test-artifacts';
if (!available) console.warn(`report browser test skipped: ${CHROMIUM} not found; install it with scripts/ensure-chromium.sh`);

const RUN = {
  pipeline: { name: 'default', path: 'pipelines/default.json', hash: 'x' },
  versions: { dossier: '0.1.0' },
  referenceDate: null,
  articles: [],
  inputProblems: [],
  totals: { articles: 2, succeeded: 2, failed: 0, entities: 6, figures: 3, dates: 4, quotes: 2 },
  seconds: 0.1,
};

describe.skipIf(!available)(`report in headless Chromium (${CHROMIUM})`, () => {
  let browser: Browser;
  let dir: string;
  let hostileName: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = await outputFolder([summitArticle(), hostileArticle()], { 'run.json': JSON.stringify(RUN), 'entities.csv': 'article_id\n' });
    await writeReport(dir);
    hostileName = (await readdir(join(dir, 'report', 'articles'))).find((name) => name.startsWith('hostile'))!;
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Opens a report page, recording console errors, uncaught errors, dialogs and any request off the disk. */
  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${path}: console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${path}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`${path}: request to ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(dir, 'report', path)).href);
    return page;
  }

  it('shows the run page with its charts, without errors', async () => {
    problems.length = 0;
    const page = await open('index.html');
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('#top-entities-title').textContent()).toBe('Most mentioned entities across the run');
    expect(await page.locator('svg[aria-labelledby^="timeline"] circle').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-run.png'), fullPage: true });
    await page.getByRole('link', { name: 'Leaders meet in Tokyo' }).click();
    await expect.poll(() => page.url()).toMatch(/articles\/summit\.html$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('marks the article text, shows what a mark was read as on focus and sorts the tables', async () => {
    problems.length = 0;
    const page = await open('articles/summit.html');
    expect(await page.locator('mark.m-entity').count()).toBe(7);
    expect(await page.locator('mark.m-figure').count()).toBe(2);
    const ids = await page.evaluate<string[]>(`[...document.querySelectorAll('[id]')].map((element) => element.id)`);
    expect(new Set(ids).size).toBe(ids.length);
    const brokenLinks = await page.evaluate<string[]>(`[...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')).filter((href) => !document.getElementById(href.slice(1)))`);
    expect(brokenLinks).toEqual([]);
    const takaichi = page.locator('#e0');
    await takaichi.focus();
    const tip = await page.evaluate(`getComputedStyle(document.activeElement, '::after').content`);
    expect(tip).toContain('Sanae Takaichi · PERSON');
    expect(await page.locator('.strip:not(.none)').count()).toBe(4);

    const firstEntity = () => page.locator('section[aria-labelledby="entities-heading"] tbody tr:first-child td:first-child').textContent();
    expect(await firstEntity()).toBe('Sanae Takaichi');
    const nameHeader = page.locator('section[aria-labelledby="entities-heading"] th', { hasText: 'Name' });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstEntity()).toBe('Central Asia');

    await page.getByRole('checkbox', { name: /^Entities/ }).uncheck();
    expect(await page.evaluate(`document.body.classList.contains('hide-entity')`)).toBe(true);
    await page.getByRole('checkbox', { name: /^Entities/ }).check();
    await page.screenshot({ path: join(ARTIFACTS, 'report-article.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    for (const path of ['index.html', 'articles/summit.html']) {
      const page = await open(path, 390);
      const overflow = await page.evaluate<number>(`document.documentElement.scrollWidth - window.innerWidth`);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(ARTIFACTS, `report-phone-${path.replace(/\W+/g, '-')}.png`), fullPage: true });
      await page.close();
    }
  });

  it('runs no script from a hostile article, even when its marks are focused and hovered', async () => {
    problems.length = 0;
    const page = await open(join('articles', hostileName));
    for (const mark of await page.locator('mark').all()) {
      await mark.hover();
      await mark.focus();
    }
    expect(await page.evaluate(`window.__pwned`)).toBeUndefined();
    expect(await page.title()).toContain('<script>');
    expect(await page.locator('script').count()).toBe(1);
    // The text as written, without the small type labels after the marks.
    const text = await page.evaluate(`(() => {
      const copy = document.querySelector('.text').cloneNode(true);
      copy.querySelectorAll('.tag').forEach((label) => label.remove());
      return copy.textContent;
    })()`);
    expect(text).toContain('<script>window.__pwned = 1; document.title = "pwned"</script> and <img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-hostile.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
