// Entry point of a pool worker: loads the pipeline once per thread, then analyses one article per task.
import { threadId, workerData } from 'node:worker_threads';
import { loadPipeline, type Pipeline } from '../pipeline/definition.js';
import { markAnalysing, type PoolWorkerData } from './pool.js';
import { processFile, type FileOutcome, type FileTask } from './process-file.js';

export interface PipelineIdentity {
  name: string;
  hash: string;
}

/**
 * 'check' loads the pipeline (its errors are the pipeline's, not an article's); 'file' brings one input up
 * to date, marking while it analyses in the pool's clock slot `startSlot`.
 */
export type WorkerTask = { kind: 'check'; pipelinePath: string } | ({ kind: 'file'; pipelinePath: string; startSlot: number } & FileTask);

const { startClock } = workerData as PoolWorkerData;
const pipelines = new Map<string, Promise<Pipeline>>();

function pipelineAt(path: string): Promise<Pipeline> {
  let pipeline = pipelines.get(path);
  if (!pipeline) {
    pipeline = loadPipeline(path);
    pipelines.set(path, pipeline);
  }
  return pipeline;
}

export default async function runTask(task: WorkerTask): Promise<FileOutcome | PipelineIdentity | { error: string }> {
  if (task.kind === 'check') {
    try {
      const { name, hash } = await pipelineAt(task.pipelinePath);
      return { name, hash };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }
  const pipeline = await pipelineAt(task.pipelinePath);
  return processFile(task, pipeline, (now) => markAnalysing(startClock, task.startSlot, threadId, now));
}
