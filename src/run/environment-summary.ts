// The summary's sections on the PR's own environment: the variables this run set and what became of
// them, and the preflight's requests. Values arrive masked where they must be (environment.ts).
import type { EnvironmentReport } from './environment.js';
import { code, format, plural, prose } from '../common/markdown.js';
import { preflightFailures, unprovedCases, type PreflightReport } from './preflight.js';

/** A PR comment holds 65,536 characters: the preflight table stops at this many requests. */
const MAX_PREFLIGHT_ROWS = 50;

export function environmentSection(environment: EnvironmentReport | undefined): string[] {
  if (!environment) return [];
  return [...variablesSection(environment), ...preflightSection(environment.preflight)];
}

function variablesSection({ testSuiteId, variables }: EnvironmentReport): string[] {
  if (variables.length === 0) return [];
  const value = (text: string | undefined) => (text === undefined ? 'none (created)' : code(text));
  return [
    `#### Variables of PerfTest project \`${testSuiteId}\``,
    '',
    '| Variable | Set to | Was | After the run |',
    '|---|---|---|---|',
    ...variables.map(
      (v) =>
        `| ${code(v.name)} | ${value(v.set)} | ${value(v.was)} | ${v.after === undefined ? 'put back by the post step' : prose(v.after)} |`,
    ),
    '',
  ];
}

function preflightSection(report: PreflightReport | undefined): string[] {
  if (!report) return [];
  const failed = preflightFailures(report).length;
  const requests = report.cases.flatMap((c) => c.requests.map((r) => ({ case: c.name, ...r })));
  const title = failed === 0 ? 'passed ✅' : `failed ❌ (${plural(failed, 'request')} of ${requests.length})`;
  // Failures first, so that a long table still shows them.
  const rows = [...requests.filter((r) => !r.ok), ...requests.filter((r) => r.ok)].slice(0, MAX_PREFLIGHT_ROWS);
  const lines = [
    `#### Preflight ${title}`,
    '',
    `Each case debugged once before the start (${plural(report.cases.length, 'case')}, ${plural(requests.length, 'request')}).`,
    '',
  ];
  if (rows.length > 0) {
    lines.push(
      '| | Case | Request | URL | Status | Time | Error |',
      '|---|---|---|---|--:|--:|---|',
      ...rows
        .map((r) =>
          [
            r.ok ? '✅' : '❌',
            code(r.case),
            code(r.name),
            code(r.url ?? ''),
            r.statusCode ? code(r.statusCode) : '—',
            r.responseTimeMs === undefined ? '—' : `${format(r.responseTimeMs)} ms`,
            r.errorReason ? code(r.errorReason) : '—',
          ].join(' | '),
        )
        .map((row) => `| ${row} |`),
      '',
    );
  }
  if (requests.length > rows.length) lines.push(`${requests.length - rows.length} more requests passed; the log lists every case.`, '');
  const unproved = unprovedCases(report);
  if (unproved.length > 0) lines.push(`No request results for ${unproved.map((c) => code(c.name, false)).join(', ')}: not checked.`, '');
  return lines;
}
