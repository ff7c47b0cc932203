#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerRun } from './run.js';

const program = new Command('dossier')
  .description('Analyse news articles: entities, figures, dates, quotes and sentiment as JSON and CSV.')
  .showHelpAfterError()
  .exitOverride();

registerRun(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  console.error(`dossier: ${(error as Error).message}`);
  process.exit(2);
}
