#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerRun } from './run.js';
import { registerDiff } from './diff.js';
import { registerCompare } from './compare.js';
import { registerReport } from './report.js';

const program = new Command('dossier')
  .description('Analyse news articles: entities, figures, dates, quotes and sentiment as JSON and CSV.')
  .showHelpAfterError()
  .exitOverride();

registerRun(program);
registerDiff(program);
registerCompare(program);
registerReport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  console.error(`dossier: ${(error as Error).message}`);
  process.exit(2);
}
