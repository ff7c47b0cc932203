import { compareText, formatNumber } from '../format.js';
import { html, type Html } from '../html.js';
import { entityColour } from '../palette.js';
import type { ArticleSummary } from '../summary.js';
import { clip, niceTicks, px, svgChart } from './svg.js';

export interface EntityTotal {
  id: string;
  name: string;
  type: string;
  mentions: number;
  articles: number;
}

/** Entities by mentions across the run, most first; ties by name so the order never varies. */
export function topEntities(summaries: readonly ArticleSummary[], limit: number): EntityTotal[] {
  const totals = new Map<string, EntityTotal>();
  for (const summary of summaries) {
    for (const entity of summary.entities) {
      const total = totals.get(entity.id) ?? { id: entity.id, name: entity.name, type: entity.type, mentions: 0, articles: 0 };
      total.mentions += entity.mentions;
      total.articles += 1;
      totals.set(entity.id, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || compareText(a.name, b.name) || compareText(a.id, b.id)).slice(0, limit);
}

const LABEL_WIDTH = 230;
const ROW = 24;
const TOP = 10;
const RIGHT = 50;
const WIDTH = 760;

/** Horizontal bars, one per entity, coloured by type, with the count written at the end of each bar. */
export function topEntitiesChart(entities: readonly EntityTotal[]): Html {
  const max = Math.max(1, ...entities.map((e) => e.mentions));
  const ticks = niceTicks(max);
  const domain = ticks[ticks.length - 1]!;
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const x = (value: number) => LABEL_WIDTH + (value / domain) * plotWidth;
  const axisY = TOP + entities.length * ROW + 4;
  const height = axisY + 46;
  const bars = entities.map((entity, i) => {
    const y = TOP + i * ROW;
    return html`<g><title>${entity.name} (${entity.type}): ${formatNumber(entity.mentions)} mentions in ${formatNumber(entity.articles)} articles</title>
<text x="${LABEL_WIDTH - 8}" y="${px(y + ROW / 2 + 4)}" text-anchor="end" font-size="13">${clip(entity.name, 28)}</text>
<rect x="${LABEL_WIDTH}" y="${px(y + 3)}" width="${px(Math.max(1, x(entity.mentions) - LABEL_WIDTH))}" height="${ROW - 6}" fill="${entityColour(entity.type)}" stroke="#333" stroke-width="0.5"/>
<text x="${px(x(entity.mentions) + 5)}" y="${px(y + ROW / 2 + 4)}" font-size="12">${formatNumber(entity.mentions)}</text></g>
`;
  });
  const grid = ticks.map(
    (tick) => html`<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${TOP}" y2="${axisY}" stroke="#ddd"/><text x="${px(x(tick))}" y="${axisY + 16}" text-anchor="middle" font-size="12">${formatNumber(tick)}</text>
`,
  );
  const leader = entities[0];
  return svgChart(
    {
      id: 'top-entities',
      width: WIDTH,
      height,
      title: 'Most mentioned entities across the run',
      description: leader
        ? `Horizontal bar chart of the ${entities.length} most mentioned entities, coloured by type. ${leader.name} leads with ${formatNumber(leader.mentions)} mentions. The table below gives every value.`
        : 'No entities were found.',
    },
    html`${grid}<line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${TOP}" y2="${axisY}" stroke="#333"/>
<line x1="${LABEL_WIDTH}" x2="${px(x(domain))}" y1="${axisY}" y2="${axisY}" stroke="#333"/>
${bars}<text x="${px(LABEL_WIDTH + plotWidth / 2)}" y="${axisY + 38}" text-anchor="middle" font-size="13" font-weight="600">Mentions (all articles)</text>
<text x="${LABEL_WIDTH - 8}" y="${axisY + 38}" text-anchor="end" font-size="13" font-weight="600">Entity</text>`,
  );
}
