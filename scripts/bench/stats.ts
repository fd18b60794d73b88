// Order statistics and markdown helpers for the bench report.

export interface Summary {
  runs: number;
  median: number;
  p90: number;
  min: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  // Nearest rank: the smallest sample with at least 90% of the samples at or below it.
  const p90 = sorted[Math.ceil(0.9 * n) - 1];
  return { runs: n, median, p90, min: sorted[0] };
}

export const ms = (value: number): string => value.toFixed(1);

export const thousands = (value: number): string => Math.round(value).toLocaleString('en-US');

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
