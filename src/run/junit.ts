// results.json as a JUnit report, for the test reporters of CI systems: one test case per rule and
// one for how the run ended. It validates against the Jenkins JUnit schema (jenkins-junit.xsd), and
// against Ant's (Windy Road's JUnit.xsd) whenever nothing is skipped (that schema has no skipped),
// so: no attributes on <testsuites>, `skipped` only when not 0, and the elements and attributes Ant requires.
import type { ResultsFile } from './gate-model.js';
import { RUN_STATUS } from '../cpts/types.js';
import { statusName } from './identity.js';

type Rule = ResultsFile['rules'][number];
type Run = ResultsFile['run'];

interface Case {
  classname: string;
  name: string;
  /** Seconds; undefined when not known. */
  time: number | undefined;
  /** None: the case passed. */
  outcome?: { element: 'failure' | 'skipped'; type: string; message: string; details: string };
}

const RULES = 'codearts-perftest.thresholds';

/** A rule without a baseline is a failure when it failed the step (on_missing_baseline: fail), else skipped. */
export function renderJunit(results: ResultsFile): string {
  const cases = [...results.rules.map((rule) => ruleCase(results, rule)), runCase(results.run)];
  const count = (element: string): number => cases.filter((c) => c.outcome?.element === element).length;
  const { run } = results;
  const attributes: [string, string | number | undefined][] = [
    ['name', `CodeArts PerfTest run ${run.taskRunId ?? `(none) of task ${run.taskId}`}`],
    ['tests', cases.length],
    ['failures', count('failure')],
    ['errors', 0],
    ['skipped', count('skipped') || undefined],
    ['time', run.durationSeconds ?? undefined],
    ['timestamp', timestamp(run.startTime)],
    // The load ran on CodeArts' generators, which the report does not name: the schema's word for unknown.
    ['hostname', 'localhost'],
    ['id', 0],
    ['package', 'codearts-perftest'],
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite${attributesXml(attributes)}>`,
    '    <properties>',
    ...properties(results).map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`),
    '    </properties>',
    ...cases.flatMap(caseXml),
    '    <system-out/>',
    '    <system-err/>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function ruleCase(results: ResultsFile, rule: Rule): Case {
  const base = { classname: RULES, name: rule.text, time: 0 };
  if (rule.outcome === 'pass') return base;
  const figures: [string, string][] = [
    ['actual', rule.actual === null ? 'missing from the report' : decimal(rule.actual)],
    ['limit', show(rule.limit)],
    ...(rule.kind === 'baseline' ? [['baseline', show(rule.baseline)] as [string, string]] : []),
  ];
  const details = figures.map(([name, value]) => `${name}: ${value}`).join('\n');
  if (rule.outcome === 'fail') {
    // A scoped rule without its figures: the note says which were lacking (the rule's text names the case).
    const message = rule.note
      ? `${rule.text}: ${rule.note}`
      : `${rule.text} broken: ${figures.map(([name, value]) => `${name} ${value}`).join(', ')}`;
    return {
      ...base,
      outcome: { element: 'failure', type: 'threshold', message, details: rule.note ? `${message}\n${details}` : details },
    };
  }
  const why =
    rule.outcome === 'no-baseline'
      ? `no baseline${results.baselineMissing ? `: ${results.baselineMissing}` : ''}`
      : 'unjudgeable: the baseline is 0 and the rule has no absolute term';
  const failed = !rule.passed;
  const message = `${rule.text}: ${why}`;
  return { ...base, outcome: { element: failed ? 'failure' : 'skipped', type: rule.outcome, message, details: `${message}\n${details}` } };
}

function runCase(run: Run): Case {
  const base = { classname: 'codearts-perftest.run', name: 'run ended normally', time: run.durationSeconds ?? undefined };
  const id = run.taskRunId ?? '(none known)';
  const failure = (message: string): Case => ({ ...base, outcome: { element: 'failure', type: run.status, message, details: message } });
  if ((run.status === 'passed' || run.status === 'failed') && run.runStatus === RUN_STATUS.finished) return base;
  if (run.status === 'started') {
    const message = `Run ${id} was started and not waited for (wait: false): not judged.`;
    return { ...base, outcome: { element: 'skipped', type: run.status, message, details: message } };
  }
  if (run.status === 'timed_out') return failure(`Run ${id} was still going when timeout_minutes ran out: not judged.`);
  if (run.status === 'error') {
    return failure(
      run.taskRunId === null ? 'The step failed before a run was started or known.' : `The step failed before run ${id} could be judged.`,
    );
  }
  if (run.runStatus === null) return failure(`Run ${id} ended, but neither the task nor the report says how (no run_status).`);
  return failure(`Run ${id} ${statusName(run.runStatus)} (run_status ${run.runStatus}).`);
}

/** The ids to find the run again, as name-value pairs (the schemas want at least one). */
function properties({ run, baseline, version }: ResultsFile): [string, string][] {
  const pairs: [string, number | string | null][] = [
    ['task_id', run.taskId],
    ['task_run_id', run.taskRunId],
    ['test_suite_id', run.testSuiteId],
    ['status', run.status],
    ['run_status', run.runStatus],
    ['baseline_task_run_id', baseline?.taskRunId ?? null],
    ['version', version],
  ];
  return pairs.filter((pair): pair is [string, number | string] => pair[1] !== null).map(([name, value]) => [name, String(value)]);
}

function caseXml(c: Case): string[] {
  const head = `    <testcase${attributesXml([
    ['classname', c.classname],
    ['name', c.name],
    ['time', c.time],
  ])}`;
  if (!c.outcome) return [`${head}/>`];
  const { element, type, message, details } = c.outcome;
  // jenkins-junit.xsd types <skipped> as text only: its reason is the text, not a message attribute.
  const inner =
    element === 'skipped'
      ? `<skipped>${text(message)}</skipped>`
      : `<failure${attributesXml([
          ['message', message],
          ['type', type],
        ])}>${text(details)}</failure>`;
  return [`${head}>`, `      ${inner}`, '    </testcase>'];
}

const attributesXml = (pairs: [string, string | number | undefined][]): string =>
  pairs
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${attr(typeof value === 'number' ? decimal(value) : String(value))}"`)
    .join('');

/** xs:decimal: digits, no exponent, no grouping. */
const decimal = (n: number): string => n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 4 });

/** The schema's ISO 8601 without a zone (Ant wrote local time; this is UTC), seconds without fractions. */
function timestamp(time: string | null): string | undefined {
  const ms = time === null ? NaN : Date.parse(time);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19) : undefined;
}

const show = (n: number | null): string => (n === null ? 'none' : decimal(n));

/** Characters XML 1.0 cannot hold at all, even escaped (most C0 controls, U+FFFE/U+FFFF, lone surrogates). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Tabs and line breaks as references too: a parser would turn them into spaces in an attribute. */
const attr = (value: string): string => value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
/** A bare \r in text would be read as \n. */
const text = (value: string): string => value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>\r]/g, (c) => ENTITIES[c]);
