import { createRunner } from '../github/runner.js';
import { runCreate } from './main.js';

await runCreate(createRunner());
