import { createRunner } from '../github/runner.js';
import { runMain } from './main.js';
import { runPost } from './post.js';
import { STATE } from './state.js';

// One bundle for both steps: the main step leaves a mark in the state that the post step reads.
const runner = createRunner();
if (runner.getState(STATE.isPost) === 'true') {
  await runPost(runner);
} else {
  runner.saveState(STATE.isPost, 'true');
  await runMain(runner);
}
