// Pass/fail rules over a run's figures: `success_rate >= 99.5, avg_response_time <= 300`, and rules
// relative to a baseline run: `avg_response_time <= baseline + 10% + 50`.
// A tiny grammar, parsed by hand: no expression library is worth its start-up cost for it.
//
//   rules    = rule { ("," | ";" | newline) rule } ;
//   rule     = field op number | field dir "baseline" [ term [ term ] ] ;
//   op       = "<=" | ">=" | "==" | "!=" | "<" | ">" ;   dir = "<=" | "<" | ">=" | ">" ;
//   term     = sign decimal [ "%" ] ;   (at most one percentage and one absolute term, either order)
//   sign     = "+" for <= and <, "-" for >= and > ;   number = [ "-" ] decimal ;   decimal = digits [ "." digits ] ;
import { InputError, quote } from '../common/errors.js';
import type { OnMissingBaseline, RuleOutcome } from './gate-model.js';
import { KPI_FIELDS, type KpiField, type Kpis } from './kpis.js';

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'] as const;
export type Operator = (typeof OPERATORS)[number];
export type BaselineOperator = '<=' | '<' | '>=' | '>';

/**
 * `text`: the rule as written, normalised (`success_rate >= 99.5`, `avg_tp90 <= baseline + 10% + 50`).
 * `percent`, `absolute`: the tolerance's terms, non-negative; the operator says whether they add or subtract.
 */
export type Threshold =
  | { kind: 'absolute'; field: KpiField; operator: Operator; value: number; text: string }
  | { kind: 'baseline'; field: KpiField; operator: BaselineOperator; percent?: number; absolute?: number; text: string };

export type BaselineThreshold = Extract<Threshold, { kind: 'baseline' }>;

export interface Verdict {
  threshold: Threshold;
  actual: number | undefined;
  /** The value compared against: the rule's number, or the limit computed from the baseline. */
  limit: number | undefined;
  /** The baseline's figure, for baseline rules that had one. */
  baseline: number | undefined;
  outcome: RuleOutcome;
  /** Whether this rule lets the step pass: pass; no-baseline and unjudgeable only with on_missing_baseline warn. */
  passed: boolean;
}

const HEAD = /^([a-z_0-9]+)\s*(<=|>=|==|!=|<|>)\s*(.*)$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const BASELINE = /^baseline(?![a-z_0-9])(.*)$/;
// `(?:\s*%)?` rather than `\s*%?`: one way to match the blanks, so a bad tail cannot backtrack for long.
const TERMS = /^(?:\s*[+-]\s*\d+(?:\.\d+)?(?:\s*%)?)*\s*$/;
const TERM = /([+-])\s*(\d+(?:\.\d+)?)(\s*%)?/g;

export function parseThresholds(input: string, text: string): Threshold[] {
  return text
    .split(/[,\n;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => parseRule(input, part));
}

function parseRule(input: string, rule: string): Threshold {
  const head = HEAD.exec(rule);
  const rest = head?.[3] ?? '';
  const baseline = BASELINE.exec(rest);
  if (!head || (!NUMBER.test(rest) && !baseline)) {
    throw new InputError(
      input,
      `Input "${input}" must list rules like "success_rate >= 99.5" (a field, one of ${OPERATORS.join(' ')}, a number) ` +
        `or "avg_response_time <= baseline + 10% + 50" (a field, one of < <= > >=, "baseline", then optionally a percentage ` +
        `and an absolute tolerance), separated by commas or newlines; ${quote(rule)} is not one.`,
    );
  }
  const field = fieldOf(input, head[1]);
  const operator = head[2] as Operator;
  if (baseline) return baselineRule(input, rule, field, operator, baseline[1]);
  return { kind: 'absolute', field, operator, value: Number(rest), text: `${field} ${operator} ${rest}` };
}

function fieldOf(input: string, field: string): KpiField {
  if (!(KPI_FIELDS as readonly string[]).includes(field)) {
    throw new InputError(input, `Input "${input}" names an unknown field ${quote(field)}; the fields are ${KPI_FIELDS.join(', ')}.`);
  }
  return field as KpiField;
}

interface Term {
  sign: string;
  value: string;
  percent: boolean;
}

function baselineRule(input: string, rule: string, field: KpiField, operator: Operator, tail: string): BaselineThreshold {
  const says = `Input "${input}" rule ${quote(rule)}`;
  if (operator === '==' || operator === '!=') {
    // A run never matches an earlier run's figure exactly: only a bound with a tolerance makes sense.
    throw new InputError(
      input,
      `${says} compares with the baseline by ${operator}, which a run's figure would meet only by chance; ` +
        `a baseline rule takes one of < <= > >=, e.g. ${example(field, '<=')}.`,
    );
  }
  const terms = termsOf(says, input, field, operator, tail);
  const percent = terms.find((t) => t.percent);
  const absolute = terms.find((t) => !t.percent);
  const sign = signOf(operator);
  const text = [`${field} ${operator} baseline`, percent && `${sign} ${percent.value}%`, absolute && `${sign} ${absolute.value}`];
  return {
    kind: 'baseline',
    field,
    operator,
    ...(percent && { percent: Number(percent.value) }),
    ...(absolute && { absolute: Number(absolute.value) }),
    text: text.filter(Boolean).join(' '),
  };
}

/** The terms after `baseline`, checked: well formed, signed for the operator, at most one of each kind. */
function termsOf(says: string, input: string, field: KpiField, operator: BaselineOperator, tail: string): Term[] {
  const well = TERMS.test(tail);
  const terms = well ? [...tail.matchAll(TERM)].map(([, sign, value, percent]) => ({ sign, value, percent: !!percent })) : [];
  if (!well || terms.some((t) => !Number.isFinite(Number(t.value)))) {
    throw new InputError(
      input,
      `${says} must follow "baseline" with at most two terms, each "${signOf(operator)}" and a non-negative decimal: ` +
        `a percentage of the baseline (10%) and an absolute amount (50), e.g. ${example(field, operator)}.`,
    );
  }
  checkSigns(says, input, field, operator, terms);
  const percents = terms.filter((t) => t.percent).length;
  if (percents > 1 || terms.length - percents > 1) {
    throw new InputError(
      input,
      `${says} has two ${percents > 1 ? 'percentage' : 'absolute'} terms; a baseline rule takes at most one percentage (10%) ` +
        `and one absolute term (50), e.g. ${example(field, operator)}.`,
    );
  }
  return terms;
}

/** The tolerance widens the bound, never narrows it: a rule that demands an improvement on every run is a mistake. */
function checkSigns(says: string, input: string, field: KpiField, operator: BaselineOperator, terms: Term[]): void {
  const sign = signOf(operator);
  const wrong = terms.find((t) => t.sign !== sign);
  if (!wrong) return;
  const [verb, way] = sign === '+' ? ['added (+)', 'rise above'] : ['subtracted (-)', 'fall below'];
  const meant = [`${field} ${operator} baseline`, ...terms.map((t) => `${sign} ${t.value}${t.percent ? '%' : ''}`)].join(' ');
  throw new InputError(
    input,
    `${says} has a ${wrong.sign} term, but a ${operator} rule's terms are ${verb}: they are the tolerance by which ` +
      `the figure may ${way} the baseline. Did you mean ${quote(meant)}?`,
  );
}

const signOf = (operator: BaselineOperator): '+' | '-' => (operator.startsWith('<') ? '+' : '-');

const example = (field: KpiField, operator: BaselineOperator): string => {
  const sign = signOf(operator);
  return quote(`${field} ${operator} baseline ${sign} 10% ${sign} 50`);
};

/**
 * The bound a baseline rule sets: the baseline widened by the larger of its terms. Undefined when
 * the baseline is 0 and the rule has only a percentage: a percentage of nothing is no tolerance.
 */
export function limitOf(threshold: BaselineThreshold, baseline: number): number | undefined {
  const { percent, absolute } = threshold;
  if (baseline === 0 && absolute === undefined && percent !== undefined) return undefined;
  // Of the baseline's size: a tolerance only ever widens the bound.
  const share = percent === undefined || baseline === 0 ? 0 : (Math.abs(baseline) * percent) / 100;
  const tolerance = Math.max(share, absolute ?? 0);
  const raw = signOf(threshold.operator) === '+' ? baseline + tolerance : baseline - tolerance;
  // The exact limit has at most these decimals; rounding to them drops the float tail (100 × 1.1 is 110, not 110.00000000000001).
  const places = decimalsOf(baseline) + Math.max(decimalsOf(percent ?? 0) + 2, decimalsOf(absolute ?? 0));
  return Number(raw.toFixed(Math.min(places, 100)));
}

/** Decimal places of a number as JavaScript prints it: 132.2 → 1, 1e-7 → 7. */
function decimalsOf(n: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

const compare: Record<Operator, (a: number, b: number) => boolean> = {
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
};

/**
 * A figure missing from either report breaks its rule: an unjudgeable run is not a passing one.
 * Only the absence of any baseline, or a baseline of 0 under a percentage, is left to `onMissing`.
 */
export function judgeThresholds(thresholds: Threshold[], kpis: Kpis, baseline?: Kpis, onMissing: OnMissingBaseline = 'warn'): Verdict[] {
  return thresholds.map((threshold) => {
    const actual = kpis[threshold.field];
    const figure = threshold.kind === 'baseline' ? baseline?.[threshold.field] : undefined;
    const limit = threshold.kind === 'absolute' ? threshold.value : figure === undefined ? undefined : limitOf(threshold, figure);
    const outcome = outcomeOf(threshold, actual, limit, baseline);
    const passed = outcome === 'pass' || (outcome !== 'fail' && onMissing === 'warn');
    return { threshold, actual, limit, baseline: figure, outcome, passed };
  });
}

function outcomeOf(threshold: Threshold, actual: number | undefined, limit: number | undefined, baseline: Kpis | undefined): RuleOutcome {
  if (threshold.kind === 'baseline' && !baseline) return 'no-baseline';
  if (actual === undefined || (threshold.kind === 'baseline' && baseline?.[threshold.field] === undefined)) return 'fail';
  if (limit === undefined) return 'unjudgeable';
  return compare[threshold.operator](actual, limit) ? 'pass' : 'fail';
}
