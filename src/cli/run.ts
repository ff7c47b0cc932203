import { Command, InvalidArgumentError } from 'commander';
import { runBatch } from '../batch/run-batch.js';
import { PipelineError } from '../pipeline/definition.js';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('analyse articles and write articles/<id>.json, the CSV tables and run.json')
    .argument('[inputs...]', 'files, folders or globs of .txt and .md articles', ['corpus/'])
    .option('-o, --out <dir>', 'output folder', 'output/')
    .option('-p, --pipeline <file>', 'pipeline definition', 'pipelines/default.json')
    .option('--reference-date <date>', 'resolve relative dates against this date (YYYY-MM-DD); overrides front matter', parseDate)
    .option('--excel', 'start CSV files with a UTF-8 byte order mark so that Excel reads accents and emoji right', false)
    .option('--max-bytes <n>', 'refuse input files larger than this', parsePositiveInteger)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .action(async (inputs: string[], options) => {
      let record;
      try {
        record = await runBatch({
          inputs,
          outDir: options.out,
          pipelinePath: options.pipeline,
          referenceDate: options.referenceDate,
          excel: options.excel,
          maxBytes: options.maxBytes,
          onArticle(result) {
            if (result.status === 'failed') console.error(`error: ${result.error}`);
            else if (!options.quiet) for (const m of result.messages) console.error(`${m.severity}: ${result.path}: [${m.stage}] ${m.reason}${m.line ? ` (line ${m.line})` : ''}`);
          },
        });
      } catch (error) {
        if (error instanceof PipelineError) {
          console.error(`dossier: ${error.message}`);
          process.exit(2);
        }
        throw error;
      }
      for (const problem of record.inputProblems) console.error(`error: ${problem}`);
      const t = record.totals;
      console.log(
        `${t.articles} articles, ${t.succeeded} succeeded, ${t.failed} failed, ${t.entities} entities, ${t.figures} figures, ${t.dates} dates, ${record.seconds.toFixed(1)} s`,
      );
      process.exitCode = t.failed > 0 || record.inputProblems.length > 0 ? 1 : 0;
    });
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
