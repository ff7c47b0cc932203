import type { Command } from 'commander';

// Placeholder until the 'diff' command lands; registered so that main.ts does not change.
export function registerDiff(program: Command): void {
  void program;
}
