import type { Command } from 'commander';

// Placeholder until the 'compare' command lands; registered so that main.ts does not change.
export function registerCompare(program: Command): void {
  void program;
}
