import { html, type Html, type Interpolation } from './html.js';

export interface Column<Row> {
  header: string;
  numeric?: boolean;
  /** Extra class for the cells: 'long' for running text. */
  className?: string;
  cell(row: Row): Interpolation;
  /** What the column sorts by when that is not the cell's text (numbers shown with separators). */
  sortKey?(row: Row): string | number | undefined;
}

/** A table whose columns sort on a click (see assets/script.ts); it scrolls sideways on a phone. */
export function sortableTable<Row>(caption: string, columns: Column<Row>[], rows: readonly Row[], empty: string): Html {
  if (!rows.length) return html`<p class="note">${empty}</p>`;
  const head = columns.map(
    (column) => html`<th scope="col"${column.numeric ? html` class="num" data-type="number"` : ''}><button type="button">${column.header}</button></th>`,
  );
  const body = rows.map(
    (row) =>
      html`<tr>${columns.map((column) => {
        const classes = [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ');
        const key = column.sortKey?.(row);
        return html`<td${classes ? html` class="${classes}"` : ''}${key !== undefined ? html` data-sort="${key}"` : ''}>${column.cell(row)}</td>`;
      })}</tr>\n`,
  );
  return html`<div class="scroll" role="region" aria-label="${caption}" tabindex="0"><table class="sortable">
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}</tbody>
</table></div>`;
}
