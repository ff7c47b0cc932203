import { join } from 'node:path';
import type { Command } from 'commander';
import { writeReport } from '../report/index.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write an HTML report of a run: report/index.html and one page per article')
    .argument('[out]', "the output folder of 'dossier run'", 'output/')
    .action(async (out: string) => {
      await writeReport(out);
      console.log(`wrote ${join(out, 'report', 'index.html')}`);
    });
}
