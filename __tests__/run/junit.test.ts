// junit.xml, validated by libxml2 (xmllint-wasm) against the JUnit schemas test reporters follow:
// Jenkins' (jenkins-junit.xsd) always, and Ant's (Windy Road's JUnit.xsd) when nothing is skipped,
// since that schema has no way to say "skipped". Both schemas are in __tests__/fixtures/.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validateXML } from 'xmllint-wasm';
import type { ResultsFile } from '../../src/run/gate-model.js';
import { renderJunit } from '../../src/run/junit.js';

const SCHEMAS = ['jenkins-junit.xsd', 'JUnit.xsd'] as const;
const schemaText = Object.fromEntries(SCHEMAS.map((name) => [name, readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')]));

async function schemaErrors(xml: string, schema: (typeof SCHEMAS)[number]): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: schema, contents: schemaText[schema] }],
  });
  return result.errors.map((e) => e.rawMessage);
}

/** Valid against Jenkins' schema, and against Ant's too unless something is skipped. */
async function expectValid(xml: string, schemas: readonly (typeof SCHEMAS)[number][] = SCHEMAS): Promise<void> {
  for (const schema of schemas) expect({ schema, errors: await schemaErrors(xml, schema) }).toEqual({ schema, errors: [] });
}

type Rule = ResultsFile['rules'][number];

const rule = (text: string, outcome: Rule['outcome'], figures: Partial<Rule> = {}): Rule => ({
  text,
  field: text.split(' ')[0],
  operator: text.split(' ')[1],
  kind: text.includes('baseline') ? 'baseline' : 'absolute',
  limit: null,
  actual: null,
  baseline: null,
  outcome,
  passed: outcome === 'pass',
  ...figures,
});

/** The rules' `passed` flags set as the verdicts would set them. */
const withPassed = (r: ResultsFile, flags: boolean[]): ResultsFile => ({
  ...r,
  rules: r.rules.map((x, i) => ({ ...x, passed: flags[i] })),
});

const results = (rules: Rule[], run: Partial<ResultsFile['run']> = {}, rest: Partial<ResultsFile> = {}): ResultsFile => ({
  schema: 1,
  tool: 'codearts-perftest-action',
  version: '0.1.0',
  run: {
    taskId: 1200001,
    taskRunId: 7700002,
    testSuiteId: 393862,
    status: 'passed',
    runStatus: 2,
    startTime: '2026-11-28T10:00:00Z',
    endTime: '2026-11-28T10:05:00Z',
    durationSeconds: 300,
    figures: { success_rate: 99.8, avg_response_time: 132.5 },
    ...run,
  },
  rules,
  baseline: null,
  baselineMissing: null,
  trend: [],
  ...rest,
});

/** The suite's counts, and the counts of what its test cases hold: they must agree. */
function counts(xml: string) {
  const suite = /<testsuite ([^>]*)>/.exec(xml)?.[1] ?? '';
  const get = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(suite)?.[1];
  return {
    declared: { tests: get('tests'), failures: get('failures'), errors: get('errors'), skipped: get('skipped') ?? '0' },
    found: {
      tests: String(xml.match(/<testcase /g)?.length ?? 0),
      failures: String(xml.match(/<failure /g)?.length ?? 0),
      errors: String(xml.match(/<error /g)?.length ?? 0),
      skipped: String(xml.match(/<skipped>/g)?.length ?? 0),
    },
  };
}

const passing = results([
  rule('success_rate >= 99.5', 'pass', { actual: 99.8, limit: 99.5 }),
  rule('avg_response_time <= baseline + 10%', 'pass', { actual: 132.5, limit: 145.42, baseline: 132.2 }),
]);

test('the validator is real: it refuses what the schemas forbid (so the passes below mean something)', async () => {
  const xml = renderJunit(passing);
  expect(await schemaErrors(xml.replace(/ tests="\d+"/, ''), 'jenkins-junit.xsd')).toEqual([
    expect.stringMatching(/attribute 'tests' is required/),
  ]);
  const skipped = xml.replace('time="0"/>', 'time="0"><skipped message="m"/></testcase>');
  expect(await schemaErrors(skipped, 'jenkins-junit.xsd')).toEqual([expect.stringMatching(/attribute 'message' is not allowed/)]);
  expect(await schemaErrors(skipped, 'JUnit.xsd')).toEqual([expect.stringMatching(/skipped/)]);
  expect(await schemaErrors(xml.replace('<testsuites>', '<testsuites tests="3">'), 'JUnit.xsd')).toEqual([
    expect.stringMatching(/attribute 'tests' is not allowed/),
  ]);
});

test('all rules pass: every case passes, the counts and times are right, valid against both schemas', async () => {
  const xml = renderJunit(passing);
  await expectValid(xml);
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites>\n {2}<testsuite name="CodeArts PerfTest run 7700002" /);
  expect(xml).toContain(' tests="3" failures="0" errors="0" time="300" timestamp="2026-11-28T10:00:00" hostname="localhost"');
  expect(xml).not.toContain('skipped=');
  expect(xml).toContain('<testcase classname="codearts-perftest.thresholds" name="success_rate &gt;= 99.5" time="0"/>');
  expect(xml).toContain('<testcase classname="codearts-perftest.thresholds" name="avg_response_time &lt;= baseline + 10%" time="0"/>');
  expect(xml).toContain('<testcase classname="codearts-perftest.run" name="run ended normally" time="300"/>');
  expect(xml).toContain('<property name="task_run_id" value="7700002"/>');
  const { declared, found } = counts(xml);
  expect(declared).toEqual(found);
});

test('broken rules: failures holding the actual value, the limit, and the baseline for baseline rules', async () => {
  const xml = renderJunit(
    results(
      [
        rule('success_rate >= 99.5', 'fail', { actual: 97.25, limit: 99.5 }),
        rule('avg_response_time <= baseline + 10%', 'fail', { actual: 158.6, limit: 145.42, baseline: 132.2 }),
        rule('avg_tp90 <= baseline + 10% + 50', 'fail', { actual: null, limit: 300, baseline: 250 }),
        rule('rps >= 5', 'pass', { actual: 600.25, limit: 5 }),
      ],
      { status: 'failed' },
    ),
  );
  await expectValid(xml);
  expect(xml).toContain(
    '<failure message="success_rate &gt;= 99.5 broken: actual 97.25, limit 99.5" type="threshold">actual: 97.25\nlimit: 99.5</failure>',
  );
  expect(xml).toContain(
    '<failure message="avg_response_time &lt;= baseline + 10% broken: actual 158.6, limit 145.42, baseline 132.2" type="threshold">actual: 158.6\nlimit: 145.42\nbaseline: 132.2</failure>',
  );
  expect(xml).toContain('message="avg_tp90 &lt;= baseline + 10% + 50 broken: actual missing from the report, limit 300, baseline 250"');
  expect(xml).toContain(' tests="5" failures="3" errors="0" ');
  const { declared, found } = counts(xml);
  expect(declared).toEqual(found);
});

describe('scoped rules', () => {
  const scoped = (text: string, outcome: Rule['outcome'], figures: Partial<Rule>): Rule => ({
    ...rule(text, outcome, figures),
    field: text.split(' ')[0].split('.').pop()!,
    scope: { kind: 'case', name: text.split('"')[1] },
  });

  test("named by the rule's text; without its figures, the failure says why by the verdict's note", async () => {
    const xml = renderJunit(
      results(
        [
          scoped('case("place-order").tp95 <= 400', 'fail', {
            limit: 400,
            note: 'no case "place-order" in the report; its cases: "browse", "a<b"',
          }),
          scoped('case("browse").tp95 <= 400', 'fail', { actual: 512, limit: 400, note: null }),
          scoped('case("a<b").tp95 <= 400', 'pass', { actual: 5, limit: 400 }),
        ],
        { status: 'failed' },
        { cases: [], caseIdSource: 'testcaseId', casesMissing: [] },
      ),
    );
    await expectValid(xml);
    expect(xml).toContain(
      '<testcase classname="codearts-perftest.thresholds" name="case(&quot;place-order&quot;).tp95 &lt;= 400" time="0">\n' +
        '      <failure message="case(&quot;place-order&quot;).tp95 &lt;= 400: no case &quot;place-order&quot; in the report; ' +
        'its cases: &quot;browse&quot;, &quot;a&lt;b&quot;" type="threshold">' +
        'case("place-order").tp95 &lt;= 400: no case "place-order" in the report; its cases: "browse", "a&lt;b"\n' +
        'actual: missing from the report\nlimit: 400</failure>',
    );
    // With its figures: as any rule, the actual value and the limit.
    expect(xml).toContain(
      '<failure message="case(&quot;browse&quot;).tp95 &lt;= 400 broken: actual 512, limit 400" type="threshold">actual: 512\nlimit: 400</failure>',
    );
    expect(xml).toContain('<testcase classname="codearts-perftest.thresholds" name="case(&quot;a&lt;b&quot;).tp95 &lt;= 400" time="0"/>');
    const { declared, found } = counts(xml);
    expect(declared).toEqual(found);
    expect(declared).toMatchObject({ tests: '4', failures: '2' });
  });

  test('a scoped baseline rule whose baseline report lacks the case: the note, with the baseline line', async () => {
    const note = 'no case "fresh" in the baseline\'s report; its cases: "browse"';
    const xml = renderJunit(results([scoped('case("fresh").tp95 <= baseline + 10%', 'fail', { actual: 300, note })], { status: 'failed' }));
    await expectValid(xml);
    expect(xml).toContain(
      'type="threshold">case("fresh").tp95 &lt;= baseline + 10%: no case "fresh" in the baseline\'s report; its cases: "browse"\n' +
        'actual: 300\nlimit: none\nbaseline: none</failure>',
    );
  });
});

describe('no baseline', () => {
  const noBaseline = (status: string) =>
    results(
      [
        rule('success_rate >= 99', 'pass', { actual: 99.8, limit: 99 }),
        rule('avg_response_time <= baseline + 10%', 'no-baseline', { actual: 132.5 }),
      ],
      { status },
      { baselineMissing: 'task main-perf has no run that finished normally' },
    );

  test('on_missing_baseline warn: the rule is skipped, with the reason (Jenkins schema; Ant has no skipped)', async () => {
    const xml = renderJunit(withPassed(noBaseline('passed'), [true, true]));
    await expectValid(xml, ['jenkins-junit.xsd']);
    expect(xml).toContain(
      '<skipped>avg_response_time &lt;= baseline + 10%: no baseline: task main-perf has no run that finished normally</skipped>',
    );
    expect(xml).toContain(' tests="3" failures="0" errors="0" skipped="1" ');
    const { declared, found } = counts(xml);
    expect(declared).toEqual(found);
  });

  test('on_missing_baseline fail: the rule is a failure', async () => {
    const xml = renderJunit(withPassed(noBaseline('failed'), [true, false]));
    await expectValid(xml);
    expect(xml).toContain(
      '<failure message="avg_response_time &lt;= baseline + 10%: no baseline: task main-perf has no run that finished normally" type="no-baseline">',
    );
    expect(xml).toContain(' tests="3" failures="1" errors="0" ');
  });

  test('a rule without a baseline is a failure exactly when it failed the step, whatever the other rules did', () => {
    const both = results([rule('rps >= 5', 'fail', { actual: 1, limit: 5 }), rule('rps >= baseline - 5%', 'no-baseline')], {
      status: 'failed',
    });
    expect(renderJunit(withPassed(both, [false, true]))).toContain('<skipped>rps &gt;= baseline - 5%: no baseline</skipped>');
    expect(renderJunit(withPassed(both, [false, false]))).toContain('type="no-baseline"');
  });

  test('unjudgeable (a baseline of 0 under a percentage): skipped with warn, a failure with fail', async () => {
    const unjudgeable = results([rule('error_request_count <= baseline + 10%', 'unjudgeable', { actual: 3, baseline: 0 })]);
    const warned = renderJunit(withPassed(unjudgeable, [true]));
    await expectValid(warned, ['jenkins-junit.xsd']);
    expect(warned).toContain(
      '<skipped>error_request_count &lt;= baseline + 10%: unjudgeable: the baseline is 0 and the rule has no absolute term</skipped>',
    );
    const failed = renderJunit(withPassed({ ...unjudgeable, run: { ...unjudgeable.run, status: 'failed' } }, [false]));
    await expectValid(failed);
    expect(failed).toContain(
      'type="unjudgeable">error_request_count &lt;= baseline + 10%: unjudgeable: the baseline is 0 and the rule has no absolute term\nactual: 3\nlimit: none\nbaseline: 0</failure>',
    );
  });
});

describe("the run's end state", () => {
  test.each([
    ['aborted', 4, 'Run 7700002 stopped by user (run_status 4).'],
    ['aborted', null, 'Run 7700002 ended, but neither the task nor the report says how (no run_status).'],
    ['timed_out', 0, 'Run 7700002 was still going when timeout_minutes ran out: not judged.'],
    ['passed', 3, 'Run 7700002 ended abnormally (run_status 3).'],
  ])('%s (run_status %s): a failure', async (status, runStatus, message) => {
    const xml = renderJunit(results([], { status, runStatus }));
    await expectValid(xml);
    expect(xml).toContain(`<failure message="${message}" type="${status}">${message}</failure>`);
    expect(xml).toContain(' tests="1" failures="1" errors="0" ');
  });

  test('error before any run: a failure; no time or timestamp where none is known (Jenkins schema: Ant requires them)', async () => {
    const xml = renderJunit(
      results([], {
        status: 'error',
        taskRunId: null,
        runStatus: null,
        startTime: null,
        endTime: null,
        durationSeconds: null,
        figures: {},
      }),
    );
    await expectValid(xml, ['jenkins-junit.xsd']);
    expect(xml).toContain(
      '<testsuite name="CodeArts PerfTest run (none) of task 1200001" tests="1" failures="1" errors="0" hostname="localhost"',
    );
    expect(xml).toContain('<testcase classname="codearts-perftest.run" name="run ended normally">');
    expect(xml).toContain('message="The step failed before a run was started or known."');
  });

  test('started, not waited for: skipped', async () => {
    const xml = renderJunit(results([], { status: 'started', runStatus: null, endTime: null, durationSeconds: null }));
    await expectValid(xml, ['jenkins-junit.xsd']);
    expect(xml).toContain('<skipped>Run 7700002 was started and not waited for (wait: false): not judged.</skipped>');
    expect(xml).toContain(' tests="1" failures="0" errors="0" skipped="1" timestamp="2026-11-28T10:00:00"');
  });
});

test('escaping: & < > " \' in attributes and text, line breaks and tabs kept in attributes, characters XML 1.0 forbids replaced', async () => {
  const reason = `a & b <c> "d" 'e'\nf\tg\rh\u0001i\u000bj\uFFFEk\uD800l 😀 ü`;
  const xml = renderJunit(
    withPassed(results([rule('rps >= baseline - 5%', 'no-baseline')], { status: 'failed' }, { baselineMissing: reason }), [false]),
  );
  await expectValid(xml);
  expect(xml).toContain(
    `message="rps &gt;= baseline - 5%: no baseline: a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;f&#9;g&#13;h\uFFFDi\uFFFDj\uFFFDk\uFFFDl 😀 ü"`,
  );
  expect(xml).toContain(
    `no baseline: a &amp; b &lt;c&gt; "d" 'e'\nf\tg&#13;h\uFFFDi\uFFFDj\uFFFDk\uFFFDl 😀 ü\nactual: missing from the report`,
  );
  const skipped = renderJunit(
    withPassed(results([rule('rps >= baseline - 5%', 'no-baseline')], {}, { baselineMissing: ']]> & <![CDATA[' }), [true]),
  );
  await expectValid(skipped, ['jenkins-junit.xsd']);
  expect(skipped).toContain('<skipped>rps &gt;= baseline - 5%: no baseline: ]]&gt; &amp; &lt;![CDATA[</skipped>');
});

test('any reason, version and figures (fast-check): well formed and valid against the Jenkins schema', async () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  const figure = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), { nil: null });
  await fc.assert(
    fc.asyncProperty(text, text, figure, figure, fc.boolean(), async (reason, version, actual, limit, passed) => {
      const xml = renderJunit(
        withPassed(
          results(
            [rule('rps >= baseline - 5%', 'no-baseline', { actual, limit }), rule('rps >= 5', 'fail', { actual, limit })],
            { status: 'failed' },
            { baselineMissing: reason, version },
          ),
          [passed, false],
        ),
      );
      expect(await schemaErrors(xml, 'jenkins-junit.xsd')).toEqual([]);
    }),
    { numRuns: 60 },
  );
});
