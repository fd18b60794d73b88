import { createRunner } from '../github/runner.js';
import { runDoctor } from './main.js';

// Not awaited at the top level (see src/create/index.ts); runDoctor reports its own failures.
void runDoctor(createRunner());
