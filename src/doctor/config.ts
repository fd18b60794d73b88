// The doctor's settings, validated like the other actions': pure, one clear error per input.
import { resolveConnection, type ServiceAccess } from '../common/connection.js';
import type { Env } from '../common/credentials.js';
import { inputNames } from '../common/input-declarations.js';
import { resultsDirOf } from '../common/results-dir.js';
import { parseId, parseRef } from '../common/validate.js';
import type { Ref } from '../cpts/refs.js';
import { DOCTOR_DECLARATIONS } from './inputs.js';

export const DOCTOR_INPUTS = inputNames(DOCTOR_DECLARATIONS);

export type RawDoctorInputs = Record<(typeof DOCTOR_INPUTS)[number], string>;

export interface DoctorConfig extends ServiceAccess {
  testSuite: Ref | undefined;
  taskId: number | undefined;
  taskRunId: number | undefined;
  resultsDir: string;
}

export function resolveDoctorConfig(raw: RawDoctorInputs, env: Env): DoctorConfig {
  return {
    ...resolveConnection(raw, env),
    testSuite: raw.project === '' ? undefined : parseRef('project', raw.project, 'a CodeArts PerfTest project'),
    taskId: raw.task_id === '' ? undefined : parseId('task_id', raw.task_id, 'a CodeArts PerfTest task id'),
    taskRunId: raw.task_run_id === '' ? undefined : parseId('task_run_id', raw.task_run_id, 'a CodeArts PerfTest task run id'),
    resultsDir: resultsDirOf(raw.results_dir, env),
  };
}
