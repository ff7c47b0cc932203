// Number and score formatting written out by hand: Intl output depends on the ICU data of the
// machine, and the report must be byte-identical wherever it is made.

/** 3000000000000 -> '3,000,000,000,000'; 0.125 -> '0.125'; keeps up to `decimals` places. */
export function formatNumber(value: number, decimals = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(value).toFixed(Math.abs(value) >= 1e21 ? 0 : decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

/** A score in [-1, 1] with its sign, for reading at a glance: '+0.42', '-0.10', '0.00'. */
export function formatScore(score: number): string {
  const fixed = score.toFixed(2);
  if (fixed === '0.00' || fixed === '-0.00') return '0.00';
  return score > 0 ? `+${fixed}` : fixed;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}

/** Comparison of strings by code units: the same order on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
