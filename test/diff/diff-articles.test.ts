import { describe, expect, it } from 'vitest';
import { diffArticles } from '../../src/diff/diff-articles.js';
import { buildArticle, type ArticleSpec } from './fixtures.js';

const TEXT = [
  'Japan hosts Central Asia summit',
  'Japan pledged 3 trillion yen (US$19 billion) on December 20, 2025. Leaders met in Tokyo.',
  'Trade grew 12% since 2006. Kazakhstan welcomed the plan.',
].join('\n');

const spec = (overrides: Partial<ArticleSpec> = {}): ArticleSpec => ({
  entities: [
    { name: 'Japan', type: 'GPE', mentions: ['Japan', ['Japan', 1]], sentiment: 0.2 },
    { name: 'Tokyo', type: 'GPE', mentions: ['Tokyo'] },
    { name: 'Kazakhstan', type: 'GPE', mentions: ['Kazakhstan'] },
  ],
  figures: [
    { text: '3 trillion yen', kind: 'money', value: 3e12, unit: 'JPY' },
    { text: 'US$19 billion', kind: 'money', value: 19e9, unit: 'USD', equivalentOf: 0 },
    { text: '12%', kind: 'percent', value: 12, unit: '%' },
  ],
  dates: [
    { text: 'December 20, 2025', value: '2025-12-20' },
    { text: '2006', value: '2006' },
  ],
  sentenceScores: [0, 0.3, 0, 0.1, 0.4],
  ...overrides,
});

describe('diffArticles', () => {
  it('finds nothing between an article and itself', () => {
    const article = buildArticle(TEXT, spec());
    const diff = diffArticles(article, structuredClone(article));
    expect(diff.status).toBe('unchanged');
    expect(diff.changes).toEqual([]);
    expect(diff.textChanged).toBe(false);
  });

  it('shows an edited figure as one changed figure with its old and new value, and nothing else, not even in the figure given as its equivalent', () => {
    const before = buildArticle(TEXT, spec());
    const editedText = TEXT.replace('3 trillion yen', '4 trillion yen');
    const after = buildArticle(editedText, spec({ figures: [{ text: '4 trillion yen', kind: 'money', value: 4e12, unit: 'JPY' }, ...spec().figures!.slice(1)] }));
    const diff = diffArticles(before, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      table: 'figures',
      change: 'changed',
      fields: [
        { field: 'value', old: 3e12, new: 4e12 },
        { field: 'text', old: '3 trillion yen', new: '4 trillion yen' },
      ],
    });
    expect(diff.textChanged).toBe(true);
  });

  it('shows a figure pointed at another equivalent figure as changed', () => {
    const before = buildArticle(TEXT, spec());
    const figures = spec().figures!.map((f, index) => (index === 1 ? { ...f, equivalentOf: 2 } : f));
    const [change, ...rest] = diffArticles(before, buildArticle(TEXT, spec({ figures }))).changes;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ table: 'figures', change: 'changed', fields: [{ field: 'equivalent_of', old: '3 trillion yen', new: '12%' }] });
  });

  it('shows only the facts of a paragraph added at the top, although every offset below it shifted', () => {
    const before = buildArticle(TEXT, spec());
    const paragraph = 'In March 2026 Uzbekistan sent 40 officials to Tokyo.';
    const lines = TEXT.split('\n');
    const grownText = [lines[0], paragraph, ...lines.slice(1)].join('\n');
    const grown = spec();
    grown.entities = [
      { name: 'Japan', type: 'GPE', mentions: ['Japan', ['Japan', 1]], sentiment: 0.2 },
      { name: 'Tokyo', type: 'GPE', mentions: ['Tokyo', ['Tokyo', 1]] },
      { name: 'Kazakhstan', type: 'GPE', mentions: ['Kazakhstan'] },
      { name: 'Uzbekistan', type: 'GPE', mentions: ['Uzbekistan'] },
    ];
    // The new figure comes first, so the index of the equivalent figure moves up by one.
    const shifted = grown.figures!.map((f) => (f.equivalentOf === undefined ? f : { ...f, equivalentOf: f.equivalentOf + 1 }));
    grown.figures = [{ text: '40 officials', kind: 'count', value: 40, unit: 'officials' }, ...shifted];
    grown.dates = [{ text: 'March 2026', value: '2026-03' }, ...grown.dates!];
    grown.sentenceScores = [0, 0, 0.3, 0, 0.1, 0.4];
    const diff = diffArticles(before, buildArticle(grownText, grown));
    const summary = diff.changes.map((c) => `${c.change} ${c.table} ${(c.new ?? c.old)!.label}`);
    expect(summary).toEqual([
      'added entities Uzbekistan',
      'added mentions Uzbekistan → Uzbekistan',
      'added mentions Tokyo → Tokyo',
      'added figures 40 officials',
      'added dates March 2026',
      'added sentences In March 2026 Uzbekistan sent 40 officials to Tokyo.',
    ]);
  });

  it('matches a fact by its content when its paragraph moved', () => {
    const lines = TEXT.split('\n');
    const moved = [lines[0], lines[2], lines[1]].join('\n');
    const diff = diffArticles(buildArticle(TEXT, spec()), buildArticle(moved, spec({ sentenceScores: [0, 0.1, 0.4, 0.3, 0] })));
    expect(diff.changes).toEqual([]);
  });

  it('shows a re-extracted fact at the same place as changed, not as removed and added', () => {
    const before = buildArticle(TEXT, spec());
    const after = buildArticle(TEXT, spec({ dates: [{ text: 'December 20', value: '2025-12-20' }, { text: '2006', value: '2006' }] }));
    const [change, ...rest] = diffArticles(before, after).changes;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ table: 'dates', change: 'changed', fields: [{ field: 'text', old: 'December 20, 2025', new: 'December 20' }] });
  });

  it('reports an entity by id: a new sentiment is a change, a lost entity a removal', () => {
    const before = buildArticle(TEXT, spec());
    const entities = spec().entities!.filter((e) => e.name !== 'Kazakhstan').map((e) => (e.name === 'Japan' ? { ...e, sentiment: -0.4 } : e));
    const diff = diffArticles(before, buildArticle(TEXT, spec({ entities })));
    expect(diff.changes.map((c) => [c.table, c.change, (c.old ?? c.new)!.label])).toEqual([
      ['entities', 'changed', 'Japan'],
      ['entities', 'removed', 'Kazakhstan'],
      ['mentions', 'removed', 'Kazakhstan → Kazakhstan'],
    ]);
    expect(diff.changes[0]!.fields).toEqual([
      { field: 'sentiment_score', old: 0.2, new: -0.4 },
      { field: 'sentiment_label', old: 'positive', new: 'negative' },
    ]);
  });

  it('ignores the tables and fields it is told to, and scores within the tolerance', () => {
    const before = buildArticle(TEXT, spec());
    const after = buildArticle(TEXT, spec({ sentenceScores: [0, 0.32, 0, 0.1, 0.4], articleScore: 0.5 }));
    expect(diffArticles(before, after).changes.map((c) => c.table)).toEqual(['articles', 'sentences']);
    expect(diffArticles(before, after, { ignore: ['sentiment'], tolerance: 0 }).changes).toEqual([]);
    expect(diffArticles(before, after, { ignore: ['articles'], tolerance: 0.05 }).changes).toEqual([]);
    expect(diffArticles(before, after, { ignore: ['sentences.sentiment'], tolerance: 0 }).changes.map((c) => c.table)).toEqual(['articles']);
  });

  it('leaves ignored fields out of the facts it reports', () => {
    const before = buildArticle(TEXT, spec());
    const entities = spec().entities!.filter((e) => e.name !== 'Kazakhstan');
    const removed = diffArticles(before, buildArticle(TEXT, spec({ entities })), { ignore: ['sentiment', 'mentions'], tolerance: 0 }).changes;
    expect(removed).toEqual([{ table: 'entities', change: 'removed', old: { label: 'Kazakhstan', fields: { name: 'Kazakhstan', type: 'GPE', roles: null } }, new: null, fields: [] }]);
  });
});
