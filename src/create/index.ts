import { createRunner } from '../github/runner.js';
import { runCreate } from './main.js';

// Not awaited at the top level: top-level await makes the bundle an async module, which costs
// about 2 ms of start-up (docs/benchmarks.md); runCreate reports its own failures.
void runCreate(createRunner());
