// The fault matrix: createTask against the emulator's scripted faults. Each case asserts the
// result, the requests made and the tasks that exist afterwards; the table in docs/reliability.md
// is written from what this run observed.
import { writeFileSync } from 'node:fs';
import { demoClient } from './helpers/client.js';
import { createTask, type CreateTaskOutcome, type IfExists } from '../src/cpts/create-task.js';
import { BACKOFF } from '../src/huawei/retry.js';
import type { SigningKey } from '../src/huawei/signer.js';
import { DEMO, faults, startEmulator, type Emulator, type Fault } from '../emulator/index.js';
import { fakeTiming } from './helpers/timing.js';

const KEY: SigningKey = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
const NAME = 'checkout-pr42-11223344556-2-perftest';
const rows: { fault: string; expected: string; observed: string }[] = [];

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.stop());
/** The rows the matrix has; a partial run (jest -t) leaves the document alone. */
const MATRIX_ROWS = 14;

afterAll(() => {
  if (rows.length !== MATRIX_ROWS) return;
  const table = rows.map((r) => `| ${r.fault} | ${r.expected} | ${r.observed} |`).join('\n');
  writeFileSync(
    new URL('../docs/reliability.md', import.meta.url),
    `# Reliability: the fault matrix

Written by \`__tests__/reliability.test.ts\` from what its last run observed: each row is a fault
scripted in the emulator for CreateNewTask, what the action must do, and what it did. "POST" counts
CreateNewTask requests, "lookups" ShowTaskSet requests (the search by name that runs before a POST
is repeated, so that a task whose answer was lost is adopted instead of created twice; each reads
pages until an empty one), "tasks" the
tasks that exist afterwards. Waits come from a test clock (jitter fixed at one half).

| fault | expected | observed |
|---|---|---|
${table}
`,
  );
});

interface Run {
  outcome?: CreateTaskOutcome;
  error?: Error;
  posts: number;
  lookups: number;
  tasks: number;
  waits: number[];
}

async function attempt(
  options: {
    faults?: (Fault | null)[];
    key?: SigningKey;
    ifExists?: IfExists;
    generated?: boolean;
    cases?: number[];
    maxAttempts?: number;
    requestTimeoutMs?: number;
  } = {},
): Promise<Run> {
  emulator.script('CreateNewTask', options.faults ?? []);
  const timing = fakeTiming();
  const client = demoClient(emulator, { key: options.key });
  const run: Run = { posts: 0, lookups: 0, tasks: 0, waits: timing.sleeps };
  try {
    run.outcome = await createTask(
      client,
      {
        body: {
          name: NAME,
          parallel: false,
          project_id: DEMO.perftestProject,
          operate_mode: 2,
          case_id_list: options.cases ?? [...DEMO.cases],
        },
        ifExists: options.ifExists ?? 'create',
        nameIsGenerated: options.generated ?? true,
      },
      {
        policy: { ...BACKOFF, maxAttempts: options.maxAttempts ?? 5, deadline: 120_000 },
        timing,
        log: { debug: () => undefined, info: () => undefined, warning: () => undefined },
        requestTimeoutMs: options.requestTimeoutMs,
      },
      { postSent: false },
    );
  } catch (error) {
    run.error = error as Error;
  }
  run.posts = emulator.received.filter((r) => r.operation === 'CreateNewTask').length;
  // A lookup reads pages until an empty one: count each from its first page.
  run.lookups = emulator.received.filter((r) => r.operation === 'ShowTaskSet' && /[?&]offset=0(&|$)/.test(r.target)).length;
  run.tasks = emulator.tasks().length;
  return run;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function record(fault: string, expected: string, run: Run): void {
  const result = run.outcome
    ? `success: task ${run.outcome.taskId} ${run.outcome.how}`
    : `failed: ${run.error?.message.replace(/\|/g, '\\|').slice(0, 160)}${(run.error?.message.length ?? 0) > 160 ? '…' : ''}`;
  const waits = run.waits.length ? `; waited ${run.waits.map((w) => `${w / 1000} s`).join(', ')}` : '';
  rows.push({
    fault,
    expected,
    observed: `${result}; ${count(run.posts, 'POST')}, ${count(run.lookups, 'lookup')}, ${count(run.tasks, 'task')}${waits}`,
  });
}

const preexisting = () =>
  emulator.state.createTask({
    name: NAME,
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [DEMO.cases[0]],
  });

test('503, 503, then 201: success, one task', async () => {
  const run = await attempt({ faults: [faults.serverError(503), faults.serverError(503)] });
  record('503, 503, then 201', 'success, one task', run);
  expect(run.outcome).toMatchObject({ how: 'created' });
  expect(run).toMatchObject({ posts: 3, lookups: 2, tasks: 1 });
});

test('429 with Retry-After: 2: waits at least that long, then succeeds', async () => {
  const run = await attempt({ faults: [faults.throttled(2)] });
  record(
    '429 `APIGW.0308` with `Retry-After: 2`',
    'waits at least 2 s, then success; no lookup (a throttled request was not handled)',
    run,
  );
  expect(run.outcome).toMatchObject({ how: 'created' });
  expect(run.waits[0]).toBeGreaterThanOrEqual(2000);
  expect(run).toMatchObject({ posts: 2, lookups: 0, tasks: 1 });
});

test('connection reset after the server created the task: success with that task, one task', async () => {
  const run = await attempt({ faults: [faults.resetAfterHandling()] });
  record('connection reset after the task was created', "success with the created task's id, one task", run);
  expect(run.outcome).toEqual({ taskId: emulator.tasks()[0].id, how: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 1 });
});

test('a timeout after the server created the task: likewise', async () => {
  const run = await attempt({ faults: [faults.delayAfterHandling(1500)], requestTimeoutMs: 300 });
  record('no answer within the request timeout, task created', "success with the created task's id, one task", run);
  expect(run.outcome).toEqual({ taskId: emulator.tasks()[0].id, how: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 1 });
});

test('connection reset before the request was handled: looked up, not found, sent again', async () => {
  const run = await attempt({ faults: [faults.resetBeforeHandling()] });
  record('connection reset before the request was handled', 'lookup finds nothing, the POST is repeated: one task', run);
  expect(run.outcome).toMatchObject({ how: 'created' });
  expect(run).toMatchObject({ posts: 2, lookups: 1, tasks: 1 });
});

test('401 APIGW.0301: fails after exactly one request, naming the code, the request id and the lockout', async () => {
  const run = await attempt({ key: { ...KEY, secretAccessKey: 'wrong' } });
  record('401 `APIGW.0301` (wrong SK)', 'fails after one request, names the code and request id, warns about the lockout', run);
  expect(run.error?.message).toMatch(
    new RegExp(`HTTP 401 APIGW.0301: .*\\(X-Request-Id ${emulator.received[0].requestId}\\)\\. .*lock the AK`),
  );
  expect(run).toMatchObject({ posts: 1, lookups: 0, tasks: 0 });
});

test('400 with a cpts error body: fails after one request, with the code', async () => {
  const run = await attempt({ cases: [404404] });
  record('400 with a cpts `{code, message}` (unknown case)', 'fails after one request with the code', run);
  expect(run.error?.message).toMatch(/^CreateNewTask failed: HTTP 400 SVCSTG.CPTS.4001001: case 404404 does not exist/);
  expect(run).toMatchObject({ posts: 1, lookups: 0, tasks: 0 });
});

test('500 on every attempt: fails after max_attempts requests', async () => {
  const run = await attempt({ faults: Array(5).fill(faults.serverError(500)) });
  record('500 on every attempt', 'fails after `max_attempts` (5) POSTs within `timeout_seconds`, what was tried listed', run);
  expect(run.error?.message).toMatch(
    /^CreateNewTask failed after 5 attempts \(max_attempts 5, .*\): attempt 1: HTTP 500 SVCSTG.CPTS.5000001; .*attempt 5: HTTP 500/,
  );
  expect(run.error?.message).toMatch(/may have created a task named/);
  expect(run).toMatchObject({ posts: 5, lookups: 5, tasks: 0 });
  expect(run.waits.reduce((a, b) => a + b, 0)).toBeLessThan(120_000);
});

test.each([
  ['malformed JSON on a 201', faults.malformedJson(201)],
  ['an HTML page on a 200', faults.htmlPage(200, true)],
])('%s: fails with the quoted body, no retry that could duplicate', async (label, fault) => {
  const run = await attempt({ faults: [fault] });
  record(label + ' (the task was created)', 'fails with the quoted body, no retry; says the task may exist', run);
  expect(run.error?.message).toMatch(/expected an integer task_id; body "/);
  expect(run.error?.message).toMatch(/may have created a task named "checkout-pr42-11223344556-2-perftest"/);
  expect(run).toMatchObject({ posts: 1, lookups: 0, tasks: 1 });
});

test('if_exists: reuse with an existing task of that name: no POST at all', async () => {
  const existing = preexisting();
  const run = await attempt({ ifExists: 'reuse' });
  record('`if_exists: reuse`, a task of that name exists', 'that task, no POST', run);
  expect(run.outcome).toEqual({ taskId: existing.id, how: 'reused' });
  expect(run).toMatchObject({ posts: 0, lookups: 1, tasks: 1 });
});

test('if_exists: reuse without such a task creates one', async () => {
  const run = await attempt({ ifExists: 'reuse' });
  expect(run.outcome).toMatchObject({ how: 'created' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 1 });
});

test('if_exists: fail: fails and names the existing task id', async () => {
  const existing = preexisting();
  const run = await attempt({ ifExists: 'fail' });
  record('`if_exists: fail`, a task of that name exists', 'fails naming the existing task id, no POST', run);
  expect(run.error?.message).toContain(
    `A task named "${NAME}" already exists in PerfTest project ${DEMO.perftestProject}: task ${existing.id}.`,
  );
  expect(run).toMatchObject({ posts: 0, lookups: 1, tasks: 1 });
});

test('an explicit name never adopts a same-named task that existed before the first POST', async () => {
  const existing = preexisting();
  const run = await attempt({ generated: false, faults: [faults.resetAfterHandling()] });
  record(
    'explicit name, a same-named task existed before, then a reset after the new task was created',
    'adopts the new task, never the old one',
    run,
  );
  const created = emulator.tasks().find((t) => t.id !== existing.id)!;
  expect(run.outcome).toEqual({ taskId: created.id, how: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 2, tasks: 2 });
});

test('a same-named task made meanwhile by another step (a matrix leg) with other cases is never adopted', async () => {
  // Ours is created, its answer delayed past the request timeout; the other step's task comes after it.
  let siblingId = 0;
  const timer = setTimeout(() => {
    siblingId = emulator.state.createTask({
      name: NAME,
      project_id: DEMO.perftestProject,
      parallel: false,
      operate_mode: 2,
      case_id_list: [449273],
    }).id;
  }, 100);
  const run = await attempt({ faults: [faults.delayAfterHandling(1000)], requestTimeoutMs: 300 });
  clearTimeout(timer);
  record(
    'generated name, no answer for ours, then a same-named task with other cases made by another step',
    "adopts ours (its cases match), never the other step's",
    run,
  );
  const ours = emulator.tasks().find((t) => t.id !== siblingId)!;
  expect(siblingId).toBeGreaterThan(ours.id);
  expect(run.outcome).toEqual({ taskId: ours.id, how: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 2 });
  expect(emulator.received.filter((r) => r.operation === 'ListTaskCases').map((r) => r.target.split('/').at(-2))).toEqual([
    String(siblingId),
    String(ours.id),
  ]);
});

test('a generated name takes no lookup on the fast path: one request', async () => {
  const run = await attempt();
  expect(run.outcome).toMatchObject({ how: 'created' });
  expect(emulator.received).toHaveLength(1);
});
