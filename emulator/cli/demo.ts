// `npm run demo`: both actions' bundles run exactly as the runner runs them, against the emulator:
// the create step, then the run step with thresholds, as in a pull-request workflow.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../harness/emulator.js';
import { PULL_REQUEST_ENV, PULL_REQUEST_EVENT } from '../harness/events.js';
import { demoInputs, demoRunInputs } from '../harness/fixture.js';
import { runStep, type StepResult } from '../harness/run-step.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
const CREATE = join(dist, 'index.js');
const RUN = join(dist, 'run', 'index.js');
for (const bundle of [CREATE, RUN]) {
  if (!existsSync(bundle)) {
    console.error(`${bundle} is missing: run "npm ci && npm run build" first.`);
    process.exit(1);
  }
}
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const heading = (text: string) => console.log(`\n${bold(`== ${text}`)}`);
const indent = (text: string) => text.replace(/\n+$/, '').replace(/^/gm, '  ');
const shown = (inputs: Record<string, string>) =>
  Object.entries(inputs)
    .map(([name, value]) => `  ${name}: ${name === 'secret_access_key' ? '***' : value.replace(/\n/g, ', ')}`)
    .join('\n');

function report(title: string, bundle: string, inputs: Record<string, string>, step: StepResult): void {
  heading(title);
  console.log(indent(`${relative(process.cwd(), bundle)} with:\n${shown(inputs)}`));
  console.log(indent('\nLog:'));
  console.log(
    indent(
      indent(
        step.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::') && !l.startsWith('::debug::'))
          .join('\n'),
      ),
    ),
  );
  if (step.stderr) console.log(indent(step.stderr));
  console.log(indent('\nOutputs:'));
  console.log(
    indent(
      indent(
        Object.entries(step.outputs)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n') || '(none)',
      ),
    ),
  );
  console.log(indent('\nJob summary:'));
  console.log(indent(indent(step.summary || '(none)')));
}

const requests: string[] = [];
// Demo runs wait 1 s and run 3 s on the emulator, instead of minutes.
const emulator = await startEmulator({ log: (line) => requests.push(line), seed: { run: { waitingSeconds: 1, runningSeconds: 3 } } });
try {
  heading(`Emulator (CodeArts PerfTest + IAM) on ${emulator.url}`);
  console.log(
    indent(
      `A workflow run for pull request #${PULL_REQUEST_EVENT.number} of ${PULL_REQUEST_ENV.GITHUB_REPOSITORY}: create a task, then run it against the pull request's preview and judge it.`,
    ),
  );

  const createInputs = demoInputs(emulator.url);
  const created = await runStep(CREATE, { inputs: createInputs });
  report('Step 1: create the task', CREATE, createInputs, created);

  let ran: StepResult | undefined;
  if (created.exitCode === 0) {
    const runInputs = {
      ...demoRunInputs(emulator.url, created.outputs.task_id),
      thresholds: 'success_rate >= 99.5\navg_response_time <= 300',
      // The pull request's preview deployment, checked by a preflight, put back after the run.
      variables: `TARGET_HOST=pr-${PULL_REQUEST_EVENT.number}.preview.example.com`,
      preflight: 'true',
    };
    ran = await runStep(RUN, { inputs: runInputs });
    report('Step 2: point it at the preview, check it answers, run it and judge the figures', RUN, runInputs, ran);
    await runStep(RUN, { inputs: runInputs, state: ran.state }); // the post step: nothing to stop or put back
  }

  heading('What the emulator received');
  console.log(indent(requests.join('\n')));
  const failed = [created, ran].find((step) => step && step.exitCode !== 0);
  console.log(`\n${failed ? `A step failed with exit code ${failed.exitCode}` : 'Both steps succeeded'}.`);
  process.exitCode = failed ? (failed.exitCode ?? 1) : 0;
} finally {
  await emulator.stop();
}
