/** A run of equal items: a[aStart + i] === b[bStart + i] for i < length. */
export interface EqualRun {
  aStart: number;
  bStart: number;
  length: number;
}

/**
 * The runs two sequences share, in order (Myers' O((N+M)·D) algorithm after trimming the common
 * prefix and suffix). When more than `maxEdits` insertions and deletions would be needed the middle is
 * left unaligned: callers then fall back to matching by content, and time stays bounded.
 */
export function equalRuns<T>(a: readonly T[], b: readonly T[], maxEdits = 2000): EqualRun[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const runs: EqualRun[] = [];
  if (prefix) runs.push({ aStart: 0, bStart: 0, length: prefix });
  const middle = myersRuns(a, b, prefix, a.length - suffix, prefix, b.length - suffix, maxEdits);
  for (const run of middle) pushRun(runs, run);
  if (suffix) pushRun(runs, { aStart: a.length - suffix, bStart: b.length - suffix, length: suffix });
  return runs;
}

function pushRun(runs: EqualRun[], run: EqualRun): void {
  const last = runs[runs.length - 1];
  if (last && last.aStart + last.length === run.aStart && last.bStart + last.length === run.bStart) last.length += run.length;
  else runs.push({ ...run });
}

function myersRuns<T>(a: readonly T[], b: readonly T[], aFrom: number, aTo: number, bFrom: number, bTo: number, maxEdits: number): EqualRun[] {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aFrom + x] === b[bFrom + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [];
  // Walk the trace backwards, collecting the diagonal stretches (equal items).
  const reversed: EqualRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const snapshot = trace[d]!;
    const at = (k: number) => snapshot[k + d + 1]!;
    const k = x - y;
    const previousK = d === 0 ? 0 : k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    const startX = d === 0 ? 0 : previousK === k + 1 ? previousX : previousX + 1;
    const startY = startX - k;
    if (x > startX) reversed.push({ aStart: aFrom + startX, bStart: bFrom + startY, length: x - startX });
    x = previousX;
    y = previousY;
  }
  return reversed.reverse();
}
