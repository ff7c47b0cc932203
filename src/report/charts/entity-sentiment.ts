import { compareText, formatNumber, formatScore } from '../format.js';
import { html, type Html } from '../html.js';
import { SENTIMENT_COLOURS, onSentimentStep, sentimentStep } from '../palette.js';
import type { ArticleSummary } from '../summary.js';
import { clip, px, svgChart } from './svg.js';
import type { EntityTotal } from './top-entities.js';

export interface SentimentRow {
  name: string;
  title: string;
  /** By column: the score, null when the entity is mentioned without a score, undefined when not mentioned. */
  cells: Array<number | null | undefined>;
}

/** Rows for the articles that mention the most of the top entities, up to `limit`, in name order. */
export function entitySentimentRows(summaries: readonly ArticleSummary[], entities: readonly EntityTotal[], limit: number): { rows: SentimentRow[]; left: number } {
  const rows = summaries
    .map((summary) => {
      const byId = new Map(summary.entities.map((entity) => [entity.id, entity] as const));
      return {
        name: summary.name,
        title: summary.title,
        cells: entities.map((entity) => {
          const found = byId.get(entity.id);
          return found ? (found.sentiment ?? null) : undefined;
        }),
      };
    })
    .filter((row) => row.cells.some((cell) => cell !== undefined));
  const filled = (row: SentimentRow) => row.cells.filter((cell) => cell !== undefined).length;
  const kept = [...rows].sort((a, b) => filled(b) - filled(a) || compareText(a.name, b.name)).slice(0, limit);
  return { rows: kept.sort((a, b) => compareText(a.name, b.name)), left: rows.length - kept.length };
}

const LABEL_WIDTH = 200;
const CELL_HEIGHT = 26;
const HEADER = 120;
const WIDTH = 760;

/** A grid of articles (rows) by entities (columns): each cell coloured by the score and labelled with it. */
export function entitySentimentChart(entities: readonly EntityTotal[], rows: readonly SentimentRow[]): Html {
  const cellWidth = Math.min(64, (WIDTH - LABEL_WIDTH - HEADER) / Math.max(1, entities.length));
  // The column labels lean right, past the last column, by about the header's height.
  const width = Math.min(WIDTH, LABEL_WIDTH + entities.length * cellWidth + HEADER);
  const height = HEADER + rows.length * CELL_HEIGHT + 34;
  const columns = entities.map((entity, j) => {
    const cx = LABEL_WIDTH + j * cellWidth + cellWidth / 2;
    return html`<text transform="translate(${px(cx + 4)} ${HEADER - 8}) rotate(-45)" font-size="12">${clip(entity.name, 20)}</text>
`;
  });
  const cells = rows.map((row, i) => {
    const y = HEADER + i * CELL_HEIGHT;
    const squares = row.cells.map((score, j) => {
      const cx = LABEL_WIDTH + j * cellWidth;
      const entity = entities[j]!;
      if (score === undefined) return html`<rect x="${px(cx + 1)}" y="${y + 1}" width="${px(cellWidth - 2)}" height="${CELL_HEIGHT - 2}" fill="#fff" stroke="#eee"><title>${row.title}: ${entity.name} not mentioned</title></rect>`;
      if (score === null) return html`<g><title>${row.title}: ${entity.name} mentioned, no score</title><rect x="${px(cx + 1)}" y="${y + 1}" width="${px(cellWidth - 2)}" height="${CELL_HEIGHT - 2}" fill="#f4f4f4" stroke="#ccc"/><text x="${px(cx + cellWidth / 2)}" y="${y + 17}" text-anchor="middle" font-size="11" fill="#555">n/a</text></g>`;
      const step = sentimentStep(score);
      return html`<g><title>${row.title}: ${entity.name} ${formatScore(score)}</title><rect x="${px(cx + 1)}" y="${y + 1}" width="${px(cellWidth - 2)}" height="${CELL_HEIGHT - 2}" fill="${SENTIMENT_COLOURS[step]}"/><text x="${px(cx + cellWidth / 2)}" y="${y + 17}" text-anchor="middle" font-size="11" fill="${onSentimentStep(step)}">${formatScore(score)}</text></g>`;
    });
    return html`<g><text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end" font-size="13">${clip(row.title, 24)}</text>${squares}</g>
`;
  });
  return svgChart(
    {
      id: 'entity-sentiment',
      width,
      height,
      title: 'Sentiment towards the most mentioned entities, article by article',
      description: `A grid of ${formatNumber(rows.length)} articles by ${formatNumber(entities.length)} entities. Each cell gives the score from -1 (negative, vermillion) to +1 (positive, blue); empty cells mean the article does not mention the entity. The table below gives every value.`,
    },
    html`${columns}${cells}<text x="${px(LABEL_WIDTH + (entities.length * cellWidth) / 2)}" y="${HEADER + rows.length * CELL_HEIGHT + 24}" text-anchor="middle" font-size="13" font-weight="600">Entity (columns) · score in [-1, +1]</text>
<text x="${LABEL_WIDTH - 8}" y="${HEADER - 8}" text-anchor="end" font-size="13" font-weight="600">Article</text>`,
  );
}
