// Where an action writes its files (results_dir): action.yml's default is
// ${{ runner.temp }}/codearts-perftest, which only the runner evaluates, so an empty input means the
// same here.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from './credentials.js';

export const resultsDirOf = (text: string, env: Env): string => text || join(env.RUNNER_TEMP || tmpdir(), 'codearts-perftest');
