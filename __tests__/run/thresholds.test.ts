// Threshold rules, absolute and relative to a baseline run: the grammar, the limits, the judging and
// the words that fail the step.
import fc from 'fast-check';
import { InputError } from '../../src/common/errors.js';
import type { OnMissingBaseline } from '../../src/run/gate-model.js';
import type { Kpis } from '../../src/run/kpis.js';
import { judgeThresholds, limitOf, parseThresholds, type BaselineThreshold, type Threshold } from '../../src/run/thresholds.js';
import { describeVerdict, failureMessage, judgeRun } from '../../src/run/verdict.js';

const parse = (text: string): Threshold[] => parseThresholds('thresholds', text);
const first = (text: string): Threshold => parse(text)[0];
const rule = (text: string): BaselineThreshold => {
  const [parsed] = parse(text);
  if (parsed.kind !== 'baseline') throw new Error(`${text} is not a baseline rule`);
  return parsed;
};
const judgeOne = (text: string, kpis: Kpis, baseline?: Kpis, onMissing?: OnMissingBaseline) =>
  judgeThresholds(parse(text), kpis, baseline, onMissing)[0];

describe('grammar', () => {
  test('the four forms of the spec', () => {
    expect(
      parse('avg_response_time <= baseline + 10%, avg_tp90 <= baseline + 10% + 50\nrps >= baseline - 5%; success_rate >= baseline - 0.5'),
    ).toEqual([
      { kind: 'baseline', field: 'avg_response_time', operator: '<=', percent: 10, text: 'avg_response_time <= baseline + 10%' },
      { kind: 'baseline', field: 'avg_tp90', operator: '<=', percent: 10, absolute: 50, text: 'avg_tp90 <= baseline + 10% + 50' },
      { kind: 'baseline', field: 'rps', operator: '>=', percent: 5, text: 'rps >= baseline - 5%' },
      { kind: 'baseline', field: 'success_rate', operator: '>=', absolute: 0.5, text: 'success_rate >= baseline - 0.5' },
    ]);
  });

  test('no terms: the baseline itself is the limit', () => {
    expect(parse('rps >= baseline, avg_tp50 < baseline')).toEqual([
      { kind: 'baseline', field: 'rps', operator: '>=', text: 'rps >= baseline' },
      { kind: 'baseline', field: 'avg_tp50', operator: '<', text: 'avg_tp50 < baseline' },
    ]);
  });

  test('absolute rules keep their shape and text', () => {
    expect(parse('rps > -1.50, success_rate>=99')).toEqual([
      { kind: 'absolute', field: 'rps', operator: '>', value: -1.5, text: 'rps > -1.50' },
      { kind: 'absolute', field: 'success_rate', operator: '>=', value: 99, text: 'success_rate >= 99' },
    ]);
  });

  test.each([
    'avg_tp90 <= baseline + 10% + 50',
    'avg_tp90<=baseline+10%+50',
    '  avg_tp90 <=   baseline +   10 %   +50  ',
    'avg_tp90 <= baseline + 50 + 10%',
    'avg_tp90<=baseline+50+10%',
  ])('%j: spaces optional, terms in either order', (text) => {
    expect(parse(text)).toEqual([rule('avg_tp90 <= baseline + 10% + 50')]);
  });

  test('< and > take terms too; decimals keep their digits in the text', () => {
    expect(rule('max_response_time < baseline + 2.50% + 0.75')).toEqual({
      kind: 'baseline',
      field: 'max_response_time',
      operator: '<',
      percent: 2.5,
      absolute: 0.75,
      text: 'max_response_time < baseline + 2.50% + 0.75',
    });
    expect(rule('trans_tps > baseline - 0% - 0').text).toBe('trans_tps > baseline - 0% - 0');
  });

  const expectation = (field: string, op: string): string => {
    const sign = op.startsWith('<') ? '+' : '-';
    return `e.g. "${field} ${op} baseline ${sign} 10% ${sign} 50".`;
  };

  test.each([
    [
      'rps == baseline',
      'Input "thresholds" rule "rps == baseline" compares with the baseline by ==, which a run\'s figure would meet only by chance; ' +
        `a baseline rule takes one of < <= > >=, ${expectation('rps', '<=')}`,
    ],
    [
      'rps != baseline + 5%',
      'Input "thresholds" rule "rps != baseline + 5%" compares with the baseline by !=, which a run\'s figure would meet only by chance; ' +
        `a baseline rule takes one of < <= > >=, ${expectation('rps', '<=')}`,
    ],
    [
      'avg_response_time <= baseline - 10%',
      'Input "thresholds" rule "avg_response_time <= baseline - 10%" has a - term, but a <= rule\'s terms are added (+): they are the ' +
        'tolerance by which the figure may rise above the baseline. Did you mean "avg_response_time <= baseline + 10%"?',
    ],
    [
      'rps >= baseline + 5%',
      'Input "thresholds" rule "rps >= baseline + 5%" has a + term, but a >= rule\'s terms are subtracted (-): they are the ' +
        'tolerance by which the figure may fall below the baseline. Did you mean "rps >= baseline - 5%"?',
    ],
    [
      'avg_tp90 < baseline + 50 - 10%',
      'Input "thresholds" rule "avg_tp90 < baseline + 50 - 10%" has a - term, but a < rule\'s terms are added (+): they are the ' +
        'tolerance by which the figure may rise above the baseline. Did you mean "avg_tp90 < baseline + 50 + 10%"?',
    ],
    [
      'rps >= baseline - 5% - 6%',
      'Input "thresholds" rule "rps >= baseline - 5% - 6%" has two percentage terms; a baseline rule takes at most one percentage (10%) ' +
        `and one absolute term (50), ${expectation('rps', '>=')}`,
    ],
    [
      'avg_tp50 <= baseline + 5 + 10% + 6',
      'Input "thresholds" rule "avg_tp50 <= baseline + 5 + 10% + 6" has two absolute terms; a baseline rule takes at most one ' +
        `percentage (10%) and one absolute term (50), ${expectation('avg_tp50', '<=')}`,
    ],
  ])('%j is an input error', (text, message) => {
    expect(() => parse(text)).toThrow(new InputError('thresholds', message));
  });

  test.each([
    ['rps <= baseline + -5', '+'],
    ['rps >= baseline - -5%', '-'],
    ['rps > baseline * 2', '-'],
    ['rps < baseline%', '+'],
    ['rps < baseline 10%', '+'],
    ['rps < baseline + .5%', '+'],
    ['rps < baseline + 10%%', '+'],
    ['rps < baseline + 1e3', '+'],
    ['rps < baseline + 10% +', '+'],
  ])('%j: the terms are an input error saying what they must be', (text, sign) => {
    const [field, op] = text.split(' ');
    expect(() => parse(text)).toThrow(
      new InputError(
        'thresholds',
        `Input "thresholds" rule ${JSON.stringify(text)} must follow "baseline" with at most two terms, each "${sign}" and a ` +
          `non-negative decimal: a percentage of the baseline (10%) and an absolute amount (50), ${expectation(field, op)}`,
      ),
    );
  });

  test.each(['rps >= baselines', 'rps >= base', 'rps >= 10%', 'rps >= baseline_rps'])('%j is not a rule', (text) => {
    expect(() => parse(text)).toThrow(
      new InputError(
        'thresholds',
        'Input "thresholds" must list rules like "success_rate >= 99.5" (a field, one of <= >= == != < >, a number) or ' +
          '"avg_response_time <= baseline + 10% + 50" (a field, one of < <= > >=, "baseline", then optionally a percentage and an ' +
          `absolute tolerance), separated by commas or newlines; ${JSON.stringify(text)} is not one.`,
      ),
    );
  });

  test('an unknown field in a baseline rule is named', () => {
    expect(() => parse('latency <= baseline + 10%')).toThrow(
      /Input "thresholds" names an unknown field "latency"; the fields are success_rate, /,
    );
  });

  test('a rule is quoted with its invisible characters shown, and cut short when long', () => {
    expect(() => parse('rps >= baseline\u202e - 5%')).toThrow(/rule "rps >= baseline\\u202e - 5%" must follow "baseline"/);
    expect(() => parse(`rps >= baseline${' - 1'.repeat(30)}`)).toThrow(/rule "rps >= baseline( - 1){16} …" has two absolute terms/);
  });

  const term = (sign: string, percent: boolean) =>
    fc
      .record({ value: fc.integer({ min: 0, max: 99_999 }).map((n) => String(n / 100)), blank: fc.constantFrom('', ' ', '  ') })
      .map(({ value, blank }) => `${blank}${sign}${blank}${value}${percent ? '%' : ''}`);

  test('property: any spacing and order of well-signed terms parses to one normal text, which parses to itself', () => {
    const drawn = fc
      .record({ op: fc.constantFrom('<=', '<', '>=', '>'), percent: fc.boolean(), absolute: fc.boolean(), swap: fc.boolean() })
      .chain(({ op, percent, absolute, swap }) => {
        const sign = op.startsWith('<') ? '+' : '-';
        const terms = fc.tuple(percent ? term(sign, true) : fc.constant(''), absolute ? term(sign, false) : fc.constant(''));
        return terms.map(([p, a]) => `rps${op}baseline${swap ? a + p : p + a}`);
      });
    fc.assert(
      fc.property(drawn, (text) => {
        const parsed = rule(text);
        expect(rule(parsed.text)).toEqual(parsed);
        expect(parsed.text).toMatch(/^rps (<=|<|>=|>) baseline( [+-] [\d.]+%)?( [+-] [\d.]+)?$/);
      }),
    );
  });

  test('property: a term signed against the operator is always an input error', () => {
    const drawn = fc
      .record({ op: fc.constantFrom('<=', '<', '>=', '>'), percent: fc.boolean() })
      .chain(({ op, percent }) => term(op.startsWith('<') ? '-' : '+', percent).map((t) => `avg_tp90 ${op} baseline${t}`));
    fc.assert(fc.property(drawn, (text) => expect(() => parse(text)).toThrow(/term, but a (<=|<|>=|>) rule's terms are/)));
  });
});

describe('limits', () => {
  test.each([
    ['avg_response_time <= baseline + 10%', 132.2, 145.42],
    ['avg_response_time <= baseline + 10%', 100, 110],
    ['avg_tp90 <= baseline + 10% + 50', 200, 250], // 10 % is 20: the 50 is larger
    ['avg_tp90 <= baseline + 10% + 50', 1000, 1100], // 10 % is 100: larger than 50
    ['avg_tp90 <= baseline + 50 + 10%', 500, 550], // equal: either
    ['rps >= baseline - 5%', 100, 95],
    ['rps >= baseline - 5%', 600.25, 570.2375],
    ['success_rate >= baseline - 0.5', 99.8, 99.3],
    ['rps >= baseline', 42.1, 42.1],
    ['rps > baseline - 2.5% - 1', 10, 9],
    ['rps > baseline - 2.5% - 1', 1000, 975],
    ['avg_tp90 <= baseline + 10%', 0.3, 0.33],
  ])('%j from baseline %d is %d', (text, baseline, limit) => {
    expect(limitOf(rule(text), baseline)).toBe(limit);
  });

  test.each([
    ['avg_response_time <= baseline + 10%', undefined],
    ['rps >= baseline - 5%', undefined],
    ['avg_tp90 <= baseline + 10% + 50', 50],
    ['rps >= baseline - 5% - 3', -3],
    ['error_request_count <= baseline + 2', 2],
    ['error_request_count <= baseline', 0],
  ])('%j from a baseline of 0: only the absolute term counts (%p)', (text, limit) => {
    expect(limitOf(rule(text), 0)).toBe(limit);
  });

  const tenths = fc.integer({ min: 1, max: 10_000_000 });
  const percents = fc.integer({ min: 0, max: 100 });

  test('property: for a baseline b of tenths and a whole percentage p, the limit is exactly b × (1 ± p/100)', () => {
    fc.assert(
      fc.property(tenths, percents, (k, p) => {
        expect(limitOf(rule(`avg_tp90 <= baseline + ${p}%`), k / 10)).toBe((k * (100 + p)) / 1000);
        expect(limitOf(rule(`rps >= baseline - ${p}%`), k / 10)).toBe((k * (100 - p)) / 1000);
      }),
    );
  });

  const baselines = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
  const decimals = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);

  test('property: for any baseline b > 0 and percentage p, the limit is b × (1 + p/100); just above it fails, at it passes', () => {
    fc.assert(
      fc.property(baselines, decimals, (b, p) => {
        const threshold = rule(`avg_tp90 <= baseline + ${p}%`);
        const limit = limitOf(threshold, b)!;
        expect(Math.abs(limit - b * (1 + p / 100))).toBeLessThanOrEqual(limit * 1e-12);
        const above = limit + Math.max(limit * 1e-9, 1e-12);
        expect(judgeThresholds([threshold], { avg_tp90: limit }, { avg_tp90: b }).map((v) => v.outcome)).toEqual(['pass']);
        expect(judgeThresholds([threshold], { avg_tp90: above }, { avg_tp90: b }).map((v) => v.outcome)).toEqual(['fail']);
      }),
    );
  });

  test('property: with both terms the tolerance is the larger one', () => {
    fc.assert(
      fc.property(baselines, decimals, decimals, (b, p, a) => {
        const up = limitOf(rule(`avg_tp90 <= baseline + ${a} + ${p}%`), b)!;
        const down = limitOf(rule(`rps >= baseline - ${p}% - ${a}`), b)!;
        const tolerance = Math.max((b * p) / 100, a);
        expect(Math.abs(up - (b + tolerance))).toBeLessThanOrEqual((b + tolerance) * 1e-12);
        expect(Math.abs(down - (b - tolerance))).toBeLessThanOrEqual((b + tolerance) * 1e-12);
      }),
    );
  });
});

describe('judging', () => {
  test('absolute rules as before: the rule number is the limit, a missing figure fails', () => {
    expect(judgeThresholds(parse('rps >= 10, avg_tp90 <= 100'), { rps: 9 }, { rps: 100 }, 'fail')).toEqual([
      { threshold: first('rps >= 10'), actual: 9, limit: 10, baseline: undefined, outcome: 'fail', passed: false },
      { threshold: first('avg_tp90 <= 100'), actual: undefined, limit: 100, baseline: undefined, outcome: 'fail', passed: false },
    ]);
  });

  test('a baseline rule passes or fails against the limit from the baseline', () => {
    const text = 'avg_response_time <= baseline + 10%';
    expect(judgeOne(text, { avg_response_time: 145.42 }, { avg_response_time: 132.2 })).toEqual({
      threshold: rule(text),
      actual: 145.42,
      limit: 145.42,
      baseline: 132.2,
      outcome: 'pass',
      passed: true,
    });
    expect(judgeOne(text, { avg_response_time: 158.6 }, { avg_response_time: 132.2 })).toMatchObject({ outcome: 'fail', passed: false });
  });

  test.each([
    ['avg_tp90 <= baseline + 10%', 110, 'pass'],
    ['avg_tp90 < baseline + 10%', 110, 'fail'],
    ['avg_tp90 < baseline + 10%', 109.99, 'pass'],
    ['avg_tp90 <= baseline + 10%', 110.000001, 'fail'],
    ['avg_tp90 >= baseline - 10%', 90, 'pass'],
    ['avg_tp90 > baseline - 10%', 90, 'fail'],
    ['avg_tp90 > baseline - 10%', 90.01, 'pass'],
    ['avg_tp90 >= baseline', 100, 'pass'],
    ['avg_tp90 > baseline', 100, 'fail'],
  ])('boundary: %j with actual %d from baseline 100 is %s', (text, actual, outcome) => {
    expect(judgeOne(text, { avg_tp90: actual }, { avg_tp90: 100 }).outcome).toBe(outcome);
  });

  test('no baseline at all: no-baseline, which passes with on_missing_baseline warn (the default) and fails with fail', () => {
    const absent = { actual: 150, limit: undefined, baseline: undefined, outcome: 'no-baseline' };
    expect(judgeOne('avg_tp90 <= baseline + 10%', { avg_tp90: 150 })).toMatchObject({ ...absent, passed: true });
    expect(judgeOne('avg_tp90 <= baseline + 10%', { avg_tp90: 150 }, undefined, 'warn')).toMatchObject({ ...absent, passed: true });
    expect(judgeOne('avg_tp90 <= baseline + 10%', { avg_tp90: 150 }, undefined, 'fail')).toMatchObject({ ...absent, passed: false });
    expect(judgeOne('avg_tp90 <= baseline + 10%', {}, undefined, 'warn')).toMatchObject({ outcome: 'no-baseline', passed: true });
  });

  test.each(['warn', 'fail'] as const)('a figure missing from either report fails, whatever on_missing_baseline (%s)', (onMissing) => {
    const text = 'rps >= baseline - 5%';
    expect(judgeOne(text, { rps: 100 }, { avg_tp90: 1 }, onMissing)).toMatchObject({
      baseline: undefined,
      limit: undefined,
      outcome: 'fail',
      passed: false,
    });
    expect(judgeOne(text, {}, { rps: 100 }, onMissing)).toMatchObject({
      actual: undefined,
      baseline: 100,
      limit: 95,
      outcome: 'fail',
      passed: false,
    });
    expect(judgeOne(text, {}, {}, onMissing)).toMatchObject({ outcome: 'fail', passed: false });
    expect(judgeOne(text, {}, { rps: 0 }, onMissing)).toMatchObject({ outcome: 'fail', passed: false });
  });

  test('a baseline of 0 under a percentage only is unjudgeable, left to on_missing_baseline; with an absolute term it is judged', () => {
    const zero = { rps: 0 };
    expect(judgeOne('rps <= baseline + 5%', { rps: 3 }, zero)).toMatchObject({
      limit: undefined,
      baseline: 0,
      outcome: 'unjudgeable',
      passed: true,
    });
    expect(judgeOne('rps <= baseline + 5%', { rps: 3 }, zero, 'fail')).toMatchObject({ outcome: 'unjudgeable', passed: false });
    expect(judgeOne('rps <= baseline + 5% + 3', { rps: 3 }, zero, 'fail')).toMatchObject({ limit: 3, outcome: 'pass', passed: true });
    expect(judgeOne('rps <= baseline + 5% + 3', { rps: 3.1 }, zero)).toMatchObject({ outcome: 'fail', passed: false });
  });
});

describe('the verdict on a run', () => {
  const finished = { kind: 'ended', runStatus: 2 } as const;
  const outline = { core_index: { rps: 90, success_rate: 99.9, response_time: { avg_response_time: 158.6, avg_tp90: 260 } } };
  const thresholds = parse(
    'success_rate >= 99.5, avg_response_time <= baseline + 10%, avg_tp90 <= baseline + 10% + 50, rps >= baseline - 5%, ' +
      'max_users <= baseline + 5%, max_rps >= baseline, error_request_count <= 0',
  );
  const baseline: Kpis = { avg_response_time: 132.2, avg_tp90: 200, rps: 0, max_users: 50 };

  test('judgeRun passes the baseline and on_missing_baseline through; the message words each broken rule', () => {
    const judged = judgeRun(finished, outline, thresholds, baseline, 'fail');
    expect(judged.verdicts.map((v) => v.outcome)).toEqual(['pass', 'fail', 'fail', 'unjudgeable', 'fail', 'fail', 'fail']);
    expect(judged.status).toBe('failed');
    expect(failureMessage(judged, 7, 60_000)).toBe(
      'Run 7 broke 6 thresholds: ' +
        'avg_response_time <= baseline + 10% (actual 158.6, limit 145.42 from baseline 132.2); ' +
        'avg_tp90 <= baseline + 10% + 50 (actual 260, limit 250 from baseline 200); ' +
        'rps >= baseline - 5% (unjudgeable: the baseline is 0 and the rule has no absolute term); ' +
        'max_users <= baseline + 5% (actual missing from the report); ' +
        'max_rps >= baseline (missing from both reports); ' +
        'error_request_count <= 0 (actual missing from the report)',
    );
  });

  test('a figure the baseline lacks, and no baseline with on_missing_baseline fail, are worded', () => {
    const rules = parse('rps >= baseline - 5%, avg_tp90 <= baseline + 10%');
    const lacking = judgeRun(finished, outline, rules, { avg_tp90: 300 });
    expect(failureMessage(lacking, 7, 60_000)).toBe("Run 7 broke 1 threshold: rps >= baseline - 5% (missing from the baseline's report)");
    const none = judgeRun(finished, outline, rules, undefined, 'fail');
    expect(failureMessage(none, 7, 60_000)).toBe(
      'Run 7 broke 2 thresholds: rps >= baseline - 5% (no baseline: on_missing_baseline is fail); ' +
        'avg_tp90 <= baseline + 10% (no baseline: on_missing_baseline is fail)',
    );
  });

  test('without a baseline, warn (the default) lets baseline rules pass; the absolute rules still judge the run', () => {
    const judged = judgeRun(finished, outline, parse('rps >= baseline - 5%, success_rate >= 99.5'));
    expect(judged.status).toBe('passed');
    expect(failureMessage(judged, 7, 60_000)).toBeUndefined();
    expect(judged.verdicts.map(describeVerdict)).toEqual([
      'rps >= baseline - 5% (no baseline: on_missing_baseline is warn)',
      'success_rate >= 99.5 (actual 99.9)',
    ]);
    expect(judgeRun(finished, outline, parse('rps >= baseline - 5%, success_rate >= 99.95')).status).toBe('failed');
  });

  test('absolute rules are worded as before', () => {
    const judged = judgeRun(finished, outline, parse('rps > 100, max_users != 1'));
    expect(failureMessage(judged, 7, 60_000)).toBe(
      'Run 7 broke 2 thresholds: rps > 100 (actual 90); max_users != 1 (actual missing from the report)',
    );
  });

  test('a timed-out run is not judged, baseline or not', () => {
    expect(judgeRun({ kind: 'timed_out', runStatus: 0 }, outline, thresholds, baseline, 'fail')).toMatchObject({
      status: 'timed_out',
      verdicts: [],
    });
  });
});
