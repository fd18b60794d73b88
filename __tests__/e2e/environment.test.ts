// The pull request's own environment end to end through dist/run/index.js: PerfTest variables set for
// the run, read back and put back (by the main step, or by the post step after a cancellation), never
// clobbering another writer's value, lost answers settled by reading back, and the preflight that
// refuses to start against a target that does not answer.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO, demoRunInputs, faults } from '../../emulator/index.js';
import { runStep, visibleOutput } from '../../emulator/harness/run-step.js';
import { cancelWhen, demoTaskId, logOf, useEmulator } from '../helpers/e2e.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 2, startLagSeconds: 1 } } });

const PREVIEW = 'pr-42.preview.example.com';
const state = () => harness.emulator.state;
const variables = () => state().variablesOf(DEMO.perftestProject);
const valueOf = (name: string) => variables().find((v) => v.name === name)?.variable;
const received = (operation: string) => harness.emulator.received.filter((r) => r.operation === operation);
const starts = () =>
  harness.emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? '') && JSON.parse(r.body).status === 9);

const newTask = () => demoTaskId(harness.emulator, 'pr-42');
const inputs = (taskId: number, overrides: Record<string, string> = {}) => ({
  ...demoRunInputs(harness.emulator.url, taskId),
  ...overrides,
});
const run = (
  taskId: number,
  overrides: Record<string, string> = {},
  more: { state?: Record<string, string>; onStart?: (c: ChildProcess) => void } = {},
) => runStep(RUN_BUNDLE, { inputs: inputs(taskId, overrides), ...more });
const runsOf = (taskId: number) =>
  state()
    .tasks.get(taskId)!
    .runIds.map((id) => state().runs.get(id)!);

test('variables set for the run: the run loads the PR host, is judged, and the old value is put back', async () => {
  const taskId = newTask();
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, thresholds: 'success_rate >= 99' });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.status).toBe('passed');
  const [theRun] = runsOf(taskId);
  expect(theRun.hosts['browse-catalogue']).toBe(PREVIEW);
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
  expect(step.stdout).toContain(
    `Set variable TARGET_HOST of PerfTest project ${DEMO.perftestProject} to "${PREVIEW}" (was "${DEMO.targetHost}"); read back.`,
  );
  expect(step.stdout).toContain(`Variable TARGET_HOST of PerfTest project ${DEMO.perftestProject} put back to "${DEMO.targetHost}".`);
  // Set once, put back once, the last after the run ended and before the report was read.
  const puts = received('UpdateVariable');
  expect(puts.map((r) => JSON.parse(r.body)[0].variable)).toEqual([[PREVIEW], [DEMO.targetHost]]);
  expect(step.summary).toContain('| `TARGET_HOST` | `pr-42.preview.example.com` | `shop.example.com` | ✅ put back |');
  // Nothing is left for the post step.
  expect(step.state.variables).toBe('');
  const post = await run(taskId, {}, { state: step.state });
  expect(post.exitCode).toBe(0);
  expect(received('UpdateVariable')).toHaveLength(2);
  expect(harness.emulator.contractViolations).toEqual([]);
});

test('an integer variable gets the one number as its range, and goes back to its old range', async () => {
  const taskId = newTask();
  const step = await run(taskId, { variables: 'VUSER_ID=7' });
  expect(step.exitCode).toBe(0);
  expect(JSON.parse(received('UpdateVariable')[0].body)[0]).toMatchObject({ name: 'VUSER_ID', variable_type: 1, variable: [7, 7] });
  expect(valueOf('VUSER_ID')).toEqual([1, 100]);
});

test('cancelled after the set and before the start: nothing starts, and the post step puts the value back', async () => {
  const taskId = newTask();
  harness.emulator.script('DebugCase', [faults.delay(4000)]);
  const main = await run(
    taskId,
    { variables: `TARGET_HOST=${PREVIEW}`, preflight: 'true' },
    { onStart: cancelWhen(() => received('DebugCase').length > 0) },
  );
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toContain(
    '::error::Cancelled (SIGTERM) before the run was started; nothing was started. The post step puts back the variables this run set.',
  );
  expect(valueOf('TARGET_HOST')).toEqual([PREVIEW]);
  const post = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, preflight: 'true' }, { state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(`Variable TARGET_HOST of PerfTest project ${DEMO.perftestProject} put back to "${DEMO.targetHost}".`);
  expect(post.summary).toContain('#### Put back by the post step');
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
  expect(starts()).toHaveLength(0);
});

test('cancelled while waiting: the post step stops the run first, then puts the value back', async () => {
  state().fixture.run.runningSeconds = 600;
  const taskId = newTask();
  const main = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}` }, { onStart: cancelWhen(() => runsOf(taskId).length > 0, 500) });
  expect(main.exitCode).toBe(1);
  const [theRun] = runsOf(taskId);
  expect(main.stdout).toContain(`Cancelled (SIGTERM) while waiting for run ${theRun.id}; the post step stops it. The post step puts back`);
  const post = await run(taskId, {}, { state: main.state });
  expect(post.exitCode).toBe(0);
  const log = post.stdout;
  expect(log.indexOf(`Stopped run ${theRun.id}`)).toBeGreaterThan(-1);
  expect(log.indexOf('put back to')).toBeGreaterThan(log.indexOf(`Stopped run ${theRun.id}`));
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
});

test('another writer changed the value during the run: it is left alone, with a warning and a summary row', async () => {
  const taskId = newTask();
  // The third ShowTask is one of the wait's looks: by then the run has started with our value.
  harness.emulator.script('ShowTask', [
    null,
    null,
    faults.otherWriterSets(DEMO.perftestProject, 'TARGET_HOST', ['pr-99.preview.example.com']),
  ]);
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}` });
  expect(step.exitCode).toBe(0);
  expect(logOf(step)).toContain(
    `::warning::Variable TARGET_HOST of PerfTest project ${DEMO.perftestProject} holds "pr-99.preview.example.com" now, not the value this run set`,
  );
  expect(valueOf('TARGET_HOST')).toEqual(['pr-99.preview.example.com']);
  expect(received('UpdateVariable')).toHaveLength(1);
  expect(step.summary).toContain('⚠️ changed by someone else during the run; left as `"pr-99.preview.example.com"`');
});

test('another writer changes the value right after the set: nothing starts, theirs stands', async () => {
  const taskId = newTask();
  // Four lists plan the set; the fifth is the read-back.
  harness.emulator.script('ListVariables', [
    null,
    null,
    null,
    null,
    faults.otherWriterSets(DEMO.perftestProject, 'TARGET_HOST', ['pr-99.preview.example.com']),
  ]);
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}` });
  expect(step.exitCode).toBe(1);
  expect(logOf(step)).toMatch(
    /::error::TARGET_HOST holds "pr-99.preview.example.com" right after this run set it to "pr-42.preview.example.com": another job or person/,
  );
  expect(starts()).toHaveLength(0);
  expect(valueOf('TARGET_HOST')).toEqual(['pr-99.preview.example.com']);
});

test('a lost answer to the set is settled by reading back: no second set', async () => {
  const taskId = newTask();
  harness.emulator.script('UpdateVariable', [faults.resetAfterHandling()]);
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}` });
  expect(step.exitCode).toBe(0);
  expect(step.stdout).toContain('The answer to the set was lost, but reading back shows every value set.');
  expect(received('UpdateVariable').map((r) => JSON.parse(r.body)[0].variable)).toEqual([[PREVIEW], [DEMO.targetHost]]);
  expect(runsOf(taskId)[0].hosts['place-order']).toBe(PREVIEW);
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
});

test('a set refused before it was handled is sent again once reading back shows the old value', async () => {
  const taskId = newTask();
  harness.emulator.script('UpdateVariable', [faults.serverError(503)]);
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}` });
  expect(step.exitCode).toBe(0);
  expect(step.stdout).toContain('The set was not applied: sending it again.');
  expect(received('UpdateVariable').map((r) => JSON.parse(r.body)[0].variable)).toEqual([[PREVIEW], [PREVIEW], [DEMO.targetHost]]);
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
});

test('a lost answer to the put-back is settled by reading back', async () => {
  const taskId = newTask();
  harness.emulator.script('UpdateVariable', [null, faults.resetAfterHandling()]);
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}` });
  expect(step.exitCode).toBe(0);
  expect(step.stdout).toContain('The answer to putting the variables back was lost; reading back settled it.');
  expect(step.stdout).toContain(`put back to "${DEMO.targetHost}"`);
  expect(received('UpdateVariable')).toHaveLength(2);
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
});

test('preflight with a bad host fails before any start, naming the case, request, URL and error; the value goes back', async () => {
  const taskId = newTask();
  const bad = 'pr-42.preview.example.invalid';
  const step = await run(taskId, { variables: `TARGET_HOST=${bad}`, preflight: 'true' });
  expect(step.exitCode).toBe(1);
  expect(step.outputs.status).toBe('error');
  const log = logOf(step);
  expect(log).toMatch(
    new RegExp(
      `::error::Preflight failed: \\d+ requests of task ${taskId} failed their debug: case "browse-catalogue", request "GET /catalogue" \\(https://${bad.replace(/\./g, '\\.')}/catalogue\\): no status code, [^;]*UnknownHost`,
    ),
  );
  expect(log).toContain('No run was started.');
  expect(starts()).toHaveLength(0);
  expect(runsOf(taskId)).toHaveLength(0);
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
  expect(step.summary).toContain('#### Preflight failed ❌');
  expect(step.summary).toMatch(
    /\| ❌ \| `browse-catalogue` \| `GET \/catalogue` \| `https:\/\/pr-42\.preview\.example\.invalid\/catalogue` \| — \| /,
  );
  expect(step.summary).toContain('✅ put back');
});

test('preflight passing leads to the run, and the summary shows each request debugged', async () => {
  const taskId = newTask();
  const step = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, preflight: 'true' });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.status).toBe('passed');
  // One debug per case of the task, each before the start.
  expect(received('DebugCase')).toHaveLength(DEMO.cases.length);
  const order = harness.emulator.received.map((r) => r.operation);
  expect(order.lastIndexOf('DebugCase')).toBeLessThan(order.indexOf('BatchUpdateTaskStatus'));
  expect(step.summary).toContain('#### Preflight passed ✅');
  expect(step.summary).toMatch(
    new RegExp(
      `\\| ✅ \\| \`place-order\` \\| \`POST /orders\` \\| \`https://${PREVIEW.replace(/\./g, '\\.')}/orders\` \\| \`200\` \\| \\d+ ms \\| — \\|`,
    ),
  );
});

test('mask_variables: the value is masked in the log and shown as *** in the summary', async () => {
  const taskId = newTask();
  const secret = 'tok-7f3a9c-secret';
  const step = await run(taskId, { variables: `API_TOKEN=${secret}`, mask_variables: 'true', preflight: 'true' });
  expect(step.exitCode).toBe(0);
  expect(step.stdout).toContain(`::add-mask::${secret}`);
  expect(step.stdout).toContain('::add-mask::demo-api-token-value');
  expect(visibleOutput(step)).not.toContain(secret);
  expect(visibleOutput(step)).not.toContain('demo-api-token-value');
  expect(step.summary).not.toContain(secret);
  expect(step.summary).toContain('| `API_TOKEN` | `***` | `***` | ✅ put back |');
  expect(valueOf('API_TOKEN')).toEqual(['demo-api-token-value']);
});

test("an unknown variable fails before anything is written, listing the project's variables", async () => {
  const taskId = newTask();
  const step = await run(taskId, { variables: 'TARGT_HOST=x' });
  expect(step.exitCode).toBe(1);
  expect(logOf(step)).toContain(
    `::error::Input "variables" names TARGT_HOST, which is not a global variable of PerfTest project ${DEMO.perftestProject} (its variables: API_TOKEN, TARGET_HOST, VUSER_ID, accounts).`,
  );
  expect(received('UpdateVariable')).toHaveLength(0);
  expect(starts()).toHaveLength(0);
});

test('a file variable cannot be set', async () => {
  const step = await run(newTask(), { variables: 'accounts=x.csv' });
  expect(step.exitCode).toBe(1);
  expect(logOf(step)).toContain('accounts is a file variable');
  expect(received('UpdateVariable')).toHaveLength(0);
});

test('create_variables: a missing variable is created for the run and deleted after it', async () => {
  const taskId = newTask();
  const step = await run(taskId, { variables: 'PR_NUMBER=42', create_variables: 'true' });
  expect(step.exitCode).toBe(0);
  expect(received('CreateVariable')).toHaveLength(1);
  expect(JSON.parse(received('CreateVariable')[0].body)[0]).toMatchObject({ name: 'PR_NUMBER', variable_type: 2, variable: ['42'] });
  expect(received('DeleteVariable')).toHaveLength(1);
  expect(valueOf('PR_NUMBER')).toBeUndefined();
  expect(step.summary).toContain('| `PR_NUMBER` | `42` | none (created) | ✅ deleted (created for this run) |');
});

test('a put-back that fails in the main step is left to the post step, which puts the value back', async () => {
  const taskId = newTask();
  harness.emulator.script('UpdateVariable', [null, faults.serverError(500)]);
  const main = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, max_attempts: '1' });
  // The run itself passed; the variable is the post step's now.
  expect(main.exitCode).toBe(0);
  expect(logOf(main)).toMatch(
    /::warning::Could not put TARGET_HOST of PerfTest project \d+ back to "shop\.example\.com": .*HTTP 500.*The post step tries again\./,
  );
  expect(main.summary).toContain('❌ not put back yet (the post step tries again)');
  expect(valueOf('TARGET_HOST')).toEqual([PREVIEW]);
  expect(JSON.parse(main.state.variables).records).toHaveLength(1);
  const post = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, max_attempts: '1' }, { state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(`Variable TARGET_HOST of PerfTest project ${DEMO.perftestProject} put back to "${DEMO.targetHost}".`);
  expect(valueOf('TARGET_HOST')).toEqual([DEMO.targetHost]);
});

test('a put-back that fails in the post step too fails the post step, naming the variable and what to do', async () => {
  const taskId = newTask();
  harness.emulator.script('UpdateVariable', [null, faults.serverError(500), faults.serverError(500)]);
  const main = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, max_attempts: '1' });
  expect(main.exitCode).toBe(0);
  const post = await run(taskId, { variables: `TARGET_HOST=${PREVIEW}`, max_attempts: '1' }, { state: main.state });
  expect(post.exitCode).toBe(1);
  expect(logOf(post)).toContain(
    `::error::Could not put TARGET_HOST of PerfTest project ${DEMO.perftestProject} back (see the warnings above): do it in the CodeArts PerfTest console.`,
  );
  expect(post.summary).toContain('❌ not put back: ');
  expect(valueOf('TARGET_HOST')).toEqual([PREVIEW]);
});

test('someone deleted the variable during the run: nothing to put back, with a warning', async () => {
  const taskId = newTask();
  harness.emulator.script('ShowTask', [null, null, faults.otherWriterDeletes(DEMO.perftestProject, 'API_TOKEN')]);
  const step = await run(taskId, { variables: 'API_TOKEN=pr-token' });
  expect(step.exitCode).toBe(0);
  expect(logOf(step)).toContain(
    `::warning::Variable API_TOKEN of PerfTest project ${DEMO.perftestProject} no longer exists: someone deleted it during the run.`,
  );
  expect(received('UpdateVariable')).toHaveLength(1);
});
