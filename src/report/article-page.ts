import type { Comment, DateMention, Entity, Figure, Message, Quote, Segment, Sentiment } from '../article/types.js';
import type { ArticleJson } from '../output/article-json.js';
import { dateValue, describeEntity, figureValue, qualifierWords } from './describe.js';
import { compareText, formatNumber, plural } from './format.js';
import { html, join, relativeHref, safeExternalUrl, type Html } from './html.js';
import { page } from './layout.js';
import { collectMarks, cssName, dateAnchor, entityAnchor, figureAnchor, MarkWriter, quoteAnchor, type MarkKind } from './marks.js';
import { ENTITY_COLOURS, SENTIMENT_STEPS, sentimentStep, sentimentText } from './palette.js';
import { articleTitle, countWords } from './summary.js';
import { sortableTable } from './table.js';

type BlockKind = Segment['kind'] | 'other';
interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Index into `article.segments`; none for text no segment covers. */
  segment?: number;
}

/** The page of one article: its text with every annotation marked, then the annotations as tables. */
export function articlePage(name: string, article: ArticleJson): Html {
  const title = articleTitle(article);
  const { marks, invalid } = collectMarks(article);
  const writer = new MarkWriter(article.text, marks);
  const segmentSentiment = new Map(article.sentiment.segments.map((s) => [s.segment, s] as const));

  // Blocks are written in text order (the MarkWriter needs it) and gathered into three places.
  const body: Html[] = [];
  const comments: Html[] = [];
  let trailer: Html[] = [];
  const flushTrailer = () => {
    if (trailer.length) body.push(html`<aside class="trailer" aria-label="Trailer: byline, links and boilerplate">${trailer}</aside>`);
    trailer = [];
  };
  for (const block of textBlocks(article)) {
    const content = writer.write(block.start, block.end);
    if (block.kind === 'comment') {
      comments.push(commentBlock(content, findComment(article.comments, block)));
      continue;
    }
    if (block.kind === 'trailer') {
      trailer.push(html`<div class="seg k-trailer"><div class="body">${content}</div></div>`);
      continue;
    }
    flushTrailer();
    const sentiment = block.segment === undefined ? undefined : segmentSentiment.get(block.segment);
    body.push(segmentBlock(block.kind, content, sentiment));
  }
  flushTrailer();

  const sortedMessages = [...article.messages].sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || compareText(a.stage, b.stage) || compareText(a.reason, b.reason));
  return page(
    `${title} · Dossier report`,
    html`<p class="crumbs"><a href="../index.html">← Run report</a> · <a href="${relativeHref('..', '..', 'articles', `${name}.json`)}">JSON</a></p>
<header>
<h1>${title}</h1>
${metadataLine(article)}
${countCards(article)}
</header>
<main>
<div class="columns">
<div>
<h2 id="text">Text</h2>
${legend(article)}
<div class="text">
${body}
</div>
${comments.length ? html`<section class="comments" aria-labelledby="comments-heading"><h2 id="comments-heading">Reader comments</h2>${comments}</section>` : ''}
</div>
<div>
${warnings(sortedMessages, invalid)}
<section aria-labelledby="cast-heading"><h2 id="cast-heading">Who and what</h2>${cast(article.entities)}</section>
</div>
</div>
<section aria-labelledby="entities-heading"><h2 id="entities-heading">Entities</h2>${entityTable(article.entities)}</section>
<section aria-labelledby="figures-heading"><h2 id="figures-heading">Figures</h2>${figureTable(article.figures)}</section>
<section aria-labelledby="dates-heading"><h2 id="dates-heading">Dates</h2>${dateTable(article.dates)}</section>
<section aria-labelledby="quotes-heading"><h2 id="quotes-heading">Quotes</h2>${quoteTable(article.quotes)}</section>
</main>
`,
  );
}

/** The segments in text order, plus any stretch of text no segment covers, line by line. */
export function textBlocks(article: ArticleJson): Block[] {
  const { text } = article;
  const segments = article.segments
    .map((segment, index) => ({ start: segment.start, end: segment.end, kind: segment.kind as BlockKind, segment: index }))
    .filter((block) => Number.isInteger(block.start) && Number.isInteger(block.end) && block.start >= 0 && block.start < block.end && block.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: Block[] = [];
  let covered = 0;
  const uncovered = (until: number) => {
    let lineStart = covered;
    while (lineStart < until) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline > until ? until : newline;
      if (text.slice(lineStart, lineEnd).trim()) blocks.push({ start: lineStart, end: lineEnd, kind: 'other' });
      lineStart = lineEnd + 1;
    }
  };
  for (const segment of segments) {
    if (segment.start < covered) continue; // overlapping segments: the first one wins
    uncovered(segment.start);
    blocks.push(segment);
    covered = segment.end;
  }
  uncovered(text.length);
  return blocks;
}

function segmentBlock(kind: BlockKind, content: Html, sentiment: Sentiment | undefined): Html {
  const heading = kind === 'title' ? html` role="heading" aria-level="2"` : kind === 'heading' ? html` role="heading" aria-level="3"` : '';
  return html`<div class="seg k-${kind}">${strip(kind, sentiment)}<div class="body"${heading}>${content}</div></div>\n`;
}

function strip(kind: BlockKind, sentiment: Sentiment | undefined): Html {
  if (!sentiment) return html`<div class="strip none" title="${kind}: no sentiment score"></div>`;
  const description = `${kind} sentiment: ${sentimentText(sentiment)}`;
  return html`<div class="strip s-${sentimentStep(sentiment.score)}" title="${description}"><span class="vh">${description}</span></div>`;
}

function findComment(comments: Comment[], block: Block): Comment | undefined {
  return comments.find((comment) => comment.start < block.end && comment.end > block.start);
}

function commentBlock(content: Html, comment: Comment | undefined): Html {
  const badges = comment
    ? html`<p class="note"><span class="badge s-${sentimentStep(comment.sentiment.score)}">${sentimentText(comment.sentiment)}</span>${comment.sarcasm ? html` <span class="flag">sarcasm?</span>` : ''}</p>`
    : '';
  return html`<article class="comment">${badges}<div class="seg k-comment"><div class="body">${content}</div></div></article>\n`;
}

function metadataLine(article: ArticleJson): Html {
  const { metadata, referenceDate } = article;
  const url = safeExternalUrl(metadata.url);
  const items: Html[] = [];
  if (metadata.date) items.push(html`<li>Published <b>${metadata.date}</b></li>`);
  if (metadata.source) items.push(html`<li>Source <b>${metadata.source}</b></li>`);
  if (metadata.author || metadata.authorHandle) items.push(html`<li>By <b>${[metadata.author, metadata.authorHandle].filter(Boolean).join(' ')}</b></li>`);
  if (url) items.push(html`<li><a href="${url}" rel="noreferrer noopener">${metadata.url}</a></li>`);
  else if (metadata.url) items.push(html`<li>URL <b>${metadata.url}</b> (not a web address, not linked)</li>`);
  items.push(html`<li>Reference date <b>${referenceDate.value ?? 'none'}</b> (${referenceDate.source})</li>`);
  items.push(html`<li>Id <b>${article.id}</b></li>`);
  return html`<ul class="meta">${items}</ul>`;
}

function countCards(article: ArticleJson): Html {
  const sentiment = article.sentiment.article;
  const cards: Array<[string, Html | string]> = [
    ['words', formatNumber(countWords(article.text))],
    ['entities', formatNumber(article.entities.length)],
    ['figures', formatNumber(article.figures.length)],
    ['dates', formatNumber(article.dates.length)],
    ['quotes', formatNumber(article.quotes.length)],
    ['reader comments', formatNumber(article.comments.length)],
    ['article sentiment', html`<span class="badge s-${sentimentStep(sentiment.score)}">${sentimentText(sentiment)}</span>`],
  ];
  return html`<ul class="cards">${cards.map(([label, value]) => html`<li><b>${value}</b>${label}</li>`)}</ul>`;
}

const KIND_NAMES: Record<MarkKind, string> = { entity: 'Entities', figure: 'Figures', date: 'Dates', quote: 'Quotes' };

function legend(article: ArticleJson): Html {
  const counts: Record<MarkKind, number> = { entity: article.entities.reduce((n, e) => n + e.mentions.length, 0), figure: article.figures.length, date: article.dates.length, quote: article.quotes.length };
  const switches = (Object.keys(KIND_NAMES) as MarkKind[]).map(
    (kind) => html`<label><input type="checkbox" checked data-hide="${kind}"> <span class="swatch m-${kind} t-GPE">${KIND_NAMES[kind]}</span> ${formatNumber(counts[kind])}</label>`,
  );
  const types = [...new Set(article.entities.map((entity) => entity.type))].sort((a, b) => typeOrder(a) - typeOrder(b) || compareText(a, b));
  const typeKey = types.map((type) => html`<span class="swatch m-entity t-${cssName(type)}">${type}</span>`);
  const sentimentKey = SENTIMENT_STEPS.map((step) => html`<span class="dot s-${step}"></span>`);
  return html`<div class="legend" role="group" aria-label="Marks shown in the text">${switches}
<span class="key" aria-label="Entity types">${typeKey}</span>
<span class="note">Margin: paragraph sentiment, negative ${sentimentKey} positive</span></div>
<p class="note">Hover over a mark, or reach it with Tab, to see what it was read as.</p>`;
}

function warnings(messages: Message[], invalid: number): Html {
  if (!messages.length && !invalid) return html`<section aria-labelledby="warnings-heading"><h2 id="warnings-heading">Warnings</h2><p class="note">None.</p></section>`;
  const items = messages.map(
    (m) =>
      html`<li><span class="sev-${m.severity}">${m.severity}</span> [${m.stage}] ${m.reason}${m.line !== undefined ? ` (line ${m.line})` : ''}${m.start !== undefined ? ` (offset ${m.start})` : ''}</li>`,
  );
  if (invalid) items.push(html`<li><span class="sev-warning">report</span> ${plural(invalid, 'annotation')} with offsets outside the text could not be marked</li>`);
  return html`<section aria-labelledby="warnings-heading"><h2 id="warnings-heading">Warnings</h2><ul class="warnings">${items}</ul></section>`;
}

const typeOrder = (type: string) => {
  const index = Object.keys(ENTITY_COLOURS).indexOf(type);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
};

/** The entities at a glance, by type and then by how often they are mentioned. */
function cast(entities: Entity[]): Html {
  if (!entities.length) return html`<p class="note">No entities.</p>`;
  const indexed = entities.map((entity, index) => ({ entity, index }));
  const types = [...new Set(entities.map((entity) => entity.type))].sort((a, b) => typeOrder(a) - typeOrder(b) || compareText(a, b));
  return html`<div class="cast">${types.map((type) => {
    const members = indexed
      .filter((r) => r.entity.type === type)
      .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || compareText(a.entity.name, b.entity.name));
    return html`<h3>${type}</h3><div>${members.map((r) =>
      r.entity.mentions.length
        ? html`<a class="chip t-${cssName(type)}" href="#${entityAnchor(r.index)}" title="${describeEntity(r.entity)}">${r.entity.name}<small>${r.entity.mentions.length}</small></a> `
        : html`<span class="chip t-${cssName(type)}">${r.entity.name}</span> `,
    )}</div>`;
  })}</div>`;
}

const link = (anchor: string, text: string) => html`<a href="#${anchor}">${text}</a>`;
const sentimentCell = (sentiment: Sentiment | undefined) => (sentiment ? html`<span class="badge s-${sentimentStep(sentiment.score)}">${sentimentText(sentiment)}</span>` : '');

function entityTable(entities: Entity[]): Html {
  const rows = entities.map((entity, index) => ({ entity, index, first: Math.min(...entity.mentions.map((m) => m.start)) }));
  return sortableTable(
    'Entities: one row per real-world entity',
    [
      { header: 'Name', cell: (r) => (r.entity.mentions.length ? link(entityAnchor(r.index), r.entity.name) : r.entity.name) },
      { header: 'Type', className: 'nowrap', cell: (r) => html`<span class="dot t-${cssName(r.entity.type)}"></span>${r.entity.type}` },
      { header: 'Mentions', numeric: true, cell: (r) => r.entity.mentions.length },
      { header: 'Forms', cell: (r) => join([...new Set(r.entity.mentions.map((m) => m.text))], ' | ') },
      { header: 'Roles', cell: (r) => r.entity.roles?.join(', ') },
      { header: 'Sentiment', numeric: true, cell: (r) => sentimentCell(r.entity.sentiment), sortKey: (r) => r.entity.sentiment?.score ?? '' },
      { header: 'First at', numeric: true, cell: (r) => (Number.isFinite(r.first) ? r.first : ''), sortKey: (r) => (Number.isFinite(r.first) ? r.first : '') },
    ],
    rows,
    'No entities.',
  );
}

function figureTable(figures: Figure[]): Html {
  return sortableTable(
    'Figures: money, percentages, counts and quantities',
    [
      { header: 'As written', cell: (r) => link(figureAnchor(r.index), r.figure.text) },
      { header: 'Kind', cell: (r) => r.figure.kind },
      { header: 'Value', numeric: true, cell: (r) => figureValue(r.figure), sortKey: (r) => r.figure.value },
      { header: 'Unit', cell: (r) => r.figure.unit },
      { header: 'Qualifier', cell: (r) => qualifierWords(r.figure.qualifier) },
      { header: 'About', className: 'long', cell: (r) => r.figure.subject },
      { header: 'Same as', numeric: true, cell: (r) => (r.figure.equivalentOf === undefined ? '' : link(figureAnchor(r.figure.equivalentOf), figures[r.figure.equivalentOf]?.text ?? `#${r.figure.equivalentOf}`)), sortKey: (r) => r.figure.equivalentOf ?? '' },
      { header: 'At', numeric: true, cell: (r) => r.figure.start },
    ],
    figures.map((figure, index) => ({ figure, index })),
    'No figures.',
  );
}

function dateTable(dates: DateMention[]): Html {
  return sortableTable(
    'Dates, ranges, durations and times',
    [
      { header: 'As written', cell: (r) => link(dateAnchor(r.index), r.date.text) },
      { header: 'Kind', cell: (r) => r.date.kind },
      { header: 'Value', cell: (r) => dateValue(r.date), sortKey: (r) => r.date.value ?? '' },
      { header: 'Relative', cell: (r) => (r.date.relative ? 'yes' : 'no') },
      { header: 'At', numeric: true, cell: (r) => r.date.start },
    ],
    dates.map((date, index) => ({ date, index })),
    'No dates.',
  );
}

function quoteTable(quotes: Quote[]): Html {
  return sortableTable(
    'Quotes: direct speech and who said it',
    [
      { header: 'Speaker', cell: (r) => r.quote.speaker ?? html`<span class="note">unknown</span>` },
      { header: 'Quote', className: 'long', cell: (r) => link(quoteAnchor(r.index), r.quote.text) },
      { header: 'At', numeric: true, cell: (r) => r.quote.start },
    ],
    quotes.map((quote, index) => ({ quote, index })),
    'No quotes.',
  );
}
