/** Where progress goes: a terminal gets a bar redrawn in place, anything else a line now and then. */
export interface ProgressOptions {
  write(text: string): void;
  tty: boolean;
  /** Terminal width, for the bar. */
  columns?: number;
  /** Minimum time between two lines when not on a terminal. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Prints a message line without breaking the bar. */
  log(line: string): void;
  finish(): void;
}

const BAR_REDRAW_MS = 100;

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 5_000;
  const started = now();
  // Off a terminal, a short run prints no progress at all: the first line comes after one interval.
  let lastDrawn = options.tty ? Number.NEGATIVE_INFINITY : started;
  let barShown = false;
  let latest: { done: number; total: number } | undefined;

  const clearBar = () => {
    if (barShown) options.write('\r\x1b[2K');
    barShown = false;
  };
  const draw = (force: boolean) => {
    if (!latest) return;
    const time = now();
    if (!force && time - lastDrawn < (options.tty ? BAR_REDRAW_MS : interval)) return;
    lastDrawn = time;
    const line = describe(latest.done, latest.total, (time - started) / 1000);
    if (options.tty) {
      options.write(`\r\x1b[2K${bar(latest.done, latest.total, options.columns ?? 80, line)}`);
      barShown = true;
    } else options.write(`${line}\n`);
  };

  return {
    update(done, total) {
      latest = { done, total };
      draw(done === total && options.tty);
    },
    log(line) {
      clearBar();
      options.write(`${line}\n`);
      if (options.tty) draw(true);
    },
    finish() {
      clearBar();
    },
  };
}

/** '120/1000 articles, 35.2/s, 25 s left': the words of the bar, and the whole line off a terminal. */
export function describe(done: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? (total - done) / rate : undefined;
  return `${done}/${total} articles, ${rate.toFixed(1)}/s, ${left === undefined ? '?' : formatDuration(left)} left`;
}

function bar(done: number, total: number, columns: number, words: string): string {
  const width = Math.max(10, Math.min(40, columns - words.length - 8));
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${words}`;
}

export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}
