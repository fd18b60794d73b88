import { createRunner } from '../github/runner.js';
import { runMain } from './main.js';
import { runPost } from './post.js';
import { STATE } from './state.js';

// One bundle for both steps: the main step leaves a mark in the state that the post step reads.
// Not awaited at the top level (see src/create/index.ts); each step reports its own failures.
const runner = createRunner();
if (runner.getState(STATE.isPost) === 'true') {
  void runPost(runner);
} else {
  runner.saveState(STATE.isPost, 'true');
  void runMain(runner);
}
