import { describe, expect, it } from 'vitest';
import { createProgress, describe as describeProgress, formatDuration } from '../../src/batch/progress.js';

function recorder(tty: boolean) {
  let time = 0;
  const output: string[] = [];
  const progress = createProgress({ write: (text) => output.push(text), tty, columns: 100, intervalMs: 5_000, now: () => time });
  return { progress, output, advance: (ms: number) => (time += ms) };
}

describe('progress', () => {
  it('says done and total, rate and time left', () => {
    expect(describeProgress(120, 1000, 4)).toBe('120/1000 articles, 30.0/s, 30 s left');
    expect(describeProgress(0, 10, 0)).toBe('0/10 articles, 0.0/s, ? left');
    expect(formatDuration(3725)).toBe('1 h 2 min');
    expect(formatDuration(61)).toBe('1 min 1 s');
  });

  it('off a terminal, prints a plain line at most once per interval, and nothing for a short run', () => {
    const { progress, output, advance } = recorder(false);
    for (let done = 1; done <= 100; done++) {
      advance(200);
      progress.update(done, 100);
    }
    progress.finish();
    expect(output).toHaveLength(4); // 20 s of work, one line per 5 s
    expect(output.every((line) => line.endsWith(' left\n') && !line.includes('\r') && !line.includes('\x1b'))).toBe(true);

    const short = recorder(false);
    short.advance(100);
    short.progress.update(1, 1);
    short.progress.finish();
    expect(short.output).toEqual([]);
  });

  it('on a terminal, redraws a bar in place and clears it for messages and at the end', () => {
    const { progress, output, advance } = recorder(true);
    advance(1000);
    progress.update(5, 10);
    expect(output.at(-1)).toMatch(/^\r\x1b\[2K\[#+-+\]  50% 5\/10 articles, 5\.0\/s, 1 s left$/);
    progress.log('warning: a.txt:3: [figures] odd');
    expect(output.slice(-3, -1)).toEqual(['\r\x1b[2K', 'warning: a.txt:3: [figures] odd\n']);
    expect(output.at(-1)).toMatch(/^\r\x1b\[2K\[/);
    progress.update(10, 10);
    progress.finish();
    expect(output.at(-1)).toBe('\r\x1b[2K');
  });
});
