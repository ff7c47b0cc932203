import { InvalidArgumentError, type Command } from 'commander';
import { isIgnored, type DiffOptions } from '../diff/diff-articles.js';
import { diffArticleFiles, diffRuns, type RunDiff } from '../diff/diff-runs.js';
import { FACT_TABLES } from '../diff/facts.js';
import { chooseStyle, formatDiff } from '../diff/format-text.js';
import { writeChangeTables } from '../diff/format-csv.js';

export interface DiffCommandOptions {
  articles?: boolean;
  json?: boolean;
  csv?: string;
  ignore?: string[];
  tolerance?: number;
}

/** Where the command writes, so that tests can run it without a process. */
export interface Terminal {
  write(text: string): void;
  isTTY?: boolean;
  env: Record<string, string | undefined>;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('show which facts changed between two runs (output folders) or two article files; exit 0 when none, 1 when some, 2 on error')
    .argument('<old>', 'the earlier output folder (or, with --articles, article JSON file)')
    .argument('<new>', 'the later output folder (or, with --articles, article JSON file)')
    .option('--articles', 'compare two article files (articles/<id>.json), whatever their ids, instead of two output folders')
    .option('--json', 'print the differences as JSON instead of text')
    .option('--csv <dir>', 'also write one change table per kind of fact to this folder')
    .option(
      '--ignore <names>',
      `comma-separated tables or fields not to compare: a table (${FACT_TABLES.map((t) => t.name).join(', ')}), a field ('sentiment' covers sentiment_score and sentiment_label) or table.field ('figures.subject')`,
      parseIgnore,
    )
    .option('--tolerance <n>', 'largest difference between two sentiment scores still counted as equal', parseTolerance, 0)
    .addHelpText(
      'after',
      `
Facts are matched by identity, not by position: an entity by its id; a figure, date, quote, mention or
sentence by its place in the text once the old text is aligned with the new one (so text added above
shifts nothing), then by its content. A fact whose value changed is shown as changed (old -> new).
Articles present in one run only are listed as added or removed. Colour is used on a terminal unless
NO_COLOR is set.

Examples:
  dossier diff output-before/ output/
  dossier diff output-before/ output/ --ignore sentiment --csv changes/
  dossier diff --articles output/articles/a.json output/articles/b.json --json`,
    )
    .action(async (oldPath: string, newPath: string, options: DiffCommandOptions) => {
      process.exitCode = await runDiffCommand(oldPath, newPath, options, { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY, env: process.env });
    });
}

/** Runs diff and returns the exit status: 0 no differences, 1 differences. Errors are thrown (status 2). */
export async function runDiffCommand(oldPath: string, newPath: string, options: DiffCommandOptions, terminal: Terminal): Promise<number> {
  const diffOptions: DiffOptions = { ignore: options.ignore ?? [], tolerance: options.tolerance ?? 0 };
  const diff: RunDiff = options.articles ? await diffArticleFiles(oldPath, newPath, diffOptions) : await diffRuns(oldPath, newPath, diffOptions);
  if (options.csv) await writeChangeTables(options.csv, diff);
  terminal.write(options.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, chooseStyle(terminal.isTTY, terminal.env)));
  return diff.summary.differences > 0 ? 1 : 0;
}

function parseIgnore(value: string, previous: string[] | undefined): string[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    const matchesSomething = FACT_TABLES.some((table) => isIgnored([name], table.name) || table.fields.some((field) => isIgnored([name], table.name, field)));
    if (!matchesSomething) {
      const fields = [...new Set(FACT_TABLES.flatMap((table) => table.fields))].sort();
      throw new InvalidArgumentError(`unknown table or field '${name}' (tables: ${FACT_TABLES.map((t) => t.name).join(', ')}; fields: ${fields.join(', ')})`);
    }
  }
  return [...(previous ?? []), ...names];
}

function parseTolerance(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of 0 or more');
  return n;
}
