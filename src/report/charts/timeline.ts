import { compareText, formatNumber } from '../format.js';
import { html, type Html } from '../html.js';
import { TIMELINE_COLOURS as COLOURS } from '../palette.js';
import { edtfExtent, firstDayOfYear, yearOf, type Extent } from '../edtf.js';
import type { ArticleSummary } from '../summary.js';
import { clip, px, svgChart } from './svg.js';

export interface TimelineLane {
  name: string;
  title: string;
  marks: Array<{ text: string; value: string; extent: Extent }>;
}

/** One lane per article that mentions a calendar date, the articles with most dates first up to `limit`, then by name. */
export function timelineLanes(summaries: readonly ArticleSummary[], limit: number): { lanes: TimelineLane[]; left: number } {
  const lanes = summaries
    .map((summary) => ({
      name: summary.name,
      title: summary.title,
      marks: summary.dates.flatMap((date) => {
        const extent = edtfExtent(date.value);
        return extent ? [{ text: date.text, value: date.value, extent }] : [];
      }),
    }))
    .filter((lane) => lane.marks.length);
  const kept = [...lanes].sort((a, b) => b.marks.length - a.marks.length || compareText(a.name, b.name)).slice(0, limit);
  return { lanes: kept.sort((a, b) => compareText(a.name, b.name)), left: lanes.length - kept.length };
}

interface Tick {
  day: number;
  label: string;
}

/** Year ticks at a round step, or month ticks when the dates fall within about two years. */
function timeTicks(firstYear: number, endYear: number): Tick[] {
  const years = endYear - firstYear;
  if (years <= 2) {
    const step = years <= 1 ? 2 : 3;
    const ticks: Tick[] = [];
    for (let year = firstYear; year <= endYear; year++) {
      for (let month = 1; month <= 12; month += step) {
        if (year === endYear && month > 1) break;
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, 1);
        ticks.push({ day: Math.floor(date.getTime() / 86_400_000), label: month === 1 ? String(year) : `${year}-${String(month).padStart(2, '0')}` });
      }
    }
    return ticks;
  }
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((candidate) => years / candidate <= 8) ?? Math.ceil(years / 8);
  const ticks: Tick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= endYear; year += step) ticks.push({ day: firstDayOfYear(year), label: String(year) });
  return ticks;
}

const LABEL_WIDTH = 200;
const SUBROW = 14;
const LANE_PADDING = 10;
const TOP = 10;
const RIGHT = 24;
const WIDTH = 760;
const GAP = 2;

interface Placed {
  value: string;
  texts: string[];
  extent: Extent;
  x0: number;
  x1: number;
  row: number;
}

/** Marks of one lane with their horizontal place; the same value said twice becomes one mark. */
function placeMarks(lane: TimelineLane, x: (day: number) => number, domainStart: number, domainEnd: number): { placed: Placed[]; rows: number } {
  const byValue = new Map<string, Placed>();
  for (const mark of lane.marks) {
    const known = byValue.get(mark.value);
    if (known) {
      if (!known.texts.includes(mark.text)) known.texts.push(mark.text);
      continue;
    }
    const { extent } = mark;
    const x0 = extent.day ? x(extent.start!) - 5 : x(extent.start ?? domainStart);
    const x1 = extent.day ? x(extent.start!) + 5 : Math.max(x0 + 2, x(extent.end ?? domainEnd)) + (extent.end === null ? 8 : 0);
    byValue.set(mark.value, { value: mark.value, texts: [mark.text], extent, x0, x1, row: 0 });
  }
  // Overlapping marks go on separate rows (first fit), so none hides another.
  const placed = [...byValue.values()].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || compareText(a.value, b.value));
  const rowEnds: number[] = [];
  for (const mark of placed) {
    let row = rowEnds.findIndex((end) => end + GAP <= mark.x0);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = mark.x1;
    mark.row = row;
  }
  return { placed, rows: Math.max(1, rowEnds.length) };
}

/** Dates on a shared time axis: days as dots, months and years as bars, intervals as thin bars (open ends run to the edge). */
export function timelineChart(lanes: readonly TimelineLane[]): Html {
  const known = lanes.flatMap((lane) => lane.marks.flatMap((mark) => [mark.extent.start, mark.extent.end].filter((day): day is number => day !== null)));
  const firstYear = yearOf(known.reduce((a, b) => Math.min(a, b)));
  const endYear = yearOf(known.reduce((a, b) => Math.max(a, b)) - 1) + 1;
  const domainStart = firstDayOfYear(firstYear);
  const domainEnd = firstDayOfYear(endYear);
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const x = (day: number) => LABEL_WIDTH + ((day - domainStart) / (domainEnd - domainStart)) * plotWidth;

  let y = TOP;
  const bands: Html[] = [];
  const rows = lanes.map((lane, i) => {
    const { placed, rows: subrows } = placeMarks(lane, x, domainStart, domainEnd);
    const top = y;
    const height = subrows * SUBROW + LANE_PADDING;
    y += height;
    const marks = placed.map((mark) => {
      const middle = top + LANE_PADDING / 2 + mark.row * SUBROW + SUBROW / 2;
      const label = html`<title>${mark.texts.map((text) => `“${text}”`).join(', ')}: ${mark.value}</title>`;
      if (mark.extent.day) return html`<circle cx="${px(mark.x0 + 5)}" cy="${px(middle)}" r="4.5" fill="${COLOURS.day}" stroke="#fff">${label}</circle>`;
      const interval = mark.value.includes('/');
      const open = mark.extent.end === null;
      const end = open ? mark.x1 - 8 : mark.x1;
      const barHeight = interval ? 6 : 10;
      const arrow = open ? html`<path d="M${px(end)} ${px(middle - 5)}l7 5-7 5z" fill="${COLOURS.interval}"/>` : '';
      return html`<g>${label}<rect x="${px(mark.x0)}" y="${px(middle - barHeight / 2)}" width="${px(end - mark.x0)}" height="${barHeight}" fill="${interval ? COLOURS.interval : COLOURS.period}" stroke="${interval ? '#00634a' : COLOURS.day}" stroke-width="0.6"/>${arrow}</g>`;
    });
    if (i % 2 === 0) bands.push(html`<rect x="${LABEL_WIDTH}" y="${top}" width="${plotWidth}" height="${height}" fill="#f4f4f4"/>`);
    return html`<g><text x="${LABEL_WIDTH - 8}" y="${px(top + height / 2 + 4)}" text-anchor="end" font-size="13">${clip(lane.title, 24)}</text>${marks}</g>
`;
  });
  const axisY = y + 4;
  const height = axisY + 48;
  const ticks = timeTicks(firstYear, endYear);
  const grid = ticks.map(
    (tick) => html`<line x1="${px(x(tick.day))}" x2="${px(x(tick.day))}" y1="${TOP}" y2="${axisY}" stroke="#d6d6d6"/><text x="${px(x(tick.day))}" y="${axisY + 16}" text-anchor="middle" font-size="12">${tick.label}</text>
`,
  );
  const count = lanes.reduce((total, lane) => total + lane.marks.length, 0);
  return svgChart(
    {
      id: 'timeline',
      width: WIDTH,
      height,
      title: 'Timeline of the dates the articles talk about',
      description: `${formatNumber(count)} dates from ${formatNumber(lanes.length)} articles placed on a time axis from ${firstYear} to ${endYear}: days as dots, months and years as bars, intervals as thin bars. The table below lists them.`,
    },
    html`${bands}${grid}${rows}<line x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT}" y1="${axisY}" y2="${axisY}" stroke="#333"/>
<text x="${px(LABEL_WIDTH + plotWidth / 2)}" y="${axisY + 40}" text-anchor="middle" font-size="13" font-weight="600">Date talked about</text>
<text x="${LABEL_WIDTH - 8}" y="${axisY + 40}" text-anchor="end" font-size="13" font-weight="600">Article</text>`,
  );
}
