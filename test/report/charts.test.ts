import { describe, expect, it } from 'vitest';
import { entitySentimentChart, entitySentimentRows } from '../../src/report/charts/entity-sentiment.js';
import { timelineChart, timelineLanes } from '../../src/report/charts/timeline.js';
import { topEntities, topEntitiesChart } from '../../src/report/charts/top-entities.js';
import { summarise, type ArticleSummary } from '../../src/report/summary.js';
import { emptyArticle, summitArticle } from './fixtures.js';

function summary(name: string, entities: ArticleSummary['entities'], dates: ArticleSummary['dates'] = []): ArticleSummary {
  return { ...summarise(name, emptyArticle(name, 'x')), title: `Title of ${name}`, entities, dates };
}

const japan = (mentions: number, sentiment?: number) => ({ id: 'gpe:japan', name: 'Japan', type: 'GPE', mentions, sentiment });
const takaichi = (mentions: number, sentiment?: number) => ({ id: 'person:takaichi', name: 'Sanae Takaichi', type: 'PERSON', mentions, sentiment });
const china = (mentions: number) => ({ id: 'gpe:china', name: 'China', type: 'GPE', mentions });

describe('topEntities', () => {
  it('adds up mentions by entity id across articles, most first, ties by name', () => {
    const top = topEntities([summary('a', [japan(3), takaichi(2)]), summary('b', [japan(1), china(2)])], 10);
    expect(top.map((e) => [e.name, e.mentions, e.articles])).toEqual([
      ['Japan', 4, 2],
      ['China', 2, 1],
      ['Sanae Takaichi', 2, 1],
    ]);
  });

  it('keeps only the requested number', () => {
    expect(topEntities([summary('a', [japan(3), takaichi(2), china(1)])], 2).map((e) => e.name)).toEqual(['Japan', 'Sanae Takaichi']);
  });
});

describe('topEntitiesChart', () => {
  it('draws one bar per entity in the type colour, with labelled axes and a text alternative', () => {
    const svg = topEntitiesChart(topEntities([summary('a', [japan(3), takaichi(2)])], 10)).value;
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('fill="#009E73"');
    expect(svg).toContain('fill="#E69F00"');
    expect(svg).toContain('>Mentions (all articles)</text>');
    expect(svg).toMatch(/<desc id="top-entities-desc">Horizontal bar chart of the 2 most mentioned entities.*Japan leads with 3 mentions/);
  });
});

describe('timeline', () => {
  it('gives a lane to each article with calendar dates, leaving out durations and unresolved values', () => {
    const { lanes, left } = timelineLanes(
      [summary('b', [], [{ value: '2025-12-20', text: 'December 20' }]), summary('a', [], [{ value: 'P5Y', text: 'five years' }]), summary('c', [], [{ value: '2004/2022', text: 'between 2004 and 2022' }])],
      10,
    );
    expect(lanes.map((lane) => lane.name)).toEqual(['b', 'c']);
    expect(left).toBe(0);
  });

  it('draws days as dots and puts overlapping marks of one article on separate rows', () => {
    const { lanes } = timelineLanes([summary('a', [], [{ value: '2004/2022', text: 'between 2004 and 2022' }, { value: '2005/..', text: 'since 2005' }, { value: '2025-12-20', text: 'December 20' }])], 10);
    const svg = timelineChart(lanes).value;
    expect(svg.match(/<circle /g)).toHaveLength(1);
    const barTops = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="6"/g)].map((m) => m[1]);
    expect(new Set(barTops).size).toBe(2);
    expect(svg).toContain('<path d="M'); // the open end of 'since 2005'
    expect(svg).toContain('>Date talked about</text>');
  });
});

describe('entitySentimentRows', () => {
  it('tells a score, a mention without a score and no mention apart', () => {
    const summaries = [summary('a', [japan(1, 0.5), takaichi(1)]), summary('b', [china(1)])];
    const top = topEntities(summaries, 2);
    const { rows } = entitySentimentRows(summaries, top, 10);
    expect(top.map((e) => e.name)).toEqual(['China', 'Japan']);
    expect(rows.map((row) => [row.name, row.cells])).toEqual([
      ['a', [undefined, 0.5]],
      ['b', [null, undefined]],
    ]);
    const svg = entitySentimentChart(top, rows).value;
    expect(svg).toContain('>+0.50</text>');
    expect(svg).toContain('>n/a</text>');
  });
});

describe('summarise', () => {
  it('takes the title from front matter, counts words and keeps every resolved date value', () => {
    const s = summarise('summit', summitArticle());
    expect(s.title).toBe('Leaders meet in Tokyo');
    expect(s.words).toBe(56);
    expect(s.counts).toEqual({ entities: 5, mentions: 7, figures: 2, dates: 3, quotes: 1, comments: 1, warnings: 1 });
    expect(s.dates.map((d) => d.value)).toEqual(['2025-12-20', 'P5Y', '2004/2022']);
  });
});
