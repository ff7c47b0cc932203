import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/diff/align.js';

describe('alignTexts', () => {
  it('maps every offset to itself when the texts are the same', () => {
    const alignment = alignTexts('same text', 'same text');
    expect(alignment.identical).toBe(true);
    expect(alignment.mapStart(5)).toBe(5);
  });

  it('shifts offsets below a paragraph added at the top', () => {
    const old = 'Title\nJapan pledged 3 trillion yen.\n';
    const added = 'Title\nA new paragraph about Tokyo.\nJapan pledged 3 trillion yen.\n';
    const alignment = alignTexts(old, added);
    const start = old.indexOf('3 trillion');
    expect(alignment.mapStart(start)).toBe(added.indexOf('3 trillion'));
    expect(alignment.mapEnd(start + '3 trillion yen'.length)).toBe(added.indexOf('3 trillion') + '3 trillion yen'.length);
  });

  it('carries an edited number onto the new number', () => {
    const old = 'Japan pledged 3 trillion yen over five years.';
    const edited = 'Japan pledged 45 trillion yen over five years.';
    const alignment = alignTexts(old, edited);
    const start = old.indexOf('3 trillion');
    const end = start + '3 trillion yen'.length;
    expect(edited.slice(alignment.mapStart(start), alignment.mapEnd(end))).toBe('45 trillion yen');
  });

  it('maps deleted text to an empty place', () => {
    const old = 'Keep this.\nDrop this line.\nKeep that.\n';
    const shorter = 'Keep this.\nKeep that.\n';
    const alignment = alignTexts(old, shorter);
    const start = old.indexOf('Drop');
    expect(alignment.mapEnd(start + 4) - alignment.mapStart(start)).toBe(0);
  });
});
