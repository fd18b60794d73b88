// Threshold rules scoped to one case, request or transaction of the run's report: the grammar (quoted
// names, escapes, lists), the judging against per-case figures and a baseline's, and the words that
// fail the step. Unscoped rules are thresholds.test.ts's; here only that they are untouched.
import fc from 'fast-check';
import { InputError } from '../../src/common/errors.js';
import { SCOPED_FIELDS, type ScopedFigures } from '../../src/cpts/case-figures.js';
import type { OnMissingBaseline } from '../../src/run/gate-model.js';
import type { Kpis } from '../../src/run/kpis.js';
import {
  judgeThresholds,
  needsCaseReport,
  parseThresholds,
  quoteName,
  scopedCaseNames,
  type ScopeKind,
  type ScopedSource,
  type Threshold,
} from '../../src/run/thresholds.js';
import { describeVerdict, failureMessage, judgeRun } from '../../src/run/verdict.js';

const parse = (text: string): Threshold[] => parseThresholds('thresholds', text);
const first = (text: string): Threshold => parse(text)[0];

/** A report's figures per kind and name, as the caller builds them from a per-case report. */
const source = (byKind: Partial<Record<ScopeKind, Record<string, ScopedFigures>>>): ScopedSource => {
  const maps = new Map(Object.entries(byKind).map(([kind, named]) => [kind, new Map(Object.entries(named))]));
  return {
    figures: ({ kind, name }) => maps.get(kind)?.get(name),
    names: (kind) => [...(maps.get(kind)?.keys() ?? [])],
  };
};

const report = source({
  case: { 'browse-catalogue': { tp95: 210, tp99: 640, avg_response_time: 120 }, 'place-order': { tp95: 512, success_rate: 99.95 } },
  request: { 'POST /cart': { success_rate: 99.2, tp95: 80 }, 'place-order': { tp95: 5 } },
  transaction: { checkout: { avg_response_time: 760 } },
});

/** What every shape error says after the rule. */
const SHAPE =
  'must be a scope (case, request or transaction), a name in double quotes in parentheses, a dot and a field, then a ' +
  'comparison as in an unscoped rule, e.g. case("place-order").tp95 <= 400 or transaction("checkout").avg_response_time <= baseline + 10% + 50.';

const error = (rule: string, rest: string): InputError =>
  new InputError('thresholds', `Input "thresholds" rule ${JSON.stringify(rule)} ${rest}`);

describe('grammar', () => {
  test('each scope, absolute and baseline, in a list split by commas, newlines and semicolons', () => {
    expect(
      parse(
        'case("place-order").tp95 <= 400, request("POST /cart").success_rate >= 99.9\n' +
          'transaction("checkout").avg_response_time <= 800; case("browse").tp99 <= baseline + 10%',
      ),
    ).toEqual([
      {
        kind: 'absolute',
        field: 'tp95',
        scope: { kind: 'case', name: 'place-order' },
        operator: '<=',
        value: 400,
        text: 'case("place-order").tp95 <= 400',
      },
      {
        kind: 'absolute',
        field: 'success_rate',
        scope: { kind: 'request', name: 'POST /cart' },
        operator: '>=',
        value: 99.9,
        text: 'request("POST /cart").success_rate >= 99.9',
      },
      {
        kind: 'absolute',
        field: 'avg_response_time',
        scope: { kind: 'transaction', name: 'checkout' },
        operator: '<=',
        value: 800,
        text: 'transaction("checkout").avg_response_time <= 800',
      },
      {
        kind: 'baseline',
        field: 'tp99',
        scope: { kind: 'case', name: 'browse' },
        operator: '<=',
        percent: 10,
        text: 'case("browse").tp99 <= baseline + 10%',
      },
    ]);
  });

  test.each([
    ['case("place-order").tp95<=400', 'case("place-order").tp95 <= 400'],
    ['  case ( "place-order" ) . tp95   <=   400  ', 'case("place-order").tp95 <= 400'],
    ['request("POST /cart").tps > -1.50', 'request("POST /cart").tps > -1.50'],
    ['case("browse").tp99<=baseline+50+10%', 'case("browse").tp99 <= baseline + 10% + 50'],
    ['transaction( "checkout" ).max_tps>=baseline - 5%', 'transaction("checkout").max_tps >= baseline - 5%'],
  ])('%j: spaces optional, the text normalised to %j', (text, normal) => {
    const [parsed] = parse(text);
    expect(parsed.text).toBe(normal);
    expect(parse(normal)).toEqual([parsed]);
  });

  test('every scoped field parses, in each scope', () => {
    for (const kind of ['case', 'request', 'transaction'] as const) {
      for (const field of SCOPED_FIELDS) {
        expect(first(`${kind}("x").${field} >= 1`)).toMatchObject({ field, scope: { kind, name: 'x' } });
      }
    }
  });

  test('names keep their spaces, slashes, commas, semicolons and newlines; the list splits only outside them', () => {
    const rules = parse('rps >= 1, request("GET /a, b; c").tp95 <= 100;case("two\nlines").tp50 <= 2\ntransaction(" pad ").tps >= 3');
    expect(rules.map((t) => t.scope?.name)).toEqual([undefined, 'GET /a, b; c', 'two\nlines', ' pad ']);
    expect(rules.map((t) => t.text)).toEqual([
      'rps >= 1',
      'request("GET /a, b; c").tp95 <= 100',
      'case("two\nlines").tp50 <= 2',
      'transaction(" pad ").tps >= 3',
    ]);
  });

  test('\\" and \\\\ are the escapes; the text escapes the name again', () => {
    const rule = String.raw`case("say \"hi\", C:\\dir").tp95 <= 1`;
    const [parsed] = parse(`${rule}, rps >= 1`);
    expect(parsed.scope).toEqual({ kind: 'case', name: String.raw`say "hi", C:\dir` });
    expect(parsed.text).toBe(rule);
    expect(quoteName(String.raw`a"b\c`)).toBe(String.raw`"a\"b\\c"`);
  });

  test('names are kept exactly, upper case included', () => {
    expect(first('case("Place-Order").tp95 <= 400').scope).toEqual({ kind: 'case', name: 'Place-Order' });
  });

  test('a figure of both lists is run-wide unscoped and per case scoped; the per-case ones stay scoped only', () => {
    expect(first('avg_response_time <= 300')).not.toHaveProperty('scope');
    expect(first('case("x").avg_response_time <= 300').scope).toEqual({ kind: 'case', name: 'x' });
    expect(() => parse('tp95 <= 400')).toThrow(/^Input "thresholds" names an unknown field "tp95"; the fields are success_rate, /);
  });

  test.each([
    ['suite("x").tp95 <= 1', 'suite'],
    ['Case("x").tp95 <= 1', 'Case'],
    ['TRANSACTION("x").tp95 <= 1', 'TRANSACTION'],
    ['tp95("x") <= 1', 'tp95'],
  ])('%j: an unknown scope word', (rule, word) => {
    expect(() => parse(`rps >= 1, ${rule}`)).toThrow(
      error(
        rule,
        `has an unknown scope "${word}"; a scope is case, request or transaction, in lower case, e.g. case("place-order").tp95 <= 400.`,
      ),
    );
  });

  test.each([
    ['case("place-order.tp95 <= 400, rps >= 1', 'case("place-order").tp95 <= 400'],
    ['request("POST /cart).tps >= 1', 'request("POST /cart").success_rate >= 99.9'],
    ['transaction("a\\', 'transaction("checkout").avg_response_time <= 800'],
    ['case("a\\").tp95 <= 1', 'case("place-order").tp95 <= 400'],
  ])('%j: an unterminated quote takes the rest of the list; the error says so', (rule, example) => {
    expect(() => parse(rule)).toThrow(
      error(
        rule,
        'opens a quote that is never closed, so all that follows it, commas and newlines too, is read as the name; a name goes ' +
          `in double quotes, with \\" for a quote and \\\\ for a backslash inside it, e.g. ${example}.`,
      ),
    );
  });

  test.each([
    ['case("a\\nb").tp95 <= 1', '\\n'],
    ['case("C:\\dir").tp95 <= 1', '\\d'],
    ['case("it\\\'s").tp95 <= 1', "\\'"],
  ])('%j: a backslash escapes only a quote or a backslash', (rule, escape) => {
    expect(() => parse(rule)).toThrow(
      error(
        rule,
        `has ${JSON.stringify(escape)} in its name; inside the quotes a backslash escapes only a quote (\\") or a backslash (\\\\).`,
      ),
    );
  });

  test.each([
    ['case("").tp95 <= 1', 'case', 'case("place-order").tp95 <= 400'],
    ['request("   ").tps >= 1', 'request', 'request("POST /cart").success_rate >= 99.9'],
    ['transaction("").avg_response_time <= baseline', 'transaction', 'transaction("checkout").avg_response_time <= 800'],
  ])('%j: an empty name', (rule, kind, example) => {
    expect(() => parse(rule)).toThrow(
      error(rule, `names an empty ${kind}; the quotes hold the ${kind}'s name as the report shows it, e.g. ${example}.`),
    );
  });

  test.each([
    ['case("x").avg_tp90 <= 1', 'avg_tp90'],
    ['request("x").rps >= baseline - 5%', 'rps'],
    ['transaction("x").latency <= 1', 'latency'],
    ['case("x").tp96 <= 1', 'tp96'],
  ])('%j: a field not in the scoped list, which the message lists', (rule, field) => {
    expect(() => parse(rule)).toThrow(
      error(
        rule,
        `names the field "${field}", which the report does not give per case, request or transaction; a scoped rule's field is one of ` +
          'avg_response_time, max_response_time, min_response_time, tp50, tp75, tp85, tp90, tp95, tp99, tp999, tp9999, success_rate, ' +
          'tps, max_tps, request_count, success_count, error_count, failed_assert, failed_timeout, failed_refused.',
      ),
    );
  });

  test.each([
    'case(place-order).tp95 <= 400',
    "case('place-order').tp95 <= 400",
    'case("place-order")tp95 <= 400',
    'case("place-order").tp95',
    'case("place-order").tp95 <= abc',
    'case("place-order").TP95 <= 400',
    'case("place-order") <= 400',
    'case("place-order"',
    'case("a")("b").tp95 <= 1',
  ])('%j: not the shape of a scoped rule', (rule) => {
    expect(() => parse(rule)).toThrow(error(rule, SHAPE));
  });

  test('a scoped baseline rule is checked as an unscoped one, its examples scoped', () => {
    expect(() => parse('case("x").tp95 == baseline')).toThrow(
      error(
        'case("x").tp95 == baseline',
        "compares with the baseline by ==, which a run's figure would meet only by chance; a baseline rule takes one of < <= > >=, " +
          'e.g. "case(\\"x\\").tp95 <= baseline + 10% + 50".',
      ),
    );
    expect(() => parse('request("POST /cart").tps >= baseline + 5%')).toThrow(
      error(
        'request("POST /cart").tps >= baseline + 5%',
        "has a + term, but a >= rule's terms are subtracted (-): they are the tolerance by which the figure may fall below the " +
          'baseline. Did you mean "request(\\"POST /cart\\").tps >= baseline - 5%"?',
      ),
    );
    expect(() => parse('case("x").tp95 <= baseline * 2')).toThrow(
      error(
        'case("x").tp95 <= baseline * 2',
        'must follow "baseline" with at most two terms, each "+" and a non-negative decimal: a percentage of the baseline (10%) ' +
          'and an absolute amount (50), e.g. "case(\\"x\\").tp95 <= baseline + 10% + 50".',
      ),
    );
  });

  test('the error names the input it was given and the bad rule, not its neighbours', () => {
    const thrown = (() => {
      try {
        parseThresholds('gate_rules', 'rps >= 1; case("ok").tp95 <= 1, suite("x").tp95 <= 1');
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({
      input: 'gate_rules',
      message: expect.stringMatching(/^Input "gate_rules" rule "suite\(\\"x\\"\)\.tp95 <= 1" has/),
    });
  });

  const tricky = fc.string({ unit: fc.constantFrom('"', '\\', ',', ';', '\n', ' ', '/', '(', ')', '.', 'a', 'é', '%'), minLength: 1 });
  const names = fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1 })).filter((name) => name.trim() !== '');

  test('property: any name round-trips through quoting, alone and inside a list', () => {
    fc.assert(
      fc.property(names, fc.constantFrom('case', 'request', 'transaction'), (name, kind) => {
        const rule = `${kind}(${quoteName(name)}).tp95 <= 400`;
        const [alone] = parse(rule);
        expect(alone).toEqual({ kind: 'absolute', field: 'tp95', scope: { kind, name }, operator: '<=', value: 400, text: rule });
        expect(parse(`rps >= 1,${rule};\n${kind}(${quoteName(name)}).tp99 <= baseline + 10%`)).toEqual([
          first('rps >= 1'),
          alone,
          {
            kind: 'baseline',
            field: 'tp99',
            scope: { kind, name },
            operator: '<=',
            percent: 10,
            text: `${kind}(${quoteName(name)}).tp99 <= baseline + 10%`,
          },
        ]);
      }),
    );
  });

  test('property: lists of unscoped rules split as they always did', () => {
    const rules = fc.array(fc.constantFrom('rps >= 1', 'avg_tp90 <= baseline + 10%', 'success_rate>=99.5', '  max_users != 3 '), {
      minLength: 1,
    });
    const separators = fc.array(fc.constantFrom(',', ';', '\n', ',,', ' ;\n'), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(rules, separators, (list, seps) => {
        const text = list.map((rule, i) => `${rule}${seps[i % seps.length]}`).join('');
        expect(parse(text)).toEqual(list.flatMap((rule) => parse(rule)));
        expect(parse(text)).toEqual(
          text
            .split(/[,\n;]+/)
            .filter((p) => p.trim())
            .flatMap((p) => parse(p)),
        );
      }),
    );
  });
});

describe('what the caller reads before the start', () => {
  test('scopedCaseNames: the distinct case names, in the rules’ order; requests and transactions are not cases', () => {
    const rules = parse(
      'case("b").tp95 <= 1, request("a").tps >= 1, case("a").tp99 <= baseline + 5%, case("b").tp50 <= 2, transaction("c").tps >= 1, rps >= 1',
    );
    expect(scopedCaseNames(rules)).toEqual(['b', 'a']);
    expect(scopedCaseNames(parse('rps >= 1, request("x").tps >= 1'))).toEqual([]);
  });

  test('needsCaseReport: the run’s for any scoped rule, the baseline’s for a scoped baseline rule', () => {
    expect(needsCaseReport(parse('rps >= 1, avg_tp90 <= baseline + 10%'))).toBe(false);
    expect(needsCaseReport(parse('rps >= 1, request("x").tps >= 1'))).toBe(true);
    expect(needsCaseReport(parse('rps >= 1, request("x").tps >= 1'), 'baseline')).toBe(false);
    expect(needsCaseReport(parse('avg_tp90 <= baseline, transaction("x").tps >= baseline - 5%'), 'baseline')).toBe(true);
  });
});

describe('judging', () => {
  const judge = (text: string, scoped?: ScopedSource, baseline?: Kpis, baselineScoped?: ScopedSource, onMissing?: OnMissingBaseline) =>
    judgeThresholds(parse(text), { avg_response_time: 1, success_rate: 1 }, baseline, onMissing, scoped, baselineScoped);

  test('a scoped figure passes or fails against the rule, from its own kind and name', () => {
    expect(judge('case("browse-catalogue").tp95 <= 400', report)).toEqual([
      {
        threshold: first('case("browse-catalogue").tp95 <= 400'),
        actual: 210,
        limit: 400,
        baseline: undefined,
        outcome: 'pass',
        passed: true,
      },
    ]);
    expect(judge('case("place-order").tp95 <= 400', report)).toEqual([
      { threshold: first('case("place-order").tp95 <= 400'), actual: 512, limit: 400, baseline: undefined, outcome: 'fail', passed: false },
    ]);
    // The same name as a request is another thing: its own figures.
    expect(judge('request("place-order").tp95 <= 400', report)[0]).toMatchObject({ actual: 5, outcome: 'pass' });
    expect(judge('request("POST /cart").success_rate >= 99.9', report)[0]).toMatchObject({ actual: 99.2, outcome: 'fail' });
    expect(judge('transaction("checkout").avg_response_time <= 800', report)[0]).toMatchObject({ actual: 760, outcome: 'pass' });
    // Not the run-wide figure of the same field.
    expect(judge('case("browse-catalogue").avg_response_time <= 100', report)[0]).toMatchObject({ actual: 120, outcome: 'fail' });
  });

  test('a name the report lacks fails, whatever on_missing_baseline, and the note lists the names it has', () => {
    const [v] = judge('case("place-orderr").tp95 <= 400', report, undefined, undefined, 'warn');
    expect(v).toEqual({
      threshold: first('case("place-orderr").tp95 <= 400'),
      actual: undefined,
      limit: 400,
      baseline: undefined,
      outcome: 'fail',
      passed: false,
      note: 'no case "place-orderr" in the report; its cases: "browse-catalogue", "place-order"',
    });
    expect(judge('case("Place-Order").tp95 <= 400', report)[0].note).toBe(
      'no case "Place-Order" in the report; its cases: "browse-catalogue", "place-order"',
    );
    expect(judge('request("POST /carts").tps >= 1', report)[0].note).toBe(
      'no request "POST /carts" in the report; its requests: "POST /cart", "place-order"',
    );
    expect(judge('transaction("pay").tps >= 1', source({ case: { a: {} } }))[0].note).toBe(
      'no transaction "pay" in the report, which has no transactions',
    );
  });

  test('at most ten names are listed, then how many more', () => {
    const many = source({ case: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`case ${i + 1}`, { tp95: 1 }])) });
    expect(judge('case("case 13").tp95 <= 1', many)[0].note).toBe(
      'no case "case 13" in the report; its cases: "case 1", "case 2", "case 3", "case 4", "case 5", "case 6", "case 7", "case 8", ' +
        '"case 9", "case 10" and 2 more',
    );
  });

  test('names with quotes are quoted escaped in the note', () => {
    const quoted = source({ request: { 'GET /q?"x"': { tps: 1 } } });
    expect(judge('request("GET /q").tps >= 1', quoted)[0].note).toBe('no request "GET /q" in the report; its requests: "GET /q?\\"x\\""');
  });

  test('a scoped figure missing from the report breaks the rule', () => {
    expect(judge('case("place-order").tp9999 <= 400', report)[0]).toMatchObject({
      actual: undefined,
      outcome: 'fail',
      passed: false,
      note: 'case "place-order" has no tp9999 in the report',
    });
  });

  test('without a scoped source (the per-case report not read) every scoped rule fails; unscoped rules are judged', () => {
    const verdicts = judge('case("place-order").tp95 <= 400, request("x").tps >= baseline - 5%, success_rate >= 1', undefined, {});
    expect(verdicts.map((v) => [v.outcome, v.passed, v.note])).toEqual([
      ['fail', false, "the run's per-case report could not be read"],
      [
        'fail',
        false,
        "the run's per-case report could not be read; the baseline has no per-case figures (a file: baseline has none; for task: or run:, the log says why they could not be read)",
      ],
      ['pass', true, undefined],
    ]);
  });

  describe('scoped baseline rules', () => {
    const baselineReport = source({ case: { browse: { tp99: 600, tp95: 0 }, 'place-order': { tp99: 900 } } });
    const run = source({ case: { browse: { tp99: 650, tp95: 3 }, fresh: { tp99: 1 } } });
    const found: Kpis = { avg_response_time: 5 };
    const judgeBrowse = (
      text: string,
      r: ScopedSource | undefined = run,
      b: ScopedSource | undefined = baselineReport,
      onMissing?: OnMissingBaseline,
    ) => judge(text, r, found, b, onMissing)[0];
    const judgeWithout = (text: string, r: ScopedSource | undefined, b: ScopedSource | undefined, onMissing: OnMissingBaseline) =>
      judge(text, r, found, b, onMissing)[0];

    test('the limit is from the baseline’s figure of the same case', () => {
      expect(judgeBrowse('case("browse").tp99 <= baseline + 10%')).toEqual({
        threshold: first('case("browse").tp99 <= baseline + 10%'),
        actual: 650,
        limit: 660,
        baseline: 600,
        outcome: 'pass',
        passed: true,
      });
      const slower = source({ case: { browse: { tp99: 700 } } });
      expect(judgeBrowse('case("browse").tp99 <= baseline + 10%', slower)).toMatchObject({ limit: 660, baseline: 600, outcome: 'fail' });
      expect(judgeBrowse('case("browse").tp99 < baseline + 10% + 50', slower)).toMatchObject({ limit: 660, outcome: 'fail' });
      expect(judgeBrowse('case("browse").tp99 <= baseline + 10% + 100', slower)).toMatchObject({ limit: 700, outcome: 'pass' });
    });

    test('no baseline at all is no-baseline, left to on_missing_baseline, as unscoped', () => {
      for (const [onMissing, passed] of [
        ['warn', true],
        ['fail', false],
      ] as const) {
        expect(judge('case("browse").tp99 <= baseline + 10%', run, undefined, baselineReport, onMissing)[0]).toEqual({
          threshold: first('case("browse").tp99 <= baseline + 10%'),
          actual: 650,
          limit: undefined,
          baseline: undefined,
          outcome: 'no-baseline',
          passed,
        });
      }
    });

    test('a baseline of 0 under a percentage only is unjudgeable, as unscoped', () => {
      expect(judgeBrowse('case("browse").tp95 <= baseline + 10%')).toMatchObject({ baseline: 0, outcome: 'unjudgeable', passed: true });
      expect(judgeBrowse('case("browse").tp95 <= baseline + 10% + 5')).toMatchObject({ limit: 5, outcome: 'pass' });
    });

    test.each(['warn', 'fail'] as const)('what the baseline’s report lacks breaks the rule, and the note says what (%s)', (onMissing) => {
      expect(judgeWithout('case("browse").tp99 <= baseline + 10%', run, undefined, onMissing)).toMatchObject({
        actual: 650,
        baseline: undefined,
        outcome: 'fail',
        passed: false,
        note: 'the baseline has no per-case figures (a file: baseline has none; for task: or run:, the log says why they could not be read)',
      });
      expect(judgeBrowse('case("fresh").tp99 <= baseline + 10%', run, baselineReport, onMissing)).toMatchObject({
        actual: 1,
        outcome: 'fail',
        passed: false,
        note: `no case "fresh" in the baseline's report; its cases: "browse", "place-order"`,
      });
      expect(judgeBrowse('case("browse").tp50 <= baseline + 10%', run, baselineReport, onMissing)).toMatchObject({
        outcome: 'fail',
        note: `case "browse" has no tp50 in the report; case "browse" has no tp50 in the baseline's report`,
      });
      expect(judgeWithout('case("place-order").tp99 <= baseline + 10%', undefined, baselineReport, onMissing)).toMatchObject({
        actual: undefined,
        baseline: 900,
        limit: 990,
        outcome: 'fail',
        note: "the run's per-case report could not be read",
      });
    });
  });

  test('unscoped rules judge as before, scoped sources given or not', () => {
    const rules = parse('rps >= 10, avg_tp90 <= baseline + 10%, success_rate >= baseline - 1, max_users <= 0');
    const kpis: Kpis = { rps: 9, avg_tp90: 100, success_rate: 99 };
    const base: Kpis = { avg_tp90: 95, success_rate: 99.5 };
    const without = judgeThresholds(rules, kpis, base, 'fail');
    expect(judgeThresholds(rules, kpis, base, 'fail', report, report)).toEqual(without);
    expect(without.map((v) => v.outcome)).toEqual(['fail', 'pass', 'pass', 'fail']);
    expect(without.every((v) => !('note' in v))).toBe(true);
  });
});

describe('the words', () => {
  const finished = { kind: 'ended', runStatus: 2 } as const;
  const outline = { core_index: { rps: 90, success_rate: 99.9, response_time: { avg_response_time: 158.6 } } };

  test('failureMessage words scoped rules by case, field, actual and limit, or by what was missing', () => {
    const rules = parse(
      'case("place-order").tp95 <= 400, case("place-orderr").tp95 <= 400, case("browse-catalogue").tp95 <= 400, ' +
        'request("POST /cart").success_rate >= 99.9, case("place-order").tp99 <= 1000, ' +
        'case("browse-catalogue").tp99 <= baseline + 10%, rps > 100',
    );
    const baselineReport = source({ case: { 'browse-catalogue': { tp99: 500 } } });
    const judged = judgeRun(finished, outline, rules, { rps: 80 }, 'fail', report, baselineReport);
    expect(judged.status).toBe('failed');
    expect(failureMessage(judged, 7, 60_000)).toBe(
      'Run 7 broke 6 thresholds: ' +
        'case("place-order").tp95 <= 400 (actual 512, limit 400); ' +
        'case("place-orderr").tp95 <= 400 (no case "place-orderr" in the report; its cases: "browse-catalogue", "place-order"); ' +
        'request("POST /cart").success_rate >= 99.9 (actual 99.2, limit 99.9); ' +
        'case("place-order").tp99 <= 1000 (case "place-order" has no tp99 in the report); ' +
        'case("browse-catalogue").tp99 <= baseline + 10% (actual 640, limit 550 from baseline 500); ' +
        'rps > 100 (actual 90)',
    );
    expect(describeVerdict(judged.verdicts[2])).toBe('case("browse-catalogue").tp95 <= 400 (actual 210, limit 400)');
  });

  test('without the per-case reports', () => {
    const rules = parse('case("place-order").tp95 <= 400, case("browse").tp99 <= baseline + 10%, success_rate >= 99.5');
    expect(failureMessage(judgeRun(finished, outline, rules, { rps: 1 }), 7, 60_000)).toBe(
      'Run 7 broke 2 thresholds: ' +
        'case("place-order").tp95 <= 400 (the run\'s per-case report could not be read); ' +
        'case("browse").tp99 <= baseline + 10% (the run\'s per-case report could not be read; the baseline has no per-case figures (a file: baseline has none; for task: or run:, the log says why they could not be read))',
    );
    expect(judgeRun(finished, outline, rules).verdicts.map(describeVerdict)).toEqual([
      'case("place-order").tp95 <= 400 (the run\'s per-case report could not be read)',
      'case("browse").tp99 <= baseline + 10% (no baseline: on_missing_baseline is warn)',
      'success_rate >= 99.5 (actual 99.9)',
    ]);
  });

  test('a passing run with scoped rules has no failure message', () => {
    const judged = judgeRun(finished, outline, parse('case("browse-catalogue").tp95 <= 400, rps >= 50'), undefined, undefined, report);
    expect(judged.status).toBe('passed');
    expect(failureMessage(judged, 7, 60_000)).toBeUndefined();
  });

  test('a timed-out run is not judged, scoped rules or not', () => {
    expect(judgeRun({ kind: 'timed_out', runStatus: 0 }, outline, parse('case("x").tp95 <= 1'), undefined, 'fail')).toMatchObject({
      status: 'timed_out',
      verdicts: [],
    });
  });
});
