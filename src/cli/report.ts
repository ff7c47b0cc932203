import type { Command } from 'commander';

// Placeholder until the 'report' command lands; registered so that main.ts does not change.
export function registerReport(program: Command): void {
  void program;
}
