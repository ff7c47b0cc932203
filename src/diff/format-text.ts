import type { ArticleDiff, FactChange, FactSide, TableCounts } from './diff-articles.js';
import type { RunDiff } from './diff-runs.js';
import { FACT_TABLES, type FieldValue } from './facts.js';

export interface Style {
  added(text: string): string;
  removed(text: string): string;
  changed(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

const plain = (text: string) => text;
export const PLAIN: Style = { added: plain, removed: plain, changed: plain, heading: plain, dim: plain };

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
export const COLOURED: Style = { added: sgr(32, 39), removed: sgr(31, 39), changed: sgr(33, 39), heading: sgr(1, 22), dim: sgr(2, 22) };

/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function chooseStyle(isTTY: boolean | undefined, env: Record<string, string | undefined>): Style {
  return isTTY && !env.NO_COLOR ? COLOURED : PLAIN;
}

const NOUNS = new Map(FACT_TABLES.map((table) => [table.name, table.noun]));
const LABEL_LIMIT = 80;

/** The report for people: what was compared, a summary per article and per table, then every change. */
export function formatDiff(diff: RunDiff, style: Style): string {
  const lines: string[] = [style.heading(`dossier diff ${diff.old} ${diff.new}`)];
  for (const note of diff.notes) lines.push(style.dim(`note: ${note}`));
  const { articles, tables, differences } = diff.summary;
  const total = articles.added + articles.removed + articles.changed + articles.unchanged;
  lines.push(`${total} article${total === 1 ? '' : 's'}: ${articles.changed} changed, ${articles.unchanged} unchanged, ${articles.added} added, ${articles.removed} removed`);
  if (differences === 0) {
    lines.push('no changes');
    return `${lines.join('\n')}\n`;
  }
  const changedTables = Object.entries(tables).filter(([, counts]) => counts.added + counts.removed + counts.changed > 0);
  if (changedTables.length) {
    lines.push('', style.heading(row(['table', 'added', 'removed', 'changed'])));
    for (const [name, counts] of changedTables) lines.push(row([name, String(counts.added), String(counts.removed), String(counts.changed)]));
  }
  lines.push('', style.heading('articles'));
  const width = Math.max(...diff.articles.map((article) => articleName(article).length));
  for (const article of diff.articles) {
    if (article.status === 'unchanged') continue;
    const status = statusStyle(article.status, style)(article.status);
    const line = `  ${articleName(article).padEnd(width)}  ${status}${' '.repeat(9 - article.status.length)}${tableSummary(article.tables)}`.trimEnd();
    lines.push(article.textChanged ? `${line}${style.dim('  (text edited)')}` : line);
  }
  for (const article of diff.articles) {
    if (article.changes.length === 0) continue;
    lines.push('', style.heading(articleName(article)));
    for (const change of article.changes) lines.push(...formatChange(change, style));
  }
  return `${lines.join('\n')}\n`;
}

function formatChange(change: FactChange, style: Style): string[] {
  const noun = NOUNS.get(change.table) ?? change.table;
  if (change.change === 'changed') {
    const head = style.changed(`  ~ ${noun}${where(change.new!)} ${quote(change.old!.label)}`);
    return [head, ...change.fields.map((field) => `      ${field.field}: ${value(field.old)} -> ${value(field.new)}`)];
  }
  const fact = (change.new ?? change.old)!;
  const mark = change.change === 'added' ? style.added : style.removed;
  return [mark(`  ${change.change === 'added' ? '+' : '-'} ${noun}${where(fact)} ${quote(fact.label)}${details(fact)}`)];
}

const where = (fact: FactSide) => (fact.line === undefined ? '' : ` line ${fact.line}`);

/** The fields worth seeing for an added or removed fact: set, short and not the label again. */
function details(fact: FactSide): string {
  const shown = Object.entries(fact.fields).filter(([field, v]) => v !== null && field !== 'text' && field !== 'name' && !(typeof v === 'string' && v.length > 40));
  return shown.length ? ` (${shown.map(([field, v]) => `${field} ${typeof v === 'string' ? v : value(v)}`).join(', ')})` : '';
}

function tableSummary(tables: Record<string, TableCounts>): string {
  const parts = Object.entries(tables)
    .filter(([, counts]) => counts.added + counts.removed + counts.changed > 0)
    .map(([name, counts]) => {
      const bits = (['added', 'removed', 'changed'] as const).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
      return `${name}: ${bits.join(', ')}`;
    });
  return parts.length ? `  ${parts.join('; ')}` : '';
}

function statusStyle(status: ArticleDiff['status'], style: Style): (text: string) => string {
  return status === 'added' ? style.added : status === 'removed' ? style.removed : style.changed;
}

const articleName = (article: ArticleDiff) => (article.newId ? `${article.id} -> ${article.newId}` : article.id);

const row = (cells: string[]) => `  ${cells[0]!.padEnd(10)}${cells.slice(1).map((cell) => cell.padStart(9)).join('')}`;

function quote(label: string): string {
  const oneLine = label.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > LABEL_LIMIT ? `${oneLine.slice(0, LABEL_LIMIT - 1)}…` : oneLine);
}

function value(v: FieldValue): string {
  if (v === null) return 'none';
  return typeof v === 'string' ? quote(v) : String(v);
}
