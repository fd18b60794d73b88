// The shared last step of both actions, in-process: the job summary always, and the same markdown in
// the pull request's comment (the emulator's GitHub stand-in) only when asked for.
import { DEMO, startEmulator, type Emulator } from '../../emulator/index.js';
import { publish } from '../../src/common/publish.js';
import { inProcess } from '../helpers/runner.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.stop());

const step = () => inProcess({ inputs: {}, env: { GITHUB_API_URL: emulator.url, GITHUB_WORKFLOW: 'load test' } });
const comments = () => [...emulator.state.comments.values()];

test('without comment_on_pr: the summary only, and no request to GitHub', async () => {
  const s = step();
  await publish(s.runner, { enabled: false, token: DEMO.githubToken }, 7, 'create', '### Title\n');
  expect(s.summary()).toBe('### Title\n');
  expect(emulator.received).toHaveLength(0);
});

test('with comment_on_pr: the same markdown in the comment of pull request 42, in its section', async () => {
  const s = step();
  await publish(s.runner, { enabled: true, token: DEMO.githubToken }, 7, 'run', '### Run passed\n');
  expect(s.summary()).toBe('### Run passed\n');
  expect(comments()).toHaveLength(1);
  expect(comments()[0].body).toContain('<!-- section:run -->\n### Run passed\n<!-- /section:run -->');
  expect(s.stdout()).toContain('Commented on pull request #42.');
});
