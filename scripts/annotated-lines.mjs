#!/usr/bin/env node
// Diagnostic for the MEANTIME development sets, whose gold annotates only the first six lines of each
// document (title, date line and four sentences): copies the article JSON files of <articles-dir> to
// <out-dir>, keeping only the entity mentions, figures and dates that start within the first <lines>
// lines of the text, so that the official scorer can be run on the annotated region alone. It changes
// nothing in Dossier's output; `npm run evaluate` reports both figures.
//   node scripts/annotated-lines.mjs <articles-dir> <out-dir> [lines=6]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [from, to, lines = '6'] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/annotated-lines.mjs <articles-dir> <out-dir> [lines]');
  process.exit(2);
}
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((n) => n.endsWith('.json'))) {
  const article = JSON.parse(readFileSync(join(from, name), 'utf8'));
  let end = -1;
  for (let line = 0; line < Number(lines) && (end = article.text.indexOf('\n', end + 1)) >= 0; line++);
  const limit = end < 0 ? article.text.length : end;
  const inside = (span) => span.start < limit;
  article.entities = article.entities.map((e) => ({ ...e, mentions: e.mentions.filter(inside) })).filter((e) => e.mentions.length);
  article.figures = article.figures.filter(inside);
  article.dates = article.dates.filter(inside);
  writeFileSync(join(to, name), JSON.stringify(article));
}
