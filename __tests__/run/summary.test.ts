// The run action's job summary for each outcome: what the user reads must match what happened.
import { renderRunSummary, type RunSummary } from '../../src/run/summary.js';

const base: RunSummary = {
  status: 'passed',
  ending: 'finished',
  taskId: 1200001,
  taskRunId: 7700001,
  testSuiteId: 393862,
  iamProjectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  kpis: { success_rate: 99.8, request_count: 1800 },
  verdicts: [],
  startTime: '2026-11-28T04:00:00.000Z',
  endTime: '2026-11-28T04:00:04.000Z',
  durationSeconds: 3,
};

test('two durations, each named for what it is: wall time from start to end, load duration from the report', () => {
  const text = renderRunSummary(base);
  expect(text).toContain('| Wall time (started to ended) | 4 s |');
  expect(text).toContain('| Load duration (time under load, from the report) | 3 s |');
  expect(text).not.toMatch(/\| Duration \|/);
});

test('timed out: its own sentence, the figures marked partial, no "The run running."', () => {
  const text = renderRunSummary({ ...base, status: 'timed_out', ending: undefined, detail: 'running', endTime: undefined });
  expect(text).toContain('The run was still running when timeout_minutes ran out, so it was not judged; the post step stops it.');
  expect(text).toContain('| Figure (partial: the run had not ended) | Value so far |');
  expect(text).not.toContain('The run running');
  expect(text).not.toContain('Wall time');
});

test('an error before any run: what is known, and "none known" for the run', () => {
  const text = renderRunSummary({ status: 'error', detail: 'ShowTask failed: HTTP 403.', taskId: 5, kpis: {}, verdicts: [] });
  expect(text).toContain('### CodeArts PerfTest run not judged ❌ (the step failed)');
  expect(text).toContain('The step failed before the run could be judged: ShowTask failed: HTTP 403.');
  expect(text).toContain('| Task run id | none known |');
  expect(text).not.toContain('PerfTest project');
});
