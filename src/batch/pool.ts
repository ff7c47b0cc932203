import { Piscina } from 'piscina';
import { processFile, type FileOutcome, type FileTask } from './process-file.js';
import type { PipelineIdentity, WorkerTask } from './worker.js';

export const DEFAULT_WORKER_MEMORY_MB = 1024;

/** Runs analyses: on worker threads, or in the calling thread when `workers` is 0. */
export interface Analyser {
  /** Name and hash of the pipeline definition, which has been checked and loaded. */
  pipeline: PipelineIdentity;
  process(task: FileTask, timeoutMs: number): Promise<FileOutcome>;
  close(): Promise<void>;
}

/**
 * Checks and loads the pipeline where the articles will be analysed, and throws a PipelineError before
 * any article is read when it is wrong. With workers, the main thread never loads the stages and their
 * models: it only reads, hashes and writes, which keeps a batch's memory to the workers' own.
 */
export async function openAnalyser(workers: number, pipelinePath: string, workerMemoryMb = DEFAULT_WORKER_MEMORY_MB): Promise<Analyser> {
  if (workers === 0) {
    const { loadPipeline } = await import('../pipeline/definition.js');
    const pipeline = await loadPipeline(pipelinePath);
    // No time limit here: a synchronous pipeline cannot be interrupted in its own thread.
    return { pipeline: { name: pipeline.name, hash: pipeline.hash }, process: (task) => processFile(task, pipeline), close: async () => {} };
  }
  // The heap limit contains an article that needs too much memory: its worker dies and it fails, not the whole process.
  const resourceLimits = { maxOldGenerationSizeMb: workerMemoryMb };
  const pool = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000, resourceLimits });
  // One check per thread, at once, so that every worker loads its models in parallel before the first article.
  const checks = Array.from({ length: workers }, () =>
    pool.run({ kind: 'check', pipelinePath } satisfies WorkerTask).catch((error: NodeJS.ErrnoException) => ({
      error:
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `pipeline ${pipelinePath}: loading it needs more than the worker memory limit of ${workerMemoryMb} MB (option --worker-memory)`
          : error.message,
    })),
  );
  const checked = (await Promise.all(checks))[0] as PipelineIdentity | { error: string };
  if ('error' in checked) {
    await pool.destroy();
    const { PipelineError } = await import('../pipeline/definition.js');
    throw new PipelineError(checked.error);
  }
  return { pipeline: checked, ...poolAnalyser(pool, workers, pipelinePath, workerMemoryMb) };
}

function poolAnalyser(pool: Piscina, workers: number, pipelinePath: string, workerMemoryMb: number): Omit<Analyser, 'pipeline'> {
  // At most one task per thread is handed to the pool, so that a task's time limit never runs while it waits in a queue.
  const slots = new Semaphore(workers);
  // A worker that dies outside a task (it could not load its module) takes its task with it: fail the tasks
  // running at that moment at once instead of letting them wait for their time limit.
  const running = new Set<(error: Error) => void>();
  pool.on('error', (error: Error) => {
    for (const fail of running) fail(error);
  });
  return {
    async process(task, timeoutMs) {
      const workerTask: WorkerTask = { kind: 'file', ...task, pipelinePath };
      await slots.acquire();
      let fail: (error: Error) => void = () => {};
      const workerDied = new Promise<never>((_, reject) => (fail = reject));
      running.add(fail);
      try {
        // Aborting a running task terminates its worker; piscina starts a fresh one for the next task.
        const run = pool.run(workerTask, { signal: AbortSignal.timeout(timeoutMs) }) as Promise<FileOutcome>;
        run.catch(() => {});
        return await Promise.race([run, workerDied]);
      } catch (error) {
        const { name, code, message } = error as NodeJS.ErrnoException;
        const reason =
          name === 'AbortError' || name === 'TimeoutError'
            ? `took longer than the time limit of ${timeoutMs / 1000} s and was stopped (option --timeout)`
            : code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `needed more than the worker memory limit of ${workerMemoryMb} MB (option --worker-memory)`
              : `the worker analysing it failed: ${message}`;
        return { status: 'failed', error: `${task.path}: ${reason}` };
      } finally {
        running.delete(fail);
        slots.release();
      }
    },
    close: () => pool.destroy(),
  };
}

/** The worker module beside this one: compiled JavaScript in production, a small loader of the TypeScript worker under tsx or vitest. */
function workerFile(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './worker-from-source.mjs' : './worker.js', import.meta.url).href;
}

class Semaphore {
  private waiting: Array<() => void> = [];

  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
