import { formatNumber } from '../format.js';
import { html, type Html, type Interpolation } from '../html.js';

/** Coordinates are rounded so that the SVG text is the same on every machine and stays short. */
export const px = (value: number): string => formatNumber(Math.round(value * 10) / 10, 1).replace(/,/g, '');

export interface ChartFrame {
  id: string;
  width: number;
  height: number;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  description: string;
}

/** An SVG chart that announces itself as one image with a title and a description. */
export function svgChart(frame: ChartFrame, content: Interpolation): Html {
  return html`<svg viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${frame.id}-title ${frame.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${frame.id}-title">${frame.title}</title>
<desc id="${frame.id}-desc">${frame.description}</desc>
${content}
</svg>`;
}

/** About `count` whole tick values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(value);
    if (value >= max) break;
  }
  return ticks;
}

/** Shortens a label to fit a column of the chart, with an ellipsis. */
export function clip(text: string, characters: number): string {
  const chars = Array.from(text);
  return chars.length <= characters ? text : `${chars.slice(0, characters - 1).join('')}…`;
}
