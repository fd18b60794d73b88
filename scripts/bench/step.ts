// One timed run of a program as the runner runs an action step, against the in-process emulator;
// fails loudly unless it exited 0 and the emulator created the task it names.
import { demoInputs, type Emulator } from '../../emulator/index.js';
import { runStep as runAsStep } from '../../emulator/harness/run-step.js';

/** Milliseconds from spawn to exit of `command`: a program, its arguments, the script last. */
export async function runStep(emulator: Emulator, command: readonly string[]): Promise<number> {
  const [node, ...rest] = command;
  const script = rest.pop()!;
  const tasksBefore = emulator.tasks().length;
  const result = await runAsStep(script, {
    node,
    nodeArgs: rest,
    inputs: demoInputs(emulator.url),
  });
  const created = emulator.tasks().slice(tasksBefore);
  const taskId = result.outputs.task_id;
  if (result.exitCode !== 0 || created.length !== 1 || String(created[0].id) !== taskId) {
    throw new Error(
      `${command.join(' ')}: exit code ${result.exitCode}, ${created.length} task(s) created, task_id output ` +
        `${taskId ?? '(none)'}; expected exit 0 and one new task named in the output.\n${result.stdout}${result.stderr}`,
    );
  }
  return result.durationMs;
}
