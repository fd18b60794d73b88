import * as core from '@actions/core';
import { main } from './main.js';
import { post } from './post.js';
import { STATE } from './state.js';

// One bundle for both steps: the main step leaves a mark in the state that the post step reads.
if (core.getState(STATE.isPost) === 'true') {
  await post();
} else {
  core.saveState(STATE.isPost, 'true');
  await main();
}
