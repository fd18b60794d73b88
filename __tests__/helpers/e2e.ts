// The bundle against a fresh emulator per test, run as the runner runs it.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO, demoInputs, startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import { runStep, type StepOptions, type StepResult } from '../../emulator/harness/run-step.js';

export const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface Harness {
  readonly emulator: Emulator;
  /** The demo account's inputs against this emulator, with overrides. */
  inputs(overrides?: Record<string, string>): Record<string, string>;
  step(options?: Partial<StepOptions>): Promise<StepResult>;
}

/** Registers beforeEach/afterEach that start and stop an emulator for each test. */
export function useEmulator(options: EmulatorOptions = {}): Harness {
  let emulator: Emulator | undefined;
  beforeEach(async () => {
    emulator = await startEmulator(options);
  });
  afterEach(() => emulator?.stop());
  const harness: Harness = {
    get emulator() {
      return emulator!;
    },
    inputs: (overrides = {}) => ({ ...demoInputs(harness.emulator.url), parallel: 'false', ...overrides }),
    step: (stepOptions = {}) => runStep(BUNDLE, { inputs: harness.inputs(), ...stepOptions }),
  };
  return harness;
}

/** For runStep's onStart: sends SIGTERM once `ready()` holds (checked every 20 ms), `afterMs` later. */
export function cancelWhen(ready: () => boolean, afterMs = 100): (child: ChildProcess) => void {
  return (child) => {
    const poll = setInterval(() => {
      if (!ready()) return;
      clearInterval(poll);
      setTimeout(() => child.kill('SIGTERM'), afterMs);
    }, 20);
    child.once('exit', () => clearInterval(poll));
  };
}

/** The log as the runner shows it: workflow commands carry % as %25 and line breaks as %0A. */
export const logOf = (step: StepResult): string => step.stdout.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

/** A new task of the demo PerfTest project with the demo cases, made in the emulator's state; its id. */
export function demoTaskId(emulator: Emulator, name = 'e2e'): number {
  return emulator.state.createTask({
    name,
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  }).id;
}
