// An entry point run in-process, as the runner would run it: INPUT_*/STATE_* variables, the runner's
// files in a fresh folder, a pull_request event, stdout collected, and signals the test can send.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputs } from '../../emulator/harness/run-step.js';
import { PULL_REQUEST_ENV, PULL_REQUEST_EVENT } from '../../emulator/harness/events.js';
import type { Signals } from '../../src/common/signals.js';
import { createRunner, type Runner } from '../../src/github/runner.js';

export interface InProcess {
  runner: Runner;
  signals: Signals & { cancel(signal: string): void; exitCode?: number };
  /** Whether the step failed (setFailed). */
  failed(): boolean;
  stdout(): string;
  outputs(): Record<string, string>;
  state(): Record<string, string>;
  exported(): Record<string, string>;
  summary(): string;
}

export function inProcess(options: {
  inputs: Record<string, string>;
  state?: Record<string, string>;
  env?: Record<string, string>;
}): InProcess {
  const dir = mkdtempSync(join(tmpdir(), 'in-process-'));
  const file = (name: string, text = '') => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const env: Record<string, string> = {
    ...PULL_REQUEST_ENV,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STATE: file('state'),
    GITHUB_ENV: file('env'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_EVENT_PATH: file('event.json', JSON.stringify(PULL_REQUEST_EVENT)),
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  let out = '';
  let failed = false;
  const runner = createRunner({ env, write: (text) => void (out += text), fail: () => (failed = true) });
  const handlers = new Set<(signal: string) => void>();
  const signals: InProcess['signals'] = {
    onCancel(report) {
      handlers.add(report);
      return () => handlers.delete(report);
    },
    exit(code) {
      signals.exitCode = code;
    },
    cancel: (signal) => handlers.forEach((report) => report(signal)),
  };
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    runner,
    signals,
    failed: () => failed,
    stdout: () => out,
    outputs: () => parseOutputs(read('output')),
    state: () => parseOutputs(read('state')),
    exported: () => parseOutputs(read('env')),
    summary: () => read('summary'),
  };
}
