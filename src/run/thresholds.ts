// Pass/fail rules over a run's figures: `success_rate >= 99.5, avg_response_time <= 300`, and rules
// relative to a baseline run: `avg_response_time <= baseline + 10% + 50`. A rule may name one case,
// request or transaction of the run's report: `case("place-order").tp95 <= 400`.
// A tiny grammar, parsed by hand: no expression library is worth its start-up cost for it.
//
//   rules    = rule { ("," | ";" | newline) rule } ;   (outside a quoted name: a name may hold any of them)
//   rule     = [ scope ] field op number | [ scope ] field dir "baseline" [ term [ term ] ] ;
//   scope    = ( "case" | "request" | "transaction" ) "(" name ")" "." ;   (a scoped rule's field: SCOPED_FIELDS)
//   name     = '"' { any character but '"' and "\" | '\"' | "\\" } '"' ;   (not blank; matched exactly)
//   op       = "<=" | ">=" | "==" | "!=" | "<" | ">" ;   dir = "<=" | "<" | ">=" | ">" ;
//   term     = sign decimal [ "%" ] ;   (at most one percentage and one absolute term, either order)
//   sign     = "+" for <= and <, "-" for >= and > ;   number = [ "-" ] decimal ;   decimal = digits [ "." digits ] ;
import { InputError, quote } from '../common/errors.js';
import { SCOPED_FIELDS, type ScopedFigures } from '../cpts/case-figures.js';
import { listSome } from '../cpts/refs.js';
import type { OnMissingBaseline, RuleOutcome } from './gate-model.js';
import { KPI_FIELDS, type KpiField, type Kpis } from './kpis.js';

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'] as const;
export type Operator = (typeof OPERATORS)[number];
export type BaselineOperator = '<=' | '<' | '>=' | '>';

export const SCOPE_KINDS = ['case', 'request', 'transaction'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
/** One case, request or transaction of the run's report, by its name there (exact, case-sensitive). */
export interface Scope {
  kind: ScopeKind;
  name: string;
}
type ScopedField = (typeof SCOPED_FIELDS)[number];

/** Unscoped, a rule judges a run-wide figure; scoped, a figure of one case, request or transaction. */
type Scoping = { field: KpiField; scope?: undefined } | { field: ScopedField; scope: Scope };

/**
 * `text`: the rule as written, normalised (`success_rate >= 99.5`, `avg_tp90 <= baseline + 10% + 50`,
 * `case("place-order").tp95 <= 400`).
 * `percent`, `absolute`: the tolerance's terms, non-negative; the operator says whether they add or subtract.
 */
export type Threshold =
  | ({ kind: 'absolute'; operator: Operator; value: number; text: string } & Scoping)
  | ({ kind: 'baseline'; operator: BaselineOperator; percent?: number; absolute?: number; text: string } & Scoping);

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
  /** Why a scoped rule failed without figures to compare: the per-case report unread, a name or a figure not in it. */
  note?: string;
}

/**
 * A report's figures per case, request and transaction, for scoped rules: built by the caller from
 * the run's (or the baseline run's) per-case report.
 */
export interface ScopedSource {
  /** The figures of the case, request or transaction of that exact name; undefined when the report has none of it. */
  figures(scope: Scope): ScopedFigures | undefined;
  /** The names of that kind the report has, for a message. */
  names(kind: ScopeKind): string[];
}

const HEAD = /^([a-z_0-9]+)\s*(<=|>=|==|!=|<|>)\s*(.*)$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const BASELINE = /^baseline(?![a-z_0-9])(.*)$/;
// `(?:\s*%)?` rather than `\s*%?`: one way to match the blanks, so a bad tail cannot backtrack for long.
const TERMS = /^(?:\s*[+-]\s*\d+(?:\.\d+)?(?:\s*%)?)*\s*$/;
const TERM = /([+-])\s*(\d+(?:\.\d+)?)(\s*%)?/g;
/** A word and an opening parenthesis: the start of a scoped rule, or of a mistyped one. */
const SCOPE_HEAD = /^([A-Za-z_][A-Za-z_0-9]*)\s*\(\s*/;
const SCOPE_TAIL = /^\s*\)\s*\.\s*/;

const EXAMPLES: Record<ScopeKind, string> = {
  case: 'case("place-order").tp95 <= 400',
  request: 'request("POST /cart").success_rate >= 99.9',
  transaction: 'transaction("checkout").avg_response_time <= 800',
};

export function parseThresholds(input: string, text: string): Threshold[] {
  return splitRules(text)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => parseRule(input, part));
}

/** The rules of a list: split at commas, semicolons and newlines, but not inside a quoted name. */
function splitRules(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '\\') i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',' || char === ';' || char === '\n') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A name for a rule's text: in double quotes, `"` and `\` escaped. */
export const quoteName = (name: string): string => `"${name.replace(/["\\]/g, '\\$&')}"`;

/** How a rule's text names what it judges: `avg_tp90`, `case("place-order").tp95`. */
const subjectOf = ({ field, scope }: Scoping): string => (scope ? `${scope.kind}(${quoteName(scope.name)}).${field}` : field);

function parseRule(input: string, rule: string): Threshold {
  const says = `Input "${input}" rule ${quote(rule)}`;
  const scoped = scopeOf(input, says, rule);
  const body = scoped ? scoped.body : rule;
  const head = HEAD.exec(body);
  const rest = head?.[3] ?? '';
  const baseline = BASELINE.exec(rest);
  if (!head || (!NUMBER.test(rest) && !baseline)) {
    if (scoped) return shapeError(input, says);
    throw new InputError(
      input,
      `Input "${input}" must list rules like "success_rate >= 99.5" (a field, one of ${OPERATORS.join(' ')}, a number) ` +
        `or "avg_response_time <= baseline + 10% + 50" (a field, one of < <= > >=, "baseline", then optionally a percentage ` +
        `and an absolute tolerance), separated by commas or newlines; ${quote(rule)} is not one.`,
    );
  }
  const target: Scoping = scoped ? { field: scopedFieldOf(input, says, head[1]), scope: scoped.scope } : { field: fieldOf(input, head[1]) };
  const operator = head[2] as Operator;
  if (baseline) return baselineRule(input, says, target, operator, baseline[1]);
  return { kind: 'absolute', ...target, operator, value: Number(rest), text: `${subjectOf(target)} ${operator} ${rest}` };
}

/** A scoped rule's scope and what follows its dot; undefined for an unscoped rule. */
function scopeOf(input: string, says: string, rule: string): { scope: Scope; body: string } | undefined {
  const head = SCOPE_HEAD.exec(rule);
  if (!head) return undefined;
  const word = head[1];
  if (!(SCOPE_KINDS as readonly string[]).includes(word)) {
    throw new InputError(
      input,
      `${says} has an unknown scope ${quote(word)}; a scope is case, request or transaction, in lower case, e.g. ${EXAMPLES.case}.`,
    );
  }
  const kind = word as ScopeKind;
  const open = head[0].length;
  if (rule[open] !== '"') return shapeError(input, says);
  let name = '';
  let i = open + 1;
  for (; i < rule.length && rule[i] !== '"'; i++) {
    if (rule[i] !== '\\') {
      name += rule[i];
      continue;
    }
    const escaped = rule[++i];
    if (escaped === undefined) break;
    if (escaped !== '"' && escaped !== '\\') {
      throw new InputError(
        input,
        `${says} has ${quote(`\\${escaped}`)} in its name; inside the quotes a backslash escapes only a quote (\\") or a backslash (\\\\).`,
      );
    }
    name += escaped;
  }
  if (i >= rule.length) {
    throw new InputError(
      input,
      `${says} opens a quote that is never closed, so all that follows it, commas and newlines too, is read as the name; ` +
        `a name goes in double quotes, with \\" for a quote and \\\\ for a backslash inside it, e.g. ${EXAMPLES[kind]}.`,
    );
  }
  if (name.trim() === '') {
    throw new InputError(
      input,
      `${says} names an empty ${kind}; the quotes hold the ${kind}'s name as the report shows it, e.g. ${EXAMPLES[kind]}.`,
    );
  }
  const tail = SCOPE_TAIL.exec(rule.slice(i + 1));
  if (!tail) return shapeError(input, says);
  return { scope: { kind, name }, body: rule.slice(i + 1 + tail[0].length) };
}

function shapeError(input: string, says: string): never {
  throw new InputError(
    input,
    `${says} must be a scope (case, request or transaction), a name in double quotes in parentheses, a dot and a field, ` +
      `then a comparison as in an unscoped rule, e.g. ${EXAMPLES.case} or transaction("checkout").avg_response_time <= baseline + 10% + 50.`,
  );
}

function fieldOf(input: string, field: string): KpiField {
  if (!(KPI_FIELDS as readonly string[]).includes(field)) {
    throw new InputError(input, `Input "${input}" names an unknown field ${quote(field)}; the fields are ${KPI_FIELDS.join(', ')}.`);
  }
  return field as KpiField;
}

function scopedFieldOf(input: string, says: string, field: string): ScopedField {
  if (!(SCOPED_FIELDS as readonly string[]).includes(field)) {
    throw new InputError(
      input,
      `${says} names the field ${quote(field)}, which the report does not give per case, request or transaction; ` +
        `a scoped rule's field is one of ${SCOPED_FIELDS.join(', ')}.`,
    );
  }
  return field as ScopedField;
}

interface Term {
  sign: string;
  value: string;
  percent: boolean;
}

function baselineRule(input: string, says: string, target: Scoping, operator: Operator, tail: string): BaselineThreshold {
  const subject = subjectOf(target);
  if (operator === '==' || operator === '!=') {
    // A run never matches an earlier run's figure exactly: only a bound with a tolerance makes sense.
    throw new InputError(
      input,
      `${says} compares with the baseline by ${operator}, which a run's figure would meet only by chance; ` +
        `a baseline rule takes one of < <= > >=, e.g. ${example(subject, '<=')}.`,
    );
  }
  const terms = termsOf(says, input, subject, operator, tail);
  const percent = terms.find((t) => t.percent);
  const absolute = terms.find((t) => !t.percent);
  const sign = signOf(operator);
  const text = [`${subject} ${operator} baseline`, percent && `${sign} ${percent.value}%`, absolute && `${sign} ${absolute.value}`];
  return {
    kind: 'baseline',
    ...target,
    operator,
    ...(percent && { percent: Number(percent.value) }),
    ...(absolute && { absolute: Number(absolute.value) }),
    text: text.filter(Boolean).join(' '),
  };
}

/** The terms after `baseline`, checked: well formed, signed for the operator, at most one of each kind. */
function termsOf(says: string, input: string, subject: string, operator: BaselineOperator, tail: string): Term[] {
  const well = TERMS.test(tail);
  const terms = well ? [...tail.matchAll(TERM)].map(([, sign, value, percent]) => ({ sign, value, percent: !!percent })) : [];
  if (!well || terms.some((t) => !Number.isFinite(Number(t.value)))) {
    throw new InputError(
      input,
      `${says} must follow "baseline" with at most two terms, each "${signOf(operator)}" and a non-negative decimal: ` +
        `a percentage of the baseline (10%) and an absolute amount (50), e.g. ${example(subject, operator)}.`,
    );
  }
  checkSigns(says, input, subject, operator, terms);
  const percents = terms.filter((t) => t.percent).length;
  if (percents > 1 || terms.length - percents > 1) {
    throw new InputError(
      input,
      `${says} has two ${percents > 1 ? 'percentage' : 'absolute'} terms; a baseline rule takes at most one percentage (10%) ` +
        `and one absolute term (50), e.g. ${example(subject, operator)}.`,
    );
  }
  return terms;
}

/** The tolerance widens the bound, never narrows it: a rule that demands an improvement on every run is a mistake. */
function checkSigns(says: string, input: string, subject: string, operator: BaselineOperator, terms: Term[]): void {
  const sign = signOf(operator);
  const wrong = terms.find((t) => t.sign !== sign);
  if (!wrong) return;
  const [verb, way] = sign === '+' ? ['added (+)', 'rise above'] : ['subtracted (-)', 'fall below'];
  const meant = [`${subject} ${operator} baseline`, ...terms.map((t) => `${sign} ${t.value}${t.percent ? '%' : ''}`)].join(' ');
  throw new InputError(
    input,
    `${says} has a ${wrong.sign} term, but a ${operator} rule's terms are ${verb}: they are the tolerance by which ` +
      `the figure may ${way} the baseline. Did you mean ${quote(meant)}?`,
  );
}

const signOf = (operator: BaselineOperator): '+' | '-' => (operator.startsWith('<') ? '+' : '-');

const example = (subject: string, operator: BaselineOperator): string => {
  const sign = signOf(operator);
  return quote(`${subject} ${operator} baseline ${sign} 10% ${sign} 50`);
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
 * Scoped rules take their figures from `scoped` (the run's per-case report) and `baselineScoped` (the
 * baseline run's); without the one they need, a case, request or transaction the report lacks, or a
 * figure it lacks there, they fail, and the verdict's note says why.
 */
export function judgeThresholds(
  thresholds: Threshold[],
  kpis: Kpis,
  baseline?: Kpis,
  onMissing: OnMissingBaseline = 'warn',
  scoped?: ScopedSource,
  baselineScoped?: ScopedSource,
): Verdict[] {
  return thresholds.map((threshold) => {
    const run = figureOf(threshold, kpis, scoped, 'run');
    const base: Figure = threshold.kind === 'baseline' && baseline ? figureOf(threshold, baseline, baselineScoped, 'baseline') : {};
    const actual = run.value;
    const figure = base.value;
    const limit = threshold.kind === 'absolute' ? threshold.value : figure === undefined ? undefined : limitOf(threshold, figure);
    const outcome = outcomeOf(threshold, actual, figure, limit, baseline);
    const passed = outcome === 'pass' || (outcome !== 'fail' && onMissing === 'warn');
    const note = outcome === 'fail' ? [run.note, base.note].filter(Boolean).join('; ') : '';
    return { threshold, actual, limit, baseline: figure, outcome, passed, ...(note && { note }) };
  });
}

/** A rule's figure in one report; for a scoped rule without one, why not. */
interface Figure {
  value?: number;
  note?: string;
}

function figureOf(threshold: Threshold, kpis: Kpis, source: ScopedSource | undefined, whose: 'run' | 'baseline'): Figure {
  if (!threshold.scope) return { value: kpis[threshold.field] };
  const { scope, field } = threshold;
  const report = whose === 'run' ? 'the report' : "the baseline's report";
  if (!source) {
    // A file: baseline has no per-case figures to give; a task: or run: baseline's could not be read (the log says why).
    return {
      note:
        whose === 'run'
          ? "the run's per-case report could not be read"
          : 'the baseline has no per-case figures (a file: baseline has none; for task: or run:, the log says why they could not be read)',
    };
  }
  const figures = source.figures(scope);
  if (!figures) {
    const names = source.names(scope.kind);
    const kinds = `${scope.kind}s`;
    const has = names.length === 0 ? `, which has no ${kinds}` : `; its ${kinds}: ${listSome(names.map((name) => quote(name)))}`;
    return { note: `no ${scope.kind} ${quote(scope.name)} in ${report}${has}` };
  }
  const value = figures[field];
  return value === undefined ? { note: `${scope.kind} ${quote(scope.name)} has no ${field} in ${report}` } : { value };
}

function outcomeOf(
  threshold: Threshold,
  actual: number | undefined,
  figure: number | undefined,
  limit: number | undefined,
  baseline: Kpis | undefined,
): RuleOutcome {
  if (threshold.kind === 'baseline' && !baseline) return 'no-baseline';
  if (actual === undefined || (threshold.kind === 'baseline' && figure === undefined)) return 'fail';
  if (limit === undefined) return 'unjudgeable';
  return compare[threshold.operator](actual, limit) ? 'pass' : 'fail';
}

/** The distinct case names scoped rules name, in the rules' order: to check against the task's cases before the start. */
export const scopedCaseNames = (thresholds: Threshold[]): string[] => [
  ...new Set(thresholds.flatMap((t) => (t.scope?.kind === 'case' ? [t.scope.name] : []))),
];

/**
 * Whether judging needs a per-case report: the run's for any scoped rule (the default), the
 * baseline run's (`of: 'baseline'`) for a scoped baseline rule.
 */
export const needsCaseReport = (thresholds: Threshold[], of: 'run' | 'baseline' = 'run'): boolean =>
  thresholds.some((t) => t.scope !== undefined && (of === 'run' || t.kind === 'baseline'));
