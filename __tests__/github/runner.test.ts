// The hand-written runner protocol against @actions/core's own: the same calls must leave the same
// bytes in the runner's files and on stdout (random delimiters aside).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { jest } from '@jest/globals';
import { createRunner, type Runner } from '../../src/github/runner.js';

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'] as const;
type Files = Record<(typeof FILES)[number], string>;

function files(): Files {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  return Object.fromEntries(
    FILES.map((name) => {
      const path = join(dir, name);
      writeFileSync(path, '');
      return [name, path];
    }),
  ) as Files;
}

const read = (f: Files) =>
  Object.fromEntries(FILES.map((name) => [name, readFileSync(f[name], 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')]));

/** What a step does, in both vocabularies. */
interface Step {
  name: string;
  ours: (runner: Runner) => void | Promise<void>;
  theirs: () => void | Promise<void>;
}

const tricky = 'line one\nline two: 100%, done\r\n::stop-commands::x';
const STEPS: Step[] = [
  { name: 'setOutput', ours: (r) => r.setOutput('task_id', '42'), theirs: () => core.setOutput('task_id', '42') },
  { name: 'setOutput, multi-line', ours: (r) => r.setOutput('summary', tricky), theirs: () => core.setOutput('summary', tricky) },
  { name: 'saveState', ours: (r) => r.saveState('runs_before', '1,2'), theirs: () => core.saveState('runs_before', '1,2') },
  {
    name: 'exportVariable',
    ours: (r) => r.exportVariable('RUNNER_TEST_VAR', tricky),
    theirs: () => core.exportVariable('RUNNER_TEST_VAR', tricky),
  },
  { name: 'setSecret', ours: (r) => r.setSecret('s3cr%t\nx'), theirs: () => core.setSecret('s3cr%t\nx') },
  { name: 'debug', ours: (r) => r.debug(tricky), theirs: () => core.debug(tricky) },
  { name: 'info', ours: (r) => r.info(tricky), theirs: () => core.info(tricky) },
  { name: 'warning', ours: (r) => r.warning(tricky), theirs: () => core.warning(tricky) },
  { name: 'notice', ours: (r) => r.notice(tricky), theirs: () => core.notice(tricky) },
  { name: 'error', ours: (r) => r.error(tricky), theirs: () => core.error(tricky) },
  { name: 'setFailed', ours: (r) => r.setFailed(tricky), theirs: () => core.setFailed(tricky) },
  {
    name: 'job summary',
    ours: (r) => r.appendSummary('### Title\n\n| a | b |\n'),
    theirs: async () => void (await core.summary.addRaw('### Title\n\n| a | b |\n').write()),
  },
];

async function capture(run: () => void | Promise<void>): Promise<string> {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const saved = { ...process.env };
afterEach(() => {
  for (const name of [...FILES, 'RUNNER_TEST_VAR']) delete process.env[name];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

describe.each([true, false])('with the runner files given: %s', (given) => {
  test.each(STEPS.map((s) => [s.name, s] as const))('%s writes what @actions/core writes', async (_name, step) => {
    const mine = files();
    let failed = false;
    const runner = createRunner({ env: given ? mine : {}, write: (text) => void process.stdout.write(text), fail: () => (failed = true) });
    const ourOut = await capture(() => step.ours(runner));

    const theirs = files();
    if (given) Object.assign(process.env, theirs);
    // @actions/core's summary throws without a file, where ours writes a debug line: compare only with files.
    if (!given && step.name === 'job summary') return expect(ourOut).toBe('::debug::GITHUB_STEP_SUMMARY is not set: no job summary.\n');
    const theirOut = await capture(step.theirs);

    expect(ourOut).toBe(theirOut);
    expect(read(mine)).toEqual(read(theirs));
    expect(failed).toBe(step.name === 'setFailed');
  });
});

test('inputs and state are read as @actions/core reads them', () => {
  const env = { INPUT_TASK_ID: '  42 \n', INPUT_MY_INPUT: 'x', STATE_waiting: 'true' };
  Object.assign(process.env, env);
  const runner = createRunner({ env });
  expect(runner.getInput('task_id')).toBe(core.getInput('task_id'));
  expect(runner.getInput('task_id', false)).toBe(core.getInput('task_id', { trimWhitespace: false }));
  expect(runner.getInput('my input')).toBe(core.getInput('my input'));
  expect(runner.getInput('absent')).toBe(core.getInput('absent'));
  expect(runner.getState('waiting')).toBe(core.getState('waiting'));
  expect(runner.getState('absent')).toBe('');
  for (const name of Object.keys(env)) delete process.env[name];
});
