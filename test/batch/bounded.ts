import { Worker } from 'node:worker_threads';

/** A module of named cases, run in a worker thread by `runBounded`. */
export interface CaseModule {
  setup?(): Promise<void> | void;
  cases: Record<string, () => unknown>;
}

const STARTUP_MS = 60_000;
const WORKER = new URL('./bounded-worker.ts', import.meta.url);

/**
 * Runs each named case of `module` in a worker thread and gives 'ok', the error, or a timeout for each.
 * A case that blocks its thread (a catastrophic regular expression) cannot be stopped by a test
 * timeout; here its worker is terminated after the case's limit and the remaining cases go on in a new one.
 */
export async function runBounded(module: URL, names: string[], limitMs: (name: string) => number): Promise<Record<string, string>> {
  const results: Record<string, string> = {};
  let remaining = [...names];
  while (remaining.length) {
    const batch = remaining;
    await new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./bounded-entry.mjs', import.meta.url), {
        workerData: { entry: WORKER.href, module: module.href, names: batch },
      });
      let watchdog = setTimeout(() => stop(`did not start within ${STARTUP_MS} ms`), STARTUP_MS);
      const arm = () => {
        clearTimeout(watchdog);
        const current = batch.find((name) => !(name in results));
        if (current) watchdog = setTimeout(() => stop(`took longer than ${limitMs(current)} ms`), limitMs(current));
      };
      const stop = (reason: string) => {
        const current = batch.find((name) => !(name in results));
        if (current) results[current] = reason;
        void worker.terminate();
      };
      worker.on('message', (message: { ready?: true; name?: string; error?: string }) => {
        if (message.name) results[message.name] = message.error ?? 'ok';
        arm();
      });
      worker.on('error', (error) => stop(`worker failed: ${error.message}`));
      worker.on('exit', () => {
        clearTimeout(watchdog);
        resolve();
      });
    });
    remaining = batch.filter((name) => !(name in results));
  }
  return results;
}
