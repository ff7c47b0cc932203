import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { csvCell } from '../output/csv.js';
import { writeFileAtomic } from '../output/atomic.js';
import type { FactChange } from './diff-articles.js';
import type { RunDiff } from './diff-runs.js';
import { FACT_TABLES, type FieldValue } from './facts.js';

const TEXT_COLUMN = { name: '', type: 'text', doc: '', value: () => undefined } as const;

/**
 * One change table per kind of fact (`<dir>/<table>.csv`), every table written even when empty so
 * that scripts can rely on the files. Each row is one added, removed or changed fact with its old and
 * new fields side by side; article-level changes (added, removed articles) go to `articles.csv`.
 */
export async function writeChangeTables(dir: string, diff: RunDiff): Promise<string[]> {
  const written: string[] = [];
  for (const table of FACT_TABLES) {
    const header = ['article_id', 'change', 'changed_fields', 'old_line', 'old_start', 'old_end', 'new_line', 'new_start', 'new_end'];
    for (const field of table.fields) header.push(`old_${field}`, `new_${field}`);
    const rows: FieldValue[][] = [];
    for (const article of diff.articles) {
      const id = article.newId ? `${article.id} -> ${article.newId}` : article.id;
      if (table.name === 'articles' && (article.status === 'added' || article.status === 'removed')) {
        rows.push([id, article.status, '', ...new Array<FieldValue>(header.length - 3).fill(null)]);
      }
      for (const change of article.changes.filter((c) => c.table === table.name)) rows.push(changeRow(id, change, table.fields));
    }
    const path = join(dir, `${table.name}.csv`);
    const cells = rows.map((cells) => cells.map((cell) => csvCell(TEXT_COLUMN, cell)));
    await writeFileAtomic(path, stringify([header, ...cells], { record_delimiter: 'unix' }));
    written.push(path);
  }
  return written;
}

function changeRow(id: string, change: FactChange, fields: readonly string[]): FieldValue[] {
  const { old: before, new: after } = change;
  const row: FieldValue[] = [id, change.change, change.fields.map((f) => f.field).join('; ')];
  row.push(before?.line ?? null, before?.start ?? null, before?.end ?? null, after?.line ?? null, after?.start ?? null, after?.end ?? null);
  for (const field of fields) row.push(before?.fields[field] ?? null, after?.fields[field] ?? null);
  return row;
}
