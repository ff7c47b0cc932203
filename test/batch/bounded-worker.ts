// Runs the cases named in workerData one after the other and reports each, for runBounded.
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseModule } from './bounded.js';

const { module, names } = workerData as { module: string; names: string[] };
const cases = (await import(module)) as CaseModule;
await cases.setup?.();
parentPort!.postMessage({ ready: true });
for (const name of names) {
  try {
    await cases.cases[name]();
    parentPort!.postMessage({ name });
  } catch (error) {
    parentPort!.postMessage({ name, error: (error as Error).message ?? String(error) });
  }
}
