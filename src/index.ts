import { run } from './create.js';

await run();
