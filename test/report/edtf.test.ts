import { describe, expect, it } from 'vitest';
import { edtfExtent } from '../../src/report/edtf.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('edtfExtent', () => {
  it('gives a day as a one-day point', () => {
    expect(edtfExtent('2025-12-20')).toEqual({ start: day('2025-12-20'), end: day('2025-12-21'), day: true });
  });

  it('gives a month, a year and a season as the stretch they cover', () => {
    expect(edtfExtent('2025-12')).toEqual({ start: day('2025-12-01'), end: day('2026-01-01'), day: false });
    expect(edtfExtent('2026')).toEqual({ start: day('2026-01-01'), end: day('2027-01-01'), day: false });
    expect(edtfExtent('2025-22')).toEqual({ start: day('2025-06-01'), end: day('2025-09-01'), day: false });
  });

  it('gives an interval from the start of its first part to the end of its last', () => {
    expect(edtfExtent('2004/2022')).toEqual({ start: day('2004-01-01'), end: day('2023-01-01'), day: false });
    expect(edtfExtent('2005/..')).toEqual({ start: day('2005-01-01'), end: null, day: false });
    expect(edtfExtent('../2005-03')).toEqual({ start: null, end: day('2005-04-01'), day: false });
  });

  it('reads years before 100 as themselves', () => {
    expect(new Date(edtfExtent('0050')!.start! * 86_400_000).getUTCFullYear()).toBe(50);
  });

  it.each(['P5Y', 'R/2025-01/P1M', '201X', '2025-13', '../..', '2022/2004', 'next week', ''])('has no extent for %j', (value) => {
    expect(edtfExtent(value)).toBeNull();
  });
});
