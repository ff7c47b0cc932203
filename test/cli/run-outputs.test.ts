import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

describe('dossier run --xlsx --report', () => {
  it('writes the workbook and the HTML report beside the CSV tables', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dossier-run-')), 'out');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', 'corpus/', '--out', out, '--xlsx', '--report', '--workers', '0', '--quiet'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'report/index.html'), 'utf8')).toContain('central-asia-japan-summit');
    expect(existsSync(join(out, 'report/articles/central-asia-japan-summit.html'))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'tables.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['articles', 'entities', 'mentions', 'figures', 'dates', 'quotes', 'sentences', 'comments']);
    expect(workbook.getWorksheet('articles')!.getCell('A2').value).toBe('central-asia-japan-summit');
  });
});
