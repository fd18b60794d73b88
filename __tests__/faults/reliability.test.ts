// The fault matrix: createTask, startRun, setting and putting back the PerfTest project's variables,
// and the region project lookup against the emulator's scripted faults and contract-shaped answers.
// Each case asserts the result, the requests made and what exists afterwards; the tables in
// docs/reliability.md are written from what this run observed.
import { table, writeSection } from '../helpers/matrix.js';
import { demoClient, quietLog } from '../helpers/client.js';
import type { CptsClient } from '../../src/cpts/client.js';
import { createTask, type CreateTaskOutcome, type IfExists } from '../../src/cpts/create-task.js';
import { IamClient, findRegionProjectId } from '../../src/huawei/iam.js';
import { BACKOFF, type RetrySettings } from '../../src/huawei/retry.js';
import { runsOf } from '../../src/run/identity.js';
import { startRun } from '../../src/run/start.js';
import { valuesText } from '../../src/run/environment.js';
import {
  planVariables,
  restoreVariables,
  setVariables,
  VariableCollision,
  type RestoreOutcome,
  type VariableRecord,
} from '../../src/run/variables.js';
import type { EnvironmentConfig } from '../../src/run/variables-config.js';
import type { SigningKey } from '../../src/huawei/signer.js';
import {
  DEFAULT_FIXTURE,
  DEMO,
  faults,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type Fault,
  type Received,
} from '../../emulator/index.js';
import { fakeTiming } from '../helpers/timing.js';

const KEY: SigningKey = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
const NAME = 'checkout-pr42-11223344556-2-perftest';
type Section = 'create' | 'start' | 'variables' | 'region';
const rows: { section: Section; fault: string; expected: string; observed: string }[] = [];

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.stop());
/** The rows the matrix has; a partial run (jest -t) leaves the document alone. */
const MATRIX_ROWS = 35;

afterAll(() => {
  if (rows.length !== MATRIX_ROWS) return;
  const of = (section: Section) => rows.filter((r) => r.section === section);
  writeSection(
    'create',
    table(
      `## Creating the task (CreateNewTask)

"POST" counts CreateNewTask requests, "lookups" searches by name (ShowTaskSet, read page by page
until an empty page; after a POST whose answer was lost, up to three searches with backoff run
before it is repeated, so that a task whose answer was lost is adopted instead of created twice,
even while the task list lags), "tasks" the tasks that exist afterwards.`,
      of('create'),
    ),
  );
  writeSection(
    'start',
    table(
      `## Starting the run (BatchUpdateTaskStatus, or UpdateTaskStatus)

Before the start, the task's runs are noted (ShowHistoryRunInfo, and the latest in ShowTask's
\`related_temp_running_data\`); after a start whose answer was lost, a run that was not there
before is ours, whatever its state. "starts" counts BatchUpdateTaskStatus and UpdateTaskStatus
requests, "runs" the runs the task has afterwards.`,
      of('start'),
    ),
  );
  writeSection(
    'variables',
    table(
      `## Setting and putting back variables (UpdateVariable, CreateVariable, DeleteVariable)

Before anything is written, each variable's old values are saved for the post step. A set or a
put-back whose answer is lost is settled by reading the values back (ListVariables) before anything
is sent again, and every set ends with a read-back that checks each value; a variable is put back
only while it holds what the run set, so a value someone else wrote meanwhile stands. Here
\`TARGET_HOST\` (which holds "shop.example.com") is set to "pr-42.preview.example.com", and
\`PR_NUMBER\` is created for the run (\`create_variables: true\`). "reads" counts the listings of
the variables (ListVariables, one request per kind of variable listed) once the values to write
are planned; the outcome is what the post step is told.`,
      of('variables'),
    ),
  );
  writeSection('region', table("## Finding the region's project (IAM)", of('region')));
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
    /** Faults for the lookups by name (ShowTaskSet), page by page. */
    lookupFaults?: (Fault | null)[];
    deadline?: number;
  } = {},
): Promise<Run> {
  emulator.script('CreateNewTask', options.faults ?? []);
  emulator.script('ShowTaskSet', options.lookupFaults ?? []);
  const timing = fakeTiming();
  const retry: RetrySettings = {
    policy: { ...BACKOFF, maxAttempts: options.maxAttempts ?? 5, deadline: options.deadline ?? 120_000, bound: 'timeout_seconds' },
    timing,
    log: { debug: () => undefined, info: () => undefined, warning: () => undefined },
    requestTimeoutMs: options.requestTimeoutMs,
  };
  const client = demoClient(emulator, retry, { key: options.key });
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
    ? `success: task ${run.outcome.taskId} ${run.outcome.origin}`
    : `failed: ${run.error?.message.slice(0, 160)}${(run.error?.message.length ?? 0) > 160 ? '…' : ''}`;
  const waits = run.waits.length ? `; waited ${run.waits.map((w) => `${w / 1000} s`).join(', ')}` : '';
  rows.push({
    section: 'create',
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
  record('503, 503, then 201', 'success, one task; three lookups before each repeat (the list may lag the create)', run);
  expect(run.outcome).toMatchObject({ origin: 'created' });
  expect(run).toMatchObject({ posts: 3, lookups: 6, tasks: 1 });
});

test('429 with Retry-After: 2: waits at least that long, then succeeds', async () => {
  const run = await attempt({ faults: [faults.throttled(2)] });
  record(
    '429 `APIGW.0308` with `Retry-After: 2`',
    'waits at least 2 s, then success; no lookup (a throttled request was not handled)',
    run,
  );
  expect(run.outcome).toMatchObject({ origin: 'created' });
  expect(run.waits[0]).toBeGreaterThanOrEqual(2000);
  expect(run).toMatchObject({ posts: 2, lookups: 0, tasks: 1 });
});

test('connection reset after the server created the task: success with that task, one task', async () => {
  const run = await attempt({ faults: [faults.resetAfterHandling()] });
  record('connection reset after the task was created', "success with the created task's id, one task", run);
  expect(run.outcome).toEqual({ taskId: emulator.tasks()[0].id, origin: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 1 });
});

test('a timeout after the server created the task: likewise', async () => {
  const run = await attempt({ faults: [faults.delayAfterHandling(1500)], requestTimeoutMs: 300 });
  record('no answer within the request timeout, task created', "success with the created task's id, one task", run);
  expect(run.outcome).toEqual({ taskId: emulator.tasks()[0].id, origin: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 1 });
});

test('connection reset before the request was handled: looked up, not found, sent again', async () => {
  const run = await attempt({ faults: [faults.resetBeforeHandling()] });
  record('connection reset before the request was handled', 'three lookups find nothing, the POST is repeated: one task', run);
  expect(run.outcome).toMatchObject({ origin: 'created' });
  expect(run).toMatchObject({ posts: 2, lookups: 3, tasks: 1 });
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
  expect(run).toMatchObject({ posts: 5, lookups: 15, tasks: 0 });
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
  expect(run.outcome).toEqual({ taskId: existing.id, origin: 'reused' });
  expect(run).toMatchObject({ posts: 0, lookups: 1, tasks: 1 });
});

test('if_exists: reuse without such a task creates one', async () => {
  const run = await attempt({ ifExists: 'reuse' });
  expect(run.outcome).toMatchObject({ origin: 'created' });
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
  expect(run.outcome).toEqual({ taskId: created.id, origin: 'adopted' });
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
  expect(run.outcome).toEqual({ taskId: ours.id, origin: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 2 });
  expect(emulator.received.filter((r) => r.operation === 'ListTaskCases').map((r) => r.target.split('/').at(-2))).toEqual([
    String(siblingId),
    String(ours.id),
  ]);
});

test('the task list lags the create (the first lookup finds nothing): looked up again, adopted, never a second task', async () => {
  const run = await attempt({ faults: [faults.resetAfterHandling()], lookupFaults: [faults.status(200, { tasks: [] })] });
  record(
    'connection reset after the task was created, and the task list does not show it yet at the first lookup',
    'looks again (with backoff) before any second POST; adopts it: one task',
    run,
  );
  expect(run.outcome).toEqual({ taskId: emulator.tasks()[0].id, origin: 'adopted' });
  expect(run).toMatchObject({ posts: 1, lookups: 2, tasks: 1 });
});

test('the lookup after a lost POST is refused (403): fails without a second POST, saying a task may exist', async () => {
  const refused = faults.status(403, { code: 'SVCSTG.CPTS.4031001', message: 'no permission to list tasks' });
  const run = await attempt({ faults: [faults.resetAfterHandling()], lookupFaults: [refused] });
  record(
    'connection reset after the task was created, then the lookup refused (403)',
    'fails without a second POST, saying a task named … may have been created',
    run,
  );
  expect(run.error?.message).toMatch(
    /^ShowTaskSet failed: HTTP 403 SVCSTG.CPTS.4031001: .*The service may have created a task named "checkout-pr42/,
  );
  expect(run).toMatchObject({ posts: 1, lookups: 1, tasks: 1 });
});

test('the lookup after a lost POST runs out of time: fails without a second POST, saying a task may exist', async () => {
  const run = await attempt({
    faults: [faults.resetAfterHandling()],
    lookupFaults: Array(9).fill(faults.throttled(1)),
    deadline: 4000,
  });
  record(
    'connection reset after the task was created, then every lookup fails until `timeout_seconds`',
    'fails without a second POST, saying a task named … may have been created',
    run,
  );
  expect(run.error?.message).toMatch(/ShowTaskSet .*The service may have created a task named "checkout-pr42/);
  expect(run.posts).toBe(1);
});

test('a generated name takes no lookup on the fast path: one request', async () => {
  const run = await attempt();
  expect(run.outcome).toMatchObject({ origin: 'created' });
  expect(emulator.received).toHaveLength(1);
});

describe('starting the run', () => {
  const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined };
  const retry = (): RetrySettings => ({
    policy: { ...BACKOFF, maxAttempts: 3, deadline: 60_000, bound: 'timeout_seconds' },
    timing: fakeTiming(),
    log: quiet,
  });

  async function start(
    options: { start?: (Fault | null)[]; showTask?: (Fault | null)[]; earlierRun?: boolean; seed?: EmulatorOptions['seed'] } = {},
  ) {
    if (options.seed) {
      await emulator.stop();
      emulator = await startEmulator({ seed: options.seed });
    }
    const task = emulator.state.createTask({
      name: NAME,
      project_id: DEMO.perftestProject,
      parallel: false,
      operate_mode: 2,
      case_id_list: [...DEMO.cases],
    });
    const earlier = options.earlierRun ? emulator.state.startRun(task, 'shared-cluster-internet', 0) : undefined;
    if (earlier) earlier.stoppedAt = earlier.startedAt - 60_000; // long over
    emulator.script('BatchUpdateTaskStatus', options.start ?? []);
    emulator.script('ShowTask', options.showTask ?? []);
    let runId: number | undefined;
    let error: Error | undefined;
    try {
      const client = demoClient(emulator, retry());
      const before = await runsOf(client, task.id);
      ({ runId } = await startRun(
        client.withRetry(retry()),
        { testSuiteId: DEMO.perftestProject, taskId: task.id },
        { type: 'shared-cluster-internet', id: 0 },
        before,
      ));
    } catch (e) {
      error = e as Error;
    }
    const starts = emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? '')).length;
    const ours = task.runIds.filter((id) => id !== earlier?.id);
    const which = runId === earlier?.id ? 'the earlier run!' : runId === ours[0] ? 'the run that appeared after our start' : 'unknown';
    const result = runId !== undefined ? `followed run ${runId} (${which})` : `failed: ${error?.message}`;
    return {
      runId,
      ours,
      earlier,
      starts,
      runs: task.runIds.length,
      observed: `${result}; ${count(starts, 'start')}, ${count(task.runIds.length, 'run')}`,
    };
  }

  const row = (fault: string, expected: string, observed: string) => rows.push({ section: 'start', fault, expected, observed });

  test('the answer lost after the run began: that run is followed, no second start', async () => {
    const r = await start({ start: [faults.resetAfterHandling()] });
    row('connection reset after the run began', 'follows that run (named in ShowTask and ShowHistoryRunInfo), no second start', r.observed);
    expect(r).toMatchObject({ runId: r.ours[0], starts: 1, runs: 1 });
  });

  test('a task with an earlier run: the lost start adopts the new run, never the earlier one', async () => {
    const r = await start({ start: [faults.resetAfterHandling()], earlierRun: true });
    row('the task ran before; connection reset after our run began', 'follows the new run, never the earlier one', r.observed);
    expect(r).toMatchObject({ runId: r.ours[0], starts: 1, runs: 2 });
    expect(r.runId).not.toBe(r.earlier!.id);
  });

  test('the run ended before the check after a lost answer: still ours, never started twice', async () => {
    const r = await start({ start: [faults.resetAfterHandling()], seed: { run: { waitingSeconds: 0, runningSeconds: 0 } } });
    row(
      'connection reset after the run began, and the run ended before the check',
      'follows that (ended) run, no second start',
      r.observed,
    );
    expect(r).toMatchObject({ runId: r.ours[0], starts: 1, runs: 1 });
  });

  test('ShowTask lags behind the start (names no run), ShowHistoryRunInfo lists ours: adopted through the history', async () => {
    const lagging = faults.status(200, { taskInfo: { run_status: 2, related_temp_running_data: [] } });
    const r = await start({ start: [faults.resetAfterHandling()], showTask: [null, lagging] });
    row(
      'connection reset after the run began; ShowTask does not show it yet',
      'found in ShowHistoryRunInfo and followed, no second start',
      r.observed,
    );
    expect(r).toMatchObject({ runId: r.ours[0], starts: 1, runs: 1 });
  });

  test('a 503 before anything began: started again, one run', async () => {
    const r = await start({ start: [faults.serverError(503)] });
    row('503 before the start was handled', 'no new run found, started again: one run', r.observed);
    expect(r).toMatchObject({ runId: r.ours[0], starts: 2, runs: 1 });
  });
});

describe('setting and putting back variables', () => {
  const SUITE = DEMO.perftestProject;
  const HOST = 'TARGET_HOST';
  const OURS = 'pr-42.preview.example.com';
  const THEIRS = 'pr-7.preview.example.com';
  const CREATED = 'PR_NUMBER';
  /**
   * A listing of the variables asks ListVariables once per kind listed; every listing here includes
   * the enumerations (TARGET_HOST and PR_NUMBER are), so it is counted by that request.
   */
  const isRead = (r: Received) => r.operation === 'ListVariables' && r.target.includes('/variables/2/test-suites/');
  const WRITES = ['UpdateVariable', 'CreateVariable', 'DeleteVariable'] as const;
  const shown = (values: unknown[]) => valuesText(values, false);
  const valueOf = (name: string) => emulator.state.variablesOf(SUITE).find((v) => v.name === name)?.variable;

  interface Step {
    client: CptsClient;
    timing: ReturnType<typeof fakeTiming>;
    /** The requests before this step's. */
    from: number;
  }

  /** A client of its own (its own fake clock), counting the requests from now on. */
  function step(): Step {
    const timing = fakeTiming();
    const retry: RetrySettings = {
      policy: { ...BACKOFF, maxAttempts: 3, deadline: 60_000, bound: 'timeout_seconds' },
      timing,
      log: quietLog,
    };
    return { client: demoClient(emulator, retry), timing, from: emulator.received.length };
  }

  interface Observed {
    writes: Record<(typeof WRITES)[number], number>;
    reads: number;
    waits: number[];
    /** The variable's values afterwards; undefined when it does not exist. */
    value?: unknown[];
    text: string;
  }

  /** The step's requests, the variable as it is now, and the outcome: a cell of the table. */
  function observe(s: Step, name: string, outcome: string): Observed {
    const sent = emulator.received.slice(s.from);
    const writes = Object.fromEntries(WRITES.map((op) => [op, sent.filter((r) => r.operation === op).length])) as Observed['writes'];
    const reads = sent.filter(isRead).length;
    const value = valueOf(name);
    const written = WRITES.filter((op) => writes[op] > 0).map((op) => `${writes[op]} ${op}`);
    const waits = s.timing.sleeps.length ? `; waited ${s.timing.sleeps.map((w) => `${w / 1000} s`).join(', ')}` : '';
    const holds = value ? `${name} holds ${shown(value)}` : `${name} does not exist`;
    const text = `${outcome}; ${holds}; ${written.join(', ') || 'nothing written'}, ${count(reads, 'read')}${waits}`;
    return { writes, reads, waits: s.timing.sleeps, value, text };
  }

  const row = (fault: string, expected: string, observed: string) => rows.push({ section: 'variables', fault, expected, observed });

  /** What the run would write: TARGET_HOST set, or PR_NUMBER created. */
  function plan(create = false): Promise<VariableRecord[]> {
    const config: EnvironmentConfig = {
      variables: [create ? { name: CREATED, value: '42' } : { name: HOST, value: OURS }],
      createVariables: create,
      maskVariables: false,
      preflight: false,
    };
    return planVariables(step().client, SUITE, config);
  }

  /** Sets the records under the faults scripted now. */
  async function set(records: VariableRecord[], script: Partial<Record<string, (Fault | null)[]>> = {}) {
    for (const [operation, list] of Object.entries(script)) emulator.script(operation, list!);
    const s = step();
    let error: Error | undefined;
    try {
      await setVariables(s.client, SUITE, records, shown);
    } catch (e) {
      error = e as Error;
    }
    const outcome = error ? `failed: ${error.name}: ${error.message.replace(/\.$/, '')}` : 'set';
    return { error, ...observe(s, records[0].name, outcome) };
  }

  const outcomeText = (o: RestoreOutcome): string =>
    o.kind === 'taken'
      ? `outcome taken (holds ${shown(o.now)})`
      : o.kind === 'failed'
        ? // The request id depends on which of the listing's requests was answered first.
          `outcome failed: ${o.reason.replace(/\(X-Request-Id \w+\)/, '(X-Request-Id …)').replace(/\.$/, '')}`
        : `outcome ${o.kind}`;

  /** Puts the records back under the faults scripted now; `settle` waits for requests still in flight. */
  async function putBack(records: VariableRecord[], script: Partial<Record<string, (Fault | null)[]>> = {}, settle?: () => boolean) {
    for (const [operation, list] of Object.entries(script)) emulator.script(operation, list!);
    const s = step();
    const outcomes = await restoreVariables(s.client, SUITE, records);
    for (let i = 0; settle && !settle() && i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return { outcome: outcomes[0], outcomes, ...observe(s, records[0].name, outcomeText(outcomes[0])) };
  }

  /** Planned and set without faults: what a put-back starts from. */
  async function setUp(create = false): Promise<VariableRecord[]> {
    const records = await plan(create);
    const r = await set(records);
    expect(r.error).toBeUndefined();
    expect(r.value).toEqual(create ? ['42'] : [OURS]);
    return records;
  }

  test('set: UpdateVariable answer lost after it was applied: read back, not sent again', async () => {
    const records = await plan();
    expect(records).toEqual([{ name: HOST, id: DEMO.variables.TARGET_HOST, variable_type: 2, was: [DEMO.targetHost], ours: [OURS] }]);
    const r = await set(records, { UpdateVariable: [faults.resetAfterHandling()] });
    row(
      'set: connection reset after UpdateVariable was applied',
      'reading back shows the new value: set, no second UpdateVariable',
      r.text,
    );
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ writes: { UpdateVariable: 1, CreateVariable: 0, DeleteVariable: 0 }, reads: 2, waits: [], value: [OURS] });
  });

  test('set: UpdateVariable reset before it was handled: read back shows the old value, sent again once', async () => {
    const r = await set(await plan(), { UpdateVariable: [faults.resetBeforeHandling()] });
    row(
      'set: connection reset before UpdateVariable was handled',
      'reading back shows the old value: UpdateVariable sent again, once; set',
      r.text,
    );
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ writes: { UpdateVariable: 2, CreateVariable: 0, DeleteVariable: 0 }, reads: 2, waits: [500], value: [OURS] });
  });

  test('set: UpdateVariable 503: read back, then sent again', async () => {
    const r = await set(await plan(), { UpdateVariable: [faults.serverError(503)] });
    row('set: UpdateVariable answers 503 (not applied)', 'the value read back before UpdateVariable is sent again, once; set', r.text);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ writes: { UpdateVariable: 2, CreateVariable: 0, DeleteVariable: 0 }, reads: 2, waits: [500], value: [OURS] });
  });

  test('set: another writer changes the value just before the read-back: VariableCollision, their value stands', async () => {
    const r = await set(await plan(), { ListVariables: [faults.otherWriterSets(SUITE, HOST, [THEIRS])] });
    row(
      'set: another writer sets `TARGET_HOST` just before the read-back (ListVariables)',
      'fails with VariableCollision naming both values; their value stands, nothing written again',
      r.text,
    );
    expect(r.error).toBeInstanceOf(VariableCollision);
    expect(r.error?.message).toBe(
      `TARGET_HOST holds "${THEIRS}" right after this run set it to "${OURS}": ` +
        'another job or person is changing the variables of this PerfTest project at the same time. Nothing was started. ' +
        'Let one job at a time use the project: a workflow concurrency group (README, "Testing the pull request\'s own deployment").',
    );
    expect(r).toMatchObject({ writes: { UpdateVariable: 1, CreateVariable: 0, DeleteVariable: 0 }, reads: 1, waits: [], value: [THEIRS] });
  });

  test('set: CreateVariable answer lost after it was applied: read back finds it, no second create', async () => {
    const records = await plan(true);
    expect(records).toEqual([{ name: CREATED, variable_type: 2, ours: ['42'] }]);
    const r = await set(records, { CreateVariable: [faults.resetAfterHandling()] });
    row(
      'set: connection reset after CreateVariable created `PR_NUMBER` (`create_variables: true`)',
      'reading back finds it: set, no second CreateVariable; its id saved for the post step',
      r.text,
    );
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ writes: { UpdateVariable: 0, CreateVariable: 1, DeleteVariable: 0 }, reads: 2, waits: [], value: ['42'] });
    const created = emulator.state.variablesOf(SUITE).filter((v) => v.name === CREATED);
    expect(created).toHaveLength(1);
    expect(records[0].id).toBe(created[0].id);
  });

  test('put back: UpdateVariable answer lost after it was applied: read back, restored, one put', async () => {
    const records = await setUp();
    const r = await putBack(records, { UpdateVariable: [faults.resetAfterHandling()] });
    row(
      'put back: connection reset after UpdateVariable put the old value back',
      'reading back shows the old value: outcome restored, no second UpdateVariable',
      r.text,
    );
    expect(r.outcomes).toEqual([{ kind: 'restored' }]);
    expect(r).toMatchObject({
      writes: { UpdateVariable: 1, CreateVariable: 0, DeleteVariable: 0 },
      reads: 2,
      waits: [],
      value: [DEMO.targetHost],
    });
  });

  test('put back: another writer set the value during the run: taken, nothing sent, their value stands', async () => {
    const records = await setUp();
    const r = await putBack(records, { ListVariables: [faults.otherWriterSets(SUITE, HOST, [THEIRS])] });
    row(
      'put back: another writer set `TARGET_HOST` during the run',
      'outcome taken (with their value); no UpdateVariable sent; their value stands',
      r.text,
    );
    expect(r.outcomes).toEqual([{ kind: 'taken', now: [THEIRS] }]);
    expect(r).toMatchObject({ writes: { UpdateVariable: 0, CreateVariable: 0, DeleteVariable: 0 }, reads: 1, waits: [], value: [THEIRS] });
  });

  test('put back: the variable was deleted meanwhile: gone, nothing sent', async () => {
    const records = await setUp();
    const r = await putBack(records, { ListVariables: [faults.otherWriterDeletes(SUITE, HOST)] });
    row('put back: another writer deleted `TARGET_HOST` during the run', 'outcome gone; nothing sent (not created again)', r.text);
    expect(r.outcomes).toEqual([{ kind: 'gone' }]);
    expect(r).toMatchObject({ writes: { UpdateVariable: 0, CreateVariable: 0, DeleteVariable: 0 }, reads: 1, waits: [] });
    expect(r.value).toBeUndefined();
  });

  test('put back: DeleteVariable of a created variable answer lost after it was applied: read back, deleted', async () => {
    const records = await setUp(true);
    const r = await putBack(records, { DeleteVariable: [faults.resetAfterHandling()] });
    row(
      'put back: connection reset after DeleteVariable deleted `PR_NUMBER` (created for the run)',
      'reading back shows it gone: outcome deleted, no second DeleteVariable',
      r.text,
    );
    expect(r.outcomes).toEqual([{ kind: 'deleted' }]);
    expect(r).toMatchObject({ writes: { UpdateVariable: 0, CreateVariable: 0, DeleteVariable: 1 }, reads: 2, waits: [] });
    expect(r.value).toBeUndefined();
  });

  test('put back: ListVariables refused (403): failed, nothing sent; the post step puts it back', async () => {
    const records = await setUp();
    const refused = faults.status(403, { code: 'SVCSTG.CPTS.4031001', message: 'no permission to list variables' });
    // A listing's requests (one per kind) are sent at once and the first refusal ends it: the rest are
    // awaited, so that what was sent is counted whole.
    const from = emulator.received.length;
    const settled = () => {
      const sent = emulator.received.slice(from);
      return sent.some(isRead) && sent.every((r) => r.status !== 0);
    };
    const r = await putBack(records, { ListVariables: [refused] }, settled);
    const post = await putBack(records);
    row(
      'put back: ListVariables refused (403)',
      'outcome failed, nothing sent; the variable stays saved, and the post step tries again',
      `${r.text}; then the post step: ${post.text}`,
    );
    expect(r.outcomes).toEqual([
      { kind: 'failed', reason: expect.stringMatching(/^ListVariables failed: HTTP 403 SVCSTG.CPTS.4031001: /) },
    ]);
    expect(r).toMatchObject({ writes: { UpdateVariable: 0, CreateVariable: 0, DeleteVariable: 0 }, reads: 1, waits: [], value: [OURS] });
    expect(post.outcomes).toEqual([{ kind: 'restored' }]);
    expect(post).toMatchObject({
      writes: { UpdateVariable: 1, CreateVariable: 0, DeleteVariable: 0 },
      reads: 1,
      waits: [],
      value: [DEMO.targetHost],
    });
  });

  test('put back again after a put-back that took effect (the post step retrying): unchanged, nothing sent', async () => {
    const records = await setUp();
    expect((await putBack(records)).outcomes).toEqual([{ kind: 'restored' }]);
    const r = await putBack(records);
    row(
      'put back: again, after a put-back that took effect (the post step retrying one whose answers were lost)',
      'outcome unchanged; nothing sent',
      r.text,
    );
    expect(r.outcomes).toEqual([{ kind: 'unchanged' }]);
    expect(r).toMatchObject({
      writes: { UpdateVariable: 0, CreateVariable: 0, DeleteVariable: 0 },
      reads: 1,
      waits: [],
      value: [DEMO.targetHost],
    });
  });
});

describe("finding the region's project", () => {
  const LEAST = { accessKeyId: 'LEASTPRIVILEGEAK0001', secretAccessKey: 'least-privilege-secret' };
  const seed = { credentials: [...DEFAULT_FIXTURE.credentials, { ak: LEAST.accessKeyId, sk: LEAST.secretAccessKey, listProjects: false }] };

  async function lookup(authProjects: (Fault | null)[]) {
    await emulator.stop();
    emulator = await startEmulator({ seed });
    emulator.script('KeystoneListAuthProjects', authProjects);
    const log = { debug: () => undefined, info: () => undefined, warning: () => undefined };
    const retry: RetrySettings = {
      policy: { ...BACKOFF, maxAttempts: 3, deadline: 60_000, bound: 'timeout_seconds' },
      timing: fakeTiming(),
      log,
    };
    const iam = new IamClient({ origin: emulator.url, host: new URL(emulator.url).host }, { userAgent: 'test', log }, retry);
    const outcome = await findRegionProjectId(iam, LEAST, DEMO.region).then(
      (id) => `found ${id}`,
      (e: Error) => `failed: ${e.message.slice(0, 220)}…`,
    );
    const requests = emulator.received.map((r) => `${r.operation} ${r.status}`).join(', ');
    return { outcome, requests, observed: `${outcome}; requests: ${requests}` };
  }

  test('credentials without iam:projects:listProjects: found through GET /v3/auth/projects', async () => {
    const r = await lookup([]);
    rows.push({
      section: 'region',
      fault: 'credentials without `iam:projects:listProjects`',
      expected: 'found through `GET /v3/auth/projects`, which needs no permission',
      observed: r.observed,
    });
    expect(r.outcome).toBe(`found ${DEMO.projectId}`);
    expect(r.requests).toBe('KeystoneListAuthProjects 200');
  });

  test('/v3/auth/projects refused as well: fails naming the permission and project_id', async () => {
    const r = await lookup([faults.status(403, { error: { code: 403, message: 'Forbidden' } })]);
    rows.push({
      section: 'region',
      fault: 'the same, and `GET /v3/auth/projects` refused (403)',
      expected:
        'falls back to `GET /v3/projects?name=`; its 403 fails the step naming `iam:projects:listProjects` and saying to give `project_id`',
      observed: r.observed,
    });
    expect(r.outcome).toMatch(/^failed: KeystoneListProjects failed: HTTP 403 IAM.0003: .*iam:projects:listProjects/);
    expect(r.requests).toBe('KeystoneListAuthProjects 403, KeystoneListProjects 403');
  });
});
