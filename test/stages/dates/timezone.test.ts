import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';

// Dates are computed with integers and Date.UTC only. A machine far east (UTC+14) or far west (UTC-12)
// of Greenwich must get the same values as this one.
const TEXT = [
  'Summit',
  '',
  'The summit opened on Monday and ends tomorrow; it was announced yesterday, two weeks ago and last October.',
  'It will be held again next year, on December 31 and on January 1, at 23:30 UTC.',
  'This week and this weekend the leaders met; the plan was drawn up in 2024-12-31 drafts.',
  '',
].join('\n');
const REFERENCES = ['2025-12-31', '2026-01-01', '2024-02-29'];
const analyseFile = fileURLToPath(new URL('./analyse.ts', import.meta.url));

function datesInZone(zone: string): string {
  const script = `
    const { analyse } = await import(${JSON.stringify(analyseFile)});
    const out = ${JSON.stringify(REFERENCES)}.map((reference) => analyse(${JSON.stringify(TEXT)}, reference).dates.map((d) => [d.text, d.value]));
    process.stdout.write(JSON.stringify(out));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
}

describe('dates never depend on the time zone of the machine', () => {
  const here = JSON.stringify(REFERENCES.map((reference) => analyse(TEXT, reference).dates.map((d) => [d.text, d.value])));

  it.each(['Pacific/Kiritimati', 'Etc/GMT+12'])('gives the same values in %s', (zone) => {
    expect(datesInZone(zone)).toBe(here);
  });

  it('resolves across the turn of the year as the calendar does', () => {
    const values = Object.fromEntries(analyse(TEXT, '2026-01-01').dates.map((d) => [d.text, d.value]));
    expect(values).toMatchObject({ yesterday: '2025-12-31', tomorrow: '2026-01-02', 'This week': '2026-W01', 'last October': '2025-10' });
  });
});
