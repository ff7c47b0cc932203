import { entitySentimentChart, entitySentimentRows } from './charts/entity-sentiment.js';
import { timelineChart, timelineLanes } from './charts/timeline.js';
import { topEntities, topEntitiesChart } from './charts/top-entities.js';
import { compareText, formatNumber, formatScore, plural } from './format.js';
import { html, relativeHref, type Html } from './html.js';
import { page } from './layout.js';
import { cssName } from './marks.js';
import { ENTITY_COLOURS, SENTIMENT_STEPS, sentimentStep, sentimentText } from './palette.js';
import type { ArticleSummary } from './summary.js';
import { sortableTable } from './table.js';

/** What the run page shows of run.json. */
export interface RunInfo {
  pipeline?: string;
  pipelinePath?: string;
  referenceDate?: string;
  seconds?: number;
  versions: Array<[string, string]>;
  /** The reason each failed article failed. */
  failed: string[];
  inputProblems: string[];
  /** Ids of article files in the folder that the run did not produce (left from an earlier run). */
  orphans: string[];
}

export interface RunPageInput {
  summaries: ArticleSummary[];
  run?: RunInfo;
  /** CSV tables and workbooks in the output folder, by file name. */
  files: string[];
  /** Article files that could not be read. */
  problems: string[];
}

const TOP_ENTITIES = 15;
const SENTIMENT_ENTITIES = 10;
const CHART_ROWS = 30;

const articleHref = (name: string) => relativeHref('articles', `${name}.html`);

export function runPage({ summaries, run, files, problems }: RunPageInput): Html {
  const top = topEntities(summaries, TOP_ENTITIES);
  return page(
    'Dossier run report',
    html`<header>
<h1>Dossier run report</h1>
${runMeta(run, summaries)}
${totals(summaries)}
</header>
<main>
<nav aria-label="Files"><h2>Files</h2><ul class="files">${files.map((name) => html`<li><a href="${relativeHref('..', name)}">${name}</a></li>`)}${run ? html`<li><a href="../run.json">run.json</a></li>` : ''}</ul></nav>
${failures(run, problems)}
<section aria-labelledby="articles-heading"><h2 id="articles-heading">Articles</h2>${articleTable(summaries, new Set(run?.orphans))}</section>
<section aria-labelledby="top-heading"><h2 id="top-heading">Most mentioned entities</h2>${topSection(top)}</section>
<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">Timeline of the dates the articles talk about</h2>${timelineSection(summaries)}</section>
<section aria-labelledby="sentiment-heading"><h2 id="sentiment-heading">Sentiment towards the top entities</h2>${sentimentSection(summaries, top.slice(0, SENTIMENT_ENTITIES))}</section>
</main>
`,
  );
}

function runMeta(run: RunInfo | undefined, summaries: ArticleSummary[]): Html {
  if (!run) return html`<p class="note">${plural(summaries.length, 'article')}; no run.json was found, so the run's settings are not shown.</p>`;
  return html`<ul class="meta"><li>Pipeline <b>${run.pipeline ?? 'unknown'}</b>${run.pipelinePath ? ` (${run.pipelinePath})` : ''}</li><li>Reference date <b>${run.referenceDate ?? 'from each article'}</b></li>${run.seconds === undefined ? '' : html`<li>Took <b>${formatNumber(run.seconds, 1)} s</b></li>`}
<li>${run.versions.map(([name, version], i) => html`${i ? ', ' : ''}${name} ${version}`)}</li></ul>`;
}

function totals(summaries: ArticleSummary[]): Html {
  const sum = (key: keyof ArticleSummary['counts']) => summaries.reduce((total, s) => total + s.counts[key], 0);
  const cards: Array<[string, number]> = [
    ['articles', summaries.length],
    ['words', summaries.reduce((total, s) => total + s.words, 0)],
    ['entities', sum('entities')],
    ['mentions', sum('mentions')],
    ['figures', sum('figures')],
    ['dates', sum('dates')],
    ['quotes', sum('quotes')],
    ['warnings', sum('warnings')],
  ];
  return html`<ul class="cards">${cards.map(([label, value]) => html`<li><b>${formatNumber(value)}</b>${label}</li>`)}</ul>`;
}

function failures(run: RunInfo | undefined, problems: string[]): Html {
  const items = [
    ...(run?.failed ?? []).map((reason) => html`<li><span class="sev-error">failed</span> ${reason}</li>`),
    ...(run?.inputProblems ?? []).map((problem) => html`<li><span class="sev-error">input</span> ${problem}</li>`),
    ...problems.map((problem) => html`<li><span class="sev-error">report</span> ${problem}</li>`),
  ];
  return items.length ? html`<section aria-labelledby="failures-heading"><h2 id="failures-heading">Problems</h2><ul class="warnings">${items}</ul></section>` : html``;
}

function articleTable(summaries: ArticleSummary[], orphans: Set<string>): Html {
  const count = (key: keyof ArticleSummary['counts'], header: string) => ({ header, numeric: true, cell: (s: ArticleSummary) => formatNumber(s.counts[key]), sortKey: (s: ArticleSummary) => s.counts[key] });
  return sortableTable(
    'Articles: click a title for the article page',
    [
      {
        header: 'Title',
        className: 'long',
        cell: (s) =>
          html`<a href="${articleHref(s.name)}">${s.title}</a>${s.title === s.id ? '' : html`<br><span class="note">${s.id}</span>`}${orphans.has(s.id) ? html`<br><span class="flag">not from the last run</span>` : ''}`,
      },
      { header: 'Date', className: 'nowrap', cell: (s) => s.date ?? '' },
      { header: 'Words', numeric: true, cell: (s) => formatNumber(s.words), sortKey: (s) => s.words },
      count('entities', 'Entities'),
      count('figures', 'Figures'),
      count('dates', 'Dates'),
      count('quotes', 'Quotes'),
      count('comments', 'Comments'),
      count('warnings', 'Warnings'),
      { header: 'Sentiment', numeric: true, cell: (s) => html`<span class="badge s-${sentimentStep(s.sentiment.score)}">${sentimentText(s.sentiment)}</span>`, sortKey: (s) => s.sentiment.score },
    ],
    summaries,
    'No articles were found.',
  );
}

function topSection(top: ReturnType<typeof topEntities>): Html {
  if (!top.length) return html`<p class="note">No entities were found.</p>`;
  const types = [...new Set(top.map((entity) => entity.type))].sort((a, b) => Object.keys(ENTITY_COLOURS).indexOf(a) - Object.keys(ENTITY_COLOURS).indexOf(b) || compareText(a, b));
  return html`<div class="legend-row" aria-hidden="true">${types.map((type) => html`<span><span class="dot t-${cssName(type)}"></span>${type}</span>`)}</div>
<figure class="chart">${topEntitiesChart(top)}</figure>
<details><summary>The data as a table</summary>${sortableTable(
    'Most mentioned entities',
    [
      { header: 'Entity', cell: (e) => e.name },
      { header: 'Type', cell: (e) => e.type },
      { header: 'Mentions', numeric: true, cell: (e) => formatNumber(e.mentions), sortKey: (e) => e.mentions },
      { header: 'Articles', numeric: true, cell: (e) => formatNumber(e.articles), sortKey: (e) => e.articles },
    ],
    top,
    '',
  )}</details>`;
}

function timelineSection(summaries: ArticleSummary[]): Html {
  const { lanes, left } = timelineLanes(summaries, CHART_ROWS);
  if (!lanes.length) return html`<p class="note">No article mentions a date that can be placed on a calendar.</p>`;
  const rows = lanes.flatMap((lane) => lane.marks.map((mark) => ({ lane, mark })));
  return html`<div class="legend-row" aria-hidden="true"><span><span class="dot day"></span>day</span><span><span class="dot period"></span>month, season or year</span><span><span class="dot interval"></span>interval (an arrow: open-ended)</span></div>
<figure class="chart">${timelineChart(lanes)}</figure>
${left ? html`<p class="note">${plural(left, 'more article')} with dates not drawn; the table lists the drawn ones, dates.csv has them all.</p>` : ''}
<details><summary>The data as a table</summary>${sortableTable(
    'Dates placed on the timeline',
    [
      { header: 'Article', cell: (r) => html`<a href="${articleHref(r.lane.name)}">${r.lane.title}</a>` },
      { header: 'As written', cell: (r) => r.mark.text },
      { header: 'Value', cell: (r) => r.mark.value },
    ],
    rows,
    '',
  )}</details>`;
}

function sentimentSection(summaries: ArticleSummary[], entities: ReturnType<typeof topEntities>): Html {
  if (!entities.length) return html`<p class="note">No entities were found.</p>`;
  const { rows, left } = entitySentimentRows(summaries, entities, CHART_ROWS);
  const key = SENTIMENT_STEPS.map((step) => html`<span class="dot s-${step}"></span>`);
  return html`<div class="legend-row" aria-hidden="true"><span>negative ${key} positive</span><span>n/a: mentioned without a score</span></div>
<figure class="chart">${entitySentimentChart(entities, rows)}</figure>
${left ? html`<p class="note">${plural(left, 'more article')} not drawn; entities.csv has every score.</p>` : ''}
<details><summary>The data as a table</summary>${sortableTable(
    'Sentiment towards the top entities',
    [
      { header: 'Article', cell: (r) => html`<a href="${articleHref(r.name)}">${r.title}</a>` },
      ...entities.map((entity, j) => ({
        header: entity.name,
        numeric: true,
        cell: (r: (typeof rows)[number]) => (r.cells[j] === undefined ? '' : r.cells[j] === null ? 'n/a' : formatScore(r.cells[j]!)),
        sortKey: (r: (typeof rows)[number]) => r.cells[j] ?? '',
      })),
    ],
    rows,
    '',
  )}</details>`;
}
