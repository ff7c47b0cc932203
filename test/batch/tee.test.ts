import { describe, expect, it } from 'vitest';
import { tee } from '../../src/batch/run-batch.js';

describe('tee', () => {
  it('gives every consumer every item, in order, reading the source once', async () => {
    let reads = 0;
    async function* source() {
      for (let i = 0; i < 5; i++) {
        reads++;
        yield i;
      }
    }
    const seen = await Promise.all(
      tee(source(), 3).map(async (stream, consumer) => {
        const items: number[] = [];
        for await (const item of stream) {
          items.push(item);
          // Consumers of different speeds.
          await new Promise((resolve) => setTimeout(resolve, consumer));
        }
        return items;
      }),
    );
    expect(seen).toEqual([
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
    ]);
    expect(reads).toBe(5);
  });

  it('reads the next item only when every consumer has taken the current one', async () => {
    let reads = 0;
    async function* source() {
      for (let i = 0; i < 3; i++) {
        reads++;
        yield i;
      }
    }
    const [fast, slow] = tee(source(), 2).map((stream) => stream[Symbol.asyncIterator]());
    expect((await fast.next()).value).toBe(0);
    const fastSecond = fast.next();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(reads).toBe(1);
    expect((await slow.next()).value).toBe(0);
    expect((await fastSecond).value).toBe(1);
    expect(reads).toBe(2);
  });
});
