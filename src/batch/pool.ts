import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { processFile, type FileOutcome, type FileTask } from './process-file.js';
import type { PipelineIdentity, WorkerTask } from './worker.js';

export const DEFAULT_WORKER_MEMORY_MB = 1024;

/**
 * The heap of the workers that analyse articles as they come. V8 lets a heap grow far past what it holds
 * alive (a worker keeps about 60 MB alive but would grow to about 150 MB between collections); these
 * limits make it collect sooner, which keeps two workers and the main thread under 400 MB at the same speed.
 * An article that needs more is analysed again on a worker of its own with the full `--worker-memory`.
 */
const COMPACT_OLD_GENERATION_MB = 256;
const COMPACT_YOUNG_GENERATION_MB = 8;

/**
 * Tasks each worker holds at once: when it finishes one article, the next is already waiting on its thread,
 * without a round trip to the main thread in between.
 */
const TASKS_PER_WORKER = 2;

/** Runs analyses: on worker threads, or in the calling thread when `workers` is 0. */
export interface Analyser {
  /** Name and hash of the pipeline definition, which has been checked and loaded. */
  pipeline: PipelineIdentity;
  process(task: FileTask, timeoutMs: number): Promise<FileOutcome>;
  close(): Promise<void>;
}

/** What a pool worker receives once: where it marks while it analyses each task's article. */
export interface PoolWorkerData {
  startClock: StartClock;
}

/**
 * Two numbers per task in flight, shared with the workers: since when the worker has been analysing its
 * article (milliseconds since `epoch`, 0 while it is not) and which thread it is, so that a time limit
 * counts the article's own analysis, not its wait behind another, and stops only the thread that runs it.
 */
export interface StartClock {
  slots: Int32Array;
  epoch: number;
}

/** Marks, on a worker, that it starts or ends analysing the article of `slot`. */
export function markAnalysing(clock: StartClock, slot: number, thread: number, now: boolean): void {
  Atomics.store(clock.slots, 2 * slot + 1, thread);
  // At least 1: 0 means not analysing.
  Atomics.store(clock.slots, 2 * slot, now ? Math.max(1, Date.now() - clock.epoch) : 0);
}

/**
 * Checks and loads the pipeline where the articles will be analysed, and throws a PipelineError before
 * any article is read when it is wrong. With workers, the main thread never loads the stages and their
 * models: it only reads, hashes and writes, which keeps a batch's memory to the workers' own.
 */
export async function openAnalyser(
  workers: number,
  pipelinePath: string,
  workerMemoryMb = DEFAULT_WORKER_MEMORY_MB,
  compactOldGenerationMb = COMPACT_OLD_GENERATION_MB,
): Promise<Analyser> {
  if (workers === 0) {
    const { loadPipeline } = await import('../pipeline/definition.js');
    const pipeline = await loadPipeline(pipelinePath);
    // No time limit here: a synchronous pipeline cannot be interrupted in its own thread.
    return { pipeline: { name: pipeline.name, hash: pipeline.hash }, process: async (task) => processFile(task, pipeline), close: async () => {} };
  }
  // The heap limit contains an article that needs too much memory: its worker dies and it fails, not the whole process.
  const full = { maxOldGenerationSizeMb: workerMemoryMb };
  const compactLimits = { maxOldGenerationSizeMb: Math.min(compactOldGenerationMb, workerMemoryMb), maxYoungGenerationSizeMb: COMPACT_YOUNG_GENERATION_MB };
  let compact = openPool(workers, TASKS_PER_WORKER, compactLimits);
  let checked = await checkPipeline(compact.pool, workers, pipelinePath, workerMemoryMb);
  // A pipeline too big for the compact heap (a large user gazetteer) gets the full heap on every worker.
  if ('outOfMemory' in checked && compactLimits.maxOldGenerationSizeMb < workerMemoryMb) {
    await compact.pool.destroy();
    compact = openPool(workers, TASKS_PER_WORKER, full);
    checked = await checkPipeline(compact.pool, workers, pipelinePath, workerMemoryMb);
  }
  if ('error' in checked) {
    await compact.pool.destroy();
    const { PipelineError } = await import('../pipeline/definition.js');
    throw new PipelineError(checked.error);
  }
  const runner = poolRunner(compact, pipelinePath);
  // Opened for the first article that outgrows the compact heap, and only if the full limit is larger.
  let large: PoolRunner | undefined;
  const largeRunner = () => (large ??= poolRunner(openPool(1, 1, full), pipelinePath));
  const tooLarge = (task: FileTask) => failed(task, `needed more than the worker memory limit of ${workerMemoryMb} MB (option --worker-memory)`);
  return {
    pipeline: checked,
    async process(task, timeoutMs) {
      const first = await runner.attempt(task, timeoutMs, false);
      if ('outcome' in first) return first.outcome;
      // Its worker died with another task on it, which may have been the cause: once more, alone in the
      // pool, so that only an article that itself kills a worker fails.
      const second = first.outOfMemory ? first : await runner.attempt(task, timeoutMs, true);
      if ('outcome' in second) return second.outcome;
      if (!second.outOfMemory) return failed(task, second.workerLost.message);
      if (compact.limits.maxOldGenerationSizeMb! >= workerMemoryMb) return tooLarge(task);
      const alone = await largeRunner().attempt(task, timeoutMs, true);
      if ('outcome' in alone) return alone.outcome;
      return alone.outOfMemory ? tooLarge(task) : failed(task, alone.workerLost.message);
    },
    close: async () => {
      await Promise.all([runner.close(), large?.close()]);
    },
  };
}

interface OpenPool {
  pool: Piscina;
  startClock: StartClock;
  limits: ResourceLimits;
}

/** Loads the pipeline on every thread at once, so that the workers load their models in parallel before the first article. */
async function checkPipeline(pool: Piscina, threads: number, pipelinePath: string, workerMemoryMb: number): Promise<PipelineIdentity | { error: string; outOfMemory?: true }> {
  const checks = Array.from({ length: threads }, () =>
    pool.run({ kind: 'check', pipelinePath } satisfies WorkerTask).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { error: `pipeline ${pipelinePath}: loading it needs more than the worker memory limit of ${workerMemoryMb} MB (option --worker-memory)`, outOfMemory: true as const }
        : { error: error.message },
    ),
  );
  const results = (await Promise.all(checks)) as Array<PipelineIdentity | { error: string; outOfMemory?: true }>;
  return results.find((result) => 'error' in result) ?? results[0];
}

function openPool(threads: number, tasksPerWorker: number, resourceLimits: ResourceLimits): OpenPool {
  const startClock: StartClock = { slots: new Int32Array(new SharedArrayBuffer(4 * 2 * threads * tasksPerWorker)), epoch: Date.now() };
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: tasksPerWorker,
    idleTimeout: 60_000,
    resourceLimits,
    workerData: { startClock } satisfies PoolWorkerData,
  });
  return { pool, startClock, limits: resourceLimits };
}

/** Why a task on a worker failed: its own fault, or the death of a worker it may have shared with another task. */
type Attempt = { outcome: FileOutcome } | { workerLost: Error; outOfMemory: boolean };

interface PoolRunner {
  attempt(task: FileTask, timeoutMs: number, exclusive: boolean): Promise<Attempt>;
  close(): Promise<void>;
}

function poolRunner({ pool, startClock }: OpenPool, pipelinePath: string): PoolRunner {
  const capacity = startClock.slots.length / 2;
  const slots = new Slots(capacity);
  // A worker that dies outside a task (it could not load its module) takes its task with it: fail the tasks
  // running at that moment at once instead of letting them wait for their time limit.
  const running = new Set<(error: Error) => void>();
  pool.on('error', (error: Error) => {
    for (const fail of running) fail(error);
  });
  const deadlines = new Deadlines(startClock, (thread) => pool.threads.find((worker) => worker.threadId === thread)?.terminate());

  async function attempt(task: FileTask, timeoutMs: number, exclusive: boolean): Promise<Attempt> {
    const taken = await slots.acquire(exclusive ? capacity : 1);
    const slot = taken[0];
    let fail: (error: Error) => void = () => {};
    const workerDied = new Promise<never>((_, reject) => (fail = reject));
    running.add(fail);
    const deadline = deadlines.watch(slot, timeoutMs);
    try {
      const workerTask: WorkerTask = { kind: 'file', ...task, pipelinePath, startSlot: slot };
      // A task past its time limit has its worker terminated; piscina starts a fresh one for the next task.
      const run = pool.run(workerTask) as Promise<FileOutcome>;
      run.catch(() => {});
      return { outcome: await Promise.race([run, workerDied]) };
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (deadline.passed()) return { outcome: failed(task, `took longer than the time limit of ${timeoutMs / 1000} s and was stopped (option --timeout)`) };
      return { workerLost: new Error(`the worker analysing it failed: ${message}`), outOfMemory: code === 'ERR_WORKER_OUT_OF_MEMORY' };
    } finally {
      deadline.stop();
      running.delete(fail);
      slots.release(taken);
    }
  }

  return {
    attempt,
    close: async () => {
      deadlines.close();
      await pool.destroy();
    },
  };
}

function failed(task: FileTask, reason: string): FileOutcome {
  return { status: 'failed', error: `${task.path}: ${reason}` };
}

/** The module a pool worker runs: compiled JavaScript in production, a small loader of the TypeScript worker under tsx or vitest. */
function workerFile(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './worker-from-source.mjs' : './worker.js', import.meta.url).href;
}

/**
 * Stops the thread of a task that has analysed its article for longer than its time limit. One timer checks every
 * watched slot, at a quarter of the shortest limit (at most every 250 ms).
 */
class Deadlines {
  private readonly watched = new Map<number, { limitMs: number; passed: boolean }>();
  private timer: NodeJS.Timeout | undefined;
  private periodMs = Infinity;

  constructor(
    private readonly clock: StartClock,
    private readonly stopThread: (thread: number) => void,
  ) {}

  watch(slot: number, limitMs: number): { passed(): boolean; stop(): void } {
    const entry = { limitMs, passed: false };
    Atomics.store(this.clock.slots, 2 * slot, 0);
    this.watched.set(slot, entry);
    const periodMs = Math.max(1, Math.min(250, limitMs / 4));
    if (periodMs < this.periodMs) {
      clearInterval(this.timer);
      this.periodMs = periodMs;
      this.timer = setInterval(() => this.check(), periodMs).unref();
    }
    return {
      passed: () => entry.passed,
      stop: () => {
        this.watched.delete(slot);
        Atomics.store(this.clock.slots, 2 * slot, 0);
      },
    };
  }

  close(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    const now = Date.now() - this.clock.epoch;
    for (const [slot, entry] of this.watched) {
      const started = Atomics.load(this.clock.slots, 2 * slot);
      if (entry.passed || started === 0 || now - started <= entry.limitMs) continue;
      entry.passed = true;
      this.stopThread(Atomics.load(this.clock.slots, 2 * slot + 1));
    }
  }
}

/** Numbered places for tasks in flight, taken in turn; a task that takes them all has the pool to itself. */
class Slots {
  private readonly free: number[];
  private readonly waiting: Array<{ count: number; resume: (taken: number[]) => void }> = [];

  constructor(capacity: number) {
    this.free = Array.from({ length: capacity }, (_, i) => i);
  }

  acquire(count: number): Promise<number[]> {
    return new Promise((resume) => {
      this.waiting.push({ count, resume });
      this.grant();
    });
  }

  release(taken: readonly number[]): void {
    this.free.push(...taken);
    this.grant();
  }

  private grant(): void {
    while (this.waiting.length && this.waiting[0].count <= this.free.length) {
      const { count, resume } = this.waiting.shift()!;
      resume(this.free.splice(0, count));
    }
  }
}
