// Screenshots of a report for the README, at a laptop's width:
//   npx tsx src/cli/main.ts run corpus --out /tmp/rep-out && npx tsx src/cli/main.ts report /tmp/rep-out
//   npx tsx scripts/report-screenshots.ts /tmp/rep-out [article-id]
// writes docs/report-article.png and docs/report-run.png.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [outDir = 'output', articleName] = process.argv.slice(2);
const reportDir = resolve(outDir, 'report');
const name = articleName ?? (await readdir(join(reportDir, 'articles'))).filter((file) => file.endsWith('.html')).sort()[0]?.slice(0, -'.html'.length);
if (!name) throw new Error(`no article pages in ${reportDir}: run 'dossier report ${outDir}' first`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(join(reportDir, 'articles', `${name}.html`)).href);
  // A mark focused, to show what the reader sees on hover or Tab: a person's, which shows the most.
  const person = page.locator('mark.m-entity.t-PERSON[tabindex]');
  await ((await person.count()) ? person : page.locator('mark[tabindex]')).first().focus().catch(() => undefined);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: 'docs/report-article.png' });
  await page.goto(pathToFileURL(join(reportDir, 'index.html')).href);
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  await page.screenshot({ path: 'docs/report-run.png', fullPage: height <= 2400, clip: height <= 2400 ? undefined : { x: 0, y: 0, width: 1280, height: 2400 } });
  console.log(`wrote docs/report-article.png (${name}) and docs/report-run.png`);
} finally {
  await browser.close();
}
