import type { Word } from './words.js';

/** Multi-word lexicon entries looked up by their first word, longest phrase first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();

  /** Adds a phrase (words already in `Word.key` form); the first value added for a phrase wins. */
  add(words: string[], value: T): void {
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((entry) => entry.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** The longest phrase starting at `words[at]`: its value and the index just past it. */
  match(words: Word[], at: number): { value: T; end: number } | undefined {
    const list = at < words.length ? this.byFirst.get(words[at].key) : undefined;
    if (!list) return undefined;
    for (const entry of list) {
      if (at + entry.words.length > words.length) continue;
      if (entry.words.every((w, i) => words[at + i].key === w)) return { value: entry.value, end: at + entry.words.length };
    }
    return undefined;
  }

  /** The value of a one-word phrase. */
  single(key: string): T | undefined {
    return this.byFirst.get(key)?.find((entry) => entry.words.length === 1)?.value;
  }
}
