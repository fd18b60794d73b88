// One figure over the earlier runs and this one, as a Mermaid line chart: GitHub draws Mermaid in
// Markdown, so the chart needs no image and no upload.
import type { KpiField } from './kpis.js';

export interface ChartPoint {
  /** Short: a run id or a date. */
  label: string;
  value: number;
}

/** A ```mermaid block with an `xychart-beta` line chart, or undefined for fewer than two points. */
export function renderTrendChart(field: KpiField, label: string, unit: string, points: readonly ChartPoint[]): string | undefined {
  const shown = points.filter((p) => Number.isFinite(p.value));
  if (shown.length < 2) return undefined;
  const values = shown.map((p) => p.value);
  const [low, high] = yRange(field, values);
  const axisTitle = unit.trim() === '' ? '' : `${quoted(clean(unit, 40))} `;
  const labels = distinct(shown.map((p) => clean(p.label, 24))).map(quoted);
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${quoted(clean(label, 80))}`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis ${axisTitle}${plain(low)} --> ${plain(high)}`,
    `    line [${values.map(plain).join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * From 0 for the figures that cannot go below it, so a change shows at its true size; a success
 * rate lives near 100 %, where an axis from 0 would flatten every change: it starts near its lowest.
 */
function yRange(field: KpiField, values: number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) / 10 || Math.abs(max) / 10 || 1;
  let low = min >= 0 && field !== 'success_rate' ? 0 : min - pad;
  let high = max + pad;
  if (field === 'success_rate' && min >= 0) low = Math.max(low, 0);
  if (field === 'success_rate' && max <= 100) high = Math.min(high, 100);
  const step = niceStep((high - low) / 10);
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}

/** 1, 2 or 5 times a power of ten: axis ends that read as round numbers. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5].find((m) => m * power >= rough) ?? 10) * power;
  return Math.max(step, 0.0001);
}

/** A number as Mermaid's grammar reads it: digits, no exponent, no grouping, at most 4 decimals. */
const plain = (n: number): string => (n + 0).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 4 }).replace(/^-0$/, '0');

/**
 * A label Mermaid parses and shows as written, nearly: its strings cannot hold `"` (no escape
 * works), a `%%{` would start a directive, a backtick pair makes Markdown, and an empty one is refused.
 */
function clean(text: string, max: number): string {
  const one = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/["`]/g, "'")
    .replace(/%{2,}/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...one];
  const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
  return short === '' ? '-' : short;
}

const quoted = (cleaned: string): string => `"${cleaned}"`;

/** Equal labels would share one place on the axis: the later ones get (2), (3)… */
function distinct(labels: string[]): string[] {
  const used = new Set<string>();
  return labels.map((label) => {
    let unique = label;
    for (let n = 2; used.has(unique); n++) unique = `${label} (${n})`;
    used.add(unique);
    return unique;
  });
}
