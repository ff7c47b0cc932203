import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { runBatch, readArticles, DEFAULT_TIMEOUT_SECONDS, type ArticleResult, type RunRecord } from '../batch/run-batch.js';
import { writeWorkbook } from '../output/xlsx.js';
import { writeReport } from '../report/index.js';
import { DEFAULT_MAX_BYTES } from '../batch/read-input.js';
import { DEFAULT_WORKER_MEMORY_MB } from '../batch/pool.js';
import { LockError } from '../batch/lock.js';
import { createProgress } from '../batch/progress.js';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('analyse articles and write articles/<id>.json, the CSV tables and run.json; unchanged articles are skipped')
    .argument('[inputs...]', 'files, folders or globs of .txt and .md articles', ['corpus/'])
    .option('-o, --out <dir>', 'output folder', 'output/')
    .option('-p, --pipeline <file>', 'pipeline definition', 'pipelines/default.json')
    .option('--reference-date <date>', 'resolve relative dates against this date (YYYY-MM-DD); overrides front matter', parseDate)
    .option('--excel', 'start CSV files with a UTF-8 byte order mark so that Excel reads accents and emoji right', false)
    .option('--max-bytes <n>', `refuse input files larger than this many bytes (default ${DEFAULT_MAX_BYTES})`, parseWholeNumber(1))
    .option('-w, --workers <n>', 'worker threads (default: one per core; 0 analyses in the main thread, without time limit)', parseWholeNumber(0))
    .option('--worker-memory <MB>', `heap limit for one article (workers start with a compact heap and retry an article that outgrows it with this one); an article that needs more fails (default ${DEFAULT_WORKER_MEMORY_MB})`, parseWholeNumber(64))
    .option('--timeout <seconds>', `stop an article that takes longer than this on a worker (default ${DEFAULT_TIMEOUT_SECONDS})`, parseWholeNumber(1))
    .option('-f, --force', 'analyse every article again, even those unchanged since the last run into the output folder', false)
    .option('--prune', 'delete articles/<id>.json files that no input of this run produced', false)
    .option('--xlsx', 'also write every table as one workbook, <out>/tables.xlsx', false)
    .option('--report', 'also write the HTML report, <out>/report/index.html (the same as `dossier report`)', false)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .option('-v, --verbose', 'also print one line per article', false)
    .action(async (inputs: string[], options) => {
      const progress = options.quiet
        ? undefined
        : createProgress({ write: (text) => process.stderr.write(text), tty: process.stderr.isTTY === true, columns: process.stderr.columns });
      const say = (line: string) => (progress ? progress.log(line) : console.error(line));
      // Ctrl-C and kill: every file is written atomically, so stopping here leaves old or new files, never half ones;
      // process.exit releases the lock, and the next run picks up the articles already written.
      const stop = (signal: string) => {
        progress?.finish();
        console.error(`dossier: stopped by ${signal}; run the same command again to finish`);
        process.exit(130);
      };
      process.once('SIGINT', stop).once('SIGTERM', stop);
      let record: RunRecord;
      try {
        record = await runBatch({
          inputs,
          outDir: options.out,
          pipelinePath: options.pipeline,
          referenceDate: options.referenceDate,
          excel: options.excel,
          maxBytes: options.maxBytes,
          workers: options.workers,
          timeoutSeconds: options.timeout,
          workerMemoryMb: options.workerMemory,
          force: options.force,
          prune: options.prune,
          onArticle(result, done, total) {
            for (const line of articleLines(result, options)) say(line);
            progress?.update(done, total);
          },
        });
      } catch (error) {
        progress?.finish();
        // Imported only here: the stages behind it are loaded by the workers, not by this thread.
        const { PipelineError } = await import('../pipeline/definition.js');
        if (error instanceof PipelineError || error instanceof LockError) {
          console.error(`dossier: ${error.message}`);
          process.exit(2);
        }
        throw error;
      } finally {
        process.removeListener('SIGINT', stop).removeListener('SIGTERM', stop);
      }
      progress?.finish();
      for (const problem of record.inputProblems) console.error(`error: ${problem}`);
      if (record.pruned.length) console.error(`pruned ${record.pruned.length} article file(s) with no input any more`);
      else if (record.orphans.length && !options.quiet) {
        console.error(`note: ${record.orphans.length} file(s) in ${join(options.out, 'articles')} have no input in this run and are left out of the tables (--prune deletes them)`);
      }
      if (options.xlsx) {
        const ids = record.articles.filter((a) => a.status === 'ok').map((a) => a.id!).sort();
        await writeWorkbook(join(options.out, 'tables.xlsx'), readArticles(options.out, ids));
      }
      if (options.report) await writeReport(options.out);
      console.log(summary(record));
      process.exitCode = record.totals.failed > 0 || record.inputProblems.length > 0 ? 1 : 0;
    });
}

/** The one-line summary: every count covers the whole output folder; skipped articles count as succeeded. */
export function summary(record: RunRecord): string {
  const t = record.totals;
  return `${t.articles} articles, ${t.succeeded} succeeded, ${t.failed} failed, ${t.skipped} skipped (unchanged), ${t.entities} entities, ${t.figures} figures, ${t.dates} dates, ${record.seconds.toFixed(1)} s`;
}

/** Errors always; warnings unless quiet; with verbose, one line for every article. Each names the file, the stage and the line. */
export function articleLines(result: ArticleResult, options: { quiet?: boolean; verbose?: boolean }): string[] {
  if (result.status === 'failed') return [`error: ${result.error}${result.stage && !result.error?.includes(`stage '${result.stage}'`) ? ` [${result.stage}]` : ''}`];
  const lines = options.quiet
    ? []
    : result.messages.map((m) => `${m.severity}: ${result.path}${m.line ? `:${m.line}` : ''}: [${m.stage}] ${m.reason}`);
  if (options.verbose && !options.quiet) lines.unshift(`${result.skipped ? 'unchanged' : 'ok'}: ${result.path} -> ${result.id}.json${result.skipped ? '' : ` (${result.milliseconds} ms)`}`);
  return lines;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

function parseWholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return n;
  };
}
