// Pass/fail rules over a run's figures: `success_rate >= 99.5, avg_response_time <= 300`.
// A tiny grammar (field, operator, number), parsed by hand: no expression library is worth its
// start-up cost for six operators.
import { InputError, quote } from '../common/errors.js';
import { KPI_FIELDS, type KpiField, type Kpis } from './kpis.js';

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'] as const;
type Operator = (typeof OPERATORS)[number];

export interface Threshold {
  field: KpiField;
  operator: Operator;
  value: number;
  /** As the user wrote it, normalised: `success_rate >= 99.5`. */
  text: string;
}

export interface Verdict {
  threshold: Threshold;
  actual: number | undefined;
  passed: boolean;
}

export function parseThresholds(input: string, text: string): Threshold[] {
  return text
    .split(/[,\n;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^([a-z_0-9]+)\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)$/.exec(part);
      if (!m) {
        throw new InputError(
          input,
          `Input "${input}" must list rules like "success_rate >= 99.5" (a field, one of ${OPERATORS.join(' ')}, a number), separated by commas or newlines; ${quote(part)} is not one.`,
        );
      }
      const [, field, operator, value] = m;
      if (!(KPI_FIELDS as readonly string[]).includes(field)) {
        throw new InputError(input, `Input "${input}" names an unknown field ${quote(field)}; the fields are ${KPI_FIELDS.join(', ')}.`);
      }
      return { field: field as KpiField, operator: operator as Operator, value: Number(value), text: `${field} ${operator} ${value}` };
    });
}

const compare: Record<Operator, (a: number, b: number) => boolean> = {
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
};

/** A figure the report lacks breaks its rule: an unjudgeable run is not a passing one. */
export function judgeThresholds(thresholds: Threshold[], kpis: Kpis): Verdict[] {
  return thresholds.map((threshold) => {
    const actual = kpis[threshold.field];
    return { threshold, actual, passed: actual !== undefined && compare[threshold.operator](actual, threshold.value) };
  });
}
