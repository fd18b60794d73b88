// `npm run demo`: the action's bundle run exactly as the runner runs it, against the emulator.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PULL_REQUEST_ENV, PULL_REQUEST_EVENT } from './events.js';
import { demoInputs, startEmulator } from './index.js';
import { runStep } from './run-step.js';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'index.js');
if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run "npm ci && npm run build" first.`);
  process.exit(1);
}
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const heading = (text: string) => console.log(`\n${bold(`== ${text}`)}`);
const indent = (text: string) => text.replace(/\n+$/, '').replace(/^/gm, '  ');

const requests: string[] = [];
const emulator = await startEmulator({ log: (line) => requests.push(line) });
const inputs = demoInputs(emulator.url);
try {
  heading(`Emulator (CodeArts PerfTest + IAM) on ${emulator.url}`);
  console.log(
    indent(
      `Running ${relative(process.cwd(), bundle)} as the runner would, for pull request #${PULL_REQUEST_EVENT.number} ` +
        `of ${PULL_REQUEST_ENV.GITHUB_REPOSITORY}, with:\n` +
        Object.entries(inputs)
          .map(([name, value]) => `  ${name}: ${name === 'secret_access_key' ? '***' : value}`)
          .join('\n'),
    ),
  );
  const step = await runStep(bundle, { inputs });
  heading('Step log');
  console.log(indent(step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && !l.startsWith('::debug::')).join('\n')));
  if (step.stderr) console.log(indent(step.stderr));
  heading('Outputs');
  console.log(indent(Object.entries(step.outputs).map(([k, v]) => `${k}=${v}`).join('\n') || '(none)'));
  heading('Job summary');
  console.log(indent(step.summary || '(none)'));
  heading('What the emulator received');
  console.log(indent(requests.join('\n')));
  for (const task of emulator.tasks()) {
    console.log(indent(`task ${task.id} "${task.name}" in PerfTest project ${task.project_id}, cases ${task.case_id_list.join(', ')}`));
  }
  console.log(`\n${step.exitCode === 0 ? 'The step succeeded' : `The step failed with exit code ${step.exitCode}`}.`);
  process.exitCode = step.exitCode ?? 1;
} finally {
  await emulator.stop();
}
