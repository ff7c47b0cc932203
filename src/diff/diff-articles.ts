import type { ArticleJson } from '../output/article-json.js';
import { alignTexts } from './align.js';
import { FACT_TABLES, type Fact, type FactTable, type FieldValue } from './facts.js';
import { matchFacts, type Pair } from './match.js';
import { compareText } from './read-run.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: string;
  old: FieldValue;
  new: FieldValue;
}

/** One side of a change: the fact as it stands in one run. */
export interface FactSide {
  label: string;
  start?: number;
  end?: number;
  /** 1-based line of the start in the article text. */
  line?: number;
  fields: Record<string, FieldValue>;
}

export interface FactChange {
  table: string;
  change: ChangeKind;
  old: FactSide | null;
  new: FactSide | null;
  /** The fields that differ, for a changed fact. */
  fields: FieldChange[];
}

export type TableCounts = Record<ChangeKind, number>;

export interface ArticleDiff {
  id: string;
  /** The new article's id, when two differently named articles were compared. */
  newId?: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Whether the article's text itself differs (not counted as a difference of facts). */
  textChanged: boolean;
  tables: Record<string, TableCounts>;
  changes: FactChange[];
}

export interface DiffOptions {
  /** Table names, field names ('sentiment' matches sentiment_score and sentiment_label) or table.field. */
  ignore: readonly string[];
  /** Largest difference between two *_score values still counted as equal. */
  tolerance: number;
}

export const DEFAULT_DIFF_OPTIONS: DiffOptions = { ignore: [], tolerance: 0 };

/** The differences in facts between two versions of one article. */
export function diffArticles(oldArticle: ArticleJson, newArticle: ArticleJson, options: DiffOptions = DEFAULT_DIFF_OPTIONS): ArticleDiff {
  const alignment = alignTexts(oldArticle.text, newArticle.text);
  const oldLines = lineStarts(oldArticle.text);
  const newLines = lineStarts(newArticle.text);
  const tables: Record<string, TableCounts> = {};
  const changes: FactChange[] = [];
  for (const table of FACT_TABLES) {
    if (isIgnored(options.ignore, table.name)) continue;
    const compared = table.fields.filter((field) => !isIgnored(options.ignore, table.name, field));
    const match = matchFacts(table, table.facts(oldArticle), table.facts(newArticle), alignment);
    const tableChanges: FactChange[] = [];
    const counterparts = new Map(match.pairs.map((pair) => [pair.old, pair.new]));
    for (const pair of match.pairs) {
      const fields = changedFields(table, pair, compared, options.tolerance, counterparts);
      if (fields.length) tableChanges.push({ table: table.name, change: 'changed', old: side(pair.old, oldLines, compared), new: side(pair.new, newLines, compared), fields });
    }
    for (const fact of match.removed) tableChanges.push({ table: table.name, change: 'removed', old: side(fact, oldLines, compared), new: null, fields: [] });
    for (const fact of match.added) tableChanges.push({ table: table.name, change: 'added', old: null, new: side(fact, newLines, compared), fields: [] });
    tableChanges.sort(byPlace);
    tables[table.name] = countChanges(tableChanges);
    changes.push(...tableChanges);
  }
  return {
    id: oldArticle.id,
    ...(newArticle.id !== oldArticle.id ? { newId: newArticle.id } : {}),
    status: changes.length ? 'changed' : 'unchanged',
    textChanged: !alignment.identical,
    tables,
    changes,
  };
}

/** An article present in one run only. */
export function loneArticle(id: string, status: 'added' | 'removed'): ArticleDiff {
  return { id, status, textChanged: false, tables: {}, changes: [] };
}

export function isIgnored(ignore: readonly string[], table: string, field?: string): boolean {
  return ignore.some((name) => {
    const dot = name.indexOf('.');
    if (dot >= 0) return field !== undefined && name.slice(0, dot) === table && fieldMatches(field, name.slice(dot + 1));
    return field === undefined ? name === table : fieldMatches(field, name);
  });
}

/** 'sentiment' names every sentiment_* field. */
const fieldMatches = (field: string, name: string) => field === name || field.startsWith(`${name}_`);

function changedFields(table: FactTable, pair: Pair, compared: string[], tolerance: number, counterparts: Map<Fact, Fact>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of compared) {
    // A sentence's text only says where its edges are: compare it when the edges moved.
    if (pair.samePlace && table.edgeFields?.includes(field)) continue;
    const before = pair.old.fields[field] ?? null;
    const after = pair.new.fields[field] ?? null;
    const oldRef = pair.old.refs?.[field];
    const newRef = pair.new.refs?.[field];
    const same = oldRef || newRef ? oldRef !== undefined && counterparts.get(oldRef) === newRef : sameValue(field, before, after, tolerance);
    if (!same) changes.push({ field, old: before, new: after });
  }
  return changes;
}

function sameValue(field: string, before: FieldValue, after: FieldValue, tolerance: number): boolean {
  if (before === after) return true;
  if (field.endsWith('_score') && typeof before === 'number' && typeof after === 'number') return Math.abs(before - after) <= tolerance + 1e-9;
  return false;
}

/** The fact as reported: ignored fields left out. */
function side(fact: Fact, lines: number[], compared: string[]): FactSide {
  const fields = Object.fromEntries(compared.map((field) => [field, fact.fields[field] ?? null]));
  if (fact.start === undefined) return { label: fact.label, fields };
  return { label: fact.label, start: fact.start, end: fact.end, line: lineOf(lines, fact.start), fields };
}

function byPlace(a: FactChange, b: FactChange): number {
  const place = (change: FactChange) => change.new?.start ?? change.old?.start ?? 0;
  const label = (change: FactChange) => (change.new ?? change.old)!.label;
  return place(a) - place(b) || compareText(label(a), label(b)) || order(a) - order(b);
}

const order = (change: FactChange) => ['removed', 'changed', 'added'].indexOf(change.change);

function countChanges(changes: FactChange[]): TableCounts {
  const counts: TableCounts = { added: 0, removed: 0, changed: 0 };
  for (const change of changes) counts[change.change]++;
  return counts;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
