import { basename, dirname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { readRunArticles } from '../diff/read-run.js';
import { compareArticles, comparisonSheets, writeComparisonCsv, type Comparison, type EntitySummary, type NewSince } from '../output/compare-tables.js';
import { writeSheets } from '../output/xlsx.js';
import type { Terminal } from './diff.js';

export interface CompareCommandOptions {
  since?: string;
  sinceRun?: string;
  xlsx?: boolean;
  excel?: boolean;
  top?: number;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare entities across every article of a run: mentions and sentiment per article, their figures and dates, first and last appearance, what is new')
    .argument('[out]', 'the output folder of a run', 'output/')
    .option('--since <date>', 'mark entities first seen (by article date) on or after this date (YYYY-MM-DD, YYYY-MM or YYYY) as new', parseSinceDate)
    .option('--since-run <dir>', 'mark entities absent from every article of this other output folder as new')
    .option('--xlsx', 'also write the tables as one workbook, <out>/compare/compare.xlsx')
    .option('--excel', 'start CSV files with a UTF-8 byte order mark so that Excel reads accents right')
    .option('--top <n>', 'entities shown in the terminal summary', parsePositiveInteger, 15)
    .addHelpText(
      'after',
      `
Writes <out>/compare/: entities.csv (one row per entity: articles, mentions, mean sentiment, first and
last appearance), entity_articles.csv (one row per entity and article), entity_mentions.csv and
entity_sentiment.csv (entities down, articles across in date order), entity_facts.csv (the figures
and dates in sentences mentioning each entity) and, with --since or --since-run, new_entities.csv.
An article's date is its front matter date, else its reference date; undated articles come last and
do not count for first and last appearance.

Examples:
  dossier compare
  dossier compare output/ --since 2025-12-01 --xlsx
  dossier compare output/ --since-run output-last-week/`,
    )
    .action(async (out: string, options: CompareCommandOptions) => {
      process.exitCode = await runCompareCommand(out, options, { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY, env: process.env });
    });
}

/** Runs compare and returns the exit status. Errors are thrown (status 2). */
export async function runCompareCommand(out: string, options: CompareCommandOptions, terminal: Terminal): Promise<number> {
  if (options.since && options.sinceRun) throw new Error('give --since or --since-run, not both');
  let since: NewSince | null = null;
  if (options.since) since = { date: options.since };
  if (options.sinceRun) since = { knownIds: await entityIds(options.sinceRun) };
  const comparison = await compareArticles(readRunArticles(out), since);
  const folder = join(out, 'compare');
  const sheets = comparisonSheets(comparison);
  const written = await writeComparisonCsv(folder, sheets, options.excel ?? false);
  if (options.xlsx) {
    const workbook = join(folder, 'compare.xlsx');
    await writeSheets(workbook, sheets);
    written.push(workbook);
  }
  terminal.write(formatComparison(comparison, { ...options, top: options.top ?? 15 }, written));
  return 0;
}

async function entityIds(outDir: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const article of readRunArticles(outDir)) for (const entity of article.entities) ids.add(entity.id);
  return ids;
}

const LIST_LIMIT = 20;

export function formatComparison(comparison: Comparison, options: CompareCommandOptions & { top: number }, written: string[]): string {
  const { articles, entities } = comparison;
  const dated = articles.filter((a) => a.day !== null);
  const span = dated.length ? ` (${dated[0]!.day} to ${dated[dated.length - 1]!.day}${dated.length < articles.length ? `; ${articles.length - dated.length} undated` : ''})` : articles.length ? ' (undated)' : '';
  const lines = [`${articles.length} article${articles.length === 1 ? '' : 's'}${span}, ${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}`];
  if (entities.length) {
    lines.push('', ...entityTable(entities.slice(0, options.top)));
    if (entities.length > options.top) lines.push(`  … ${entities.length - options.top} more in entities.csv`);
  }
  if (comparison.since) {
    const fresh = entities.filter((e) => e.isNew);
    const what = options.since ? `since ${options.since}` : `since ${options.sinceRun}`;
    lines.push('', `new ${what}: ${fresh.length} entit${fresh.length === 1 ? 'y' : 'ies'}`);
    for (const entity of fresh.slice(0, LIST_LIMIT)) lines.push(`  ${entity.name} (${entity.type})${entity.first ? `, first ${entity.first.day} in ${entity.first.id}` : ''}`);
    if (fresh.length > LIST_LIMIT) lines.push(`  … ${fresh.length - LIST_LIMIT} more in new_entities.csv`);
  }
  lines.push('', `wrote ${written.map((path) => basename(path)).join(', ')} to ${written[0] ? dirname(written[0]) : '?'}`);
  return `${lines.join('\n')}\n`;
}

function entityTable(entities: EntitySummary[]): string[] {
  const header = ['entity', 'type', 'articles', 'mentions', 'sentiment', 'first', 'last'];
  const rows = entities.map((e) => [
    e.name,
    e.type,
    String(e.articles),
    String(e.mentions),
    e.sentimentMean === null ? '' : signed(e.sentimentMean),
    e.first?.day ?? '',
    e.last?.day ?? '',
  ]);
  const widths = header.map((title, i) => Math.min(40, Math.max(title.length, ...rows.map((row) => row[i]!.length))));
  const numeric = new Set([2, 3, 4]);
  const format = (row: string[]) =>
    `  ${row
      .map((cell, i) => {
        const clipped = cell.length > widths[i]! ? `${cell.slice(0, widths[i]! - 1)}…` : cell;
        return numeric.has(i) ? clipped.padStart(widths[i]!) : clipped.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd()}`;
  return [format(header), ...rows.map(format)];
}

/** Two decimals with a sign, and no '-0.00' for a score that rounds to zero. */
function signed(score: number): string {
  const text = score.toFixed(2);
  if (Number(text) === 0) return '0.00';
  return score > 0 ? `+${text}` : text;
}

function parseSinceDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD, YYYY-MM or YYYY');
  }
  return value;
}

function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
