import { TABLES } from './tables.js';

export const COLUMNS_START = '<!-- columns:start (generated from src/output/tables.ts by `npm run docs`) -->';
export const COLUMNS_END = '<!-- columns:end -->';

/** The README's description of every CSV table and column, generated from the one table description. */
export function columnsMarkdown(): string {
  return TABLES.map((table) => {
    const rows = table.columns.map((c) => `| \`${c.name}\` | ${c.type} | ${c.doc.replace(/\|/g, '\\|')} |`);
    return [`#### \`${table.name}.csv\`\n`, `${table.doc}\n`, '| column | type | meaning |', '| --- | --- | --- |', ...rows].join('\n');
  }).join('\n\n');
}

/** Replaces the generated section of a README text. */
export function withColumnsSection(readme: string): string {
  const start = readme.indexOf(COLUMNS_START);
  const end = readme.indexOf(COLUMNS_END);
  if (start < 0 || end < start) throw new Error(`README has no section between '${COLUMNS_START}' and '${COLUMNS_END}'`);
  return `${readme.slice(0, start + COLUMNS_START.length)}\n\n${columnsMarkdown()}\n\n${readme.slice(end)}`;
}
