// One measured Dossier run for bench/run.mjs, in its own process: prints seconds and peak memory as JSON.
//   node bench/batch-child.mjs <dist> <corpus> <out> <pipeline> <workers>
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, corpus, outDir, pipelinePath, workers] = process.argv.slice(2);
const { runBatch } = await import(pathToFileURL(join(dist, 'batch/run-batch.js')).href);

// Threads share the process, so its resident set covers the workers too. Sampled for the trace,
// while the kernel's high-water mark (maxRSS) gives the true peak.
let sampledPeak = 0;
const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss())), 100);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const loopBefore = performance.eventLoopUtilization();
const record = await runBatch({ inputs: [corpus], outDir, pipelinePath, workers: Number(workers), force: true });
const seconds = (performance.now() - started) / 1000;
// CPU time of every thread of the process (workers, V8's compiler and GC threads, libuv's file threads) over wall time:
// how many cores the run kept busy. A run that already keeps more than one core busy with one worker cannot gain as much from more.
const cpu = process.cpuUsage(cpuBefore);
const coresBusy = (cpu.user + cpu.system) / 1e6 / seconds;
clearInterval(sampler);
// How busy the main thread was (reading, hashing, writing): past about 1/workers it becomes the bottleneck.
const mainThreadBusy = performance.eventLoopUtilization(loopBefore).utilization;
const peakMegabytes = Math.max(sampledPeak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
console.log(JSON.stringify({ seconds, coresBusy, peakMegabytes, sampledPeakMegabytes: sampledPeak / 1024 / 1024, mainThreadBusy, succeeded: record.totals.succeeded, failed: record.totals.failed }));
