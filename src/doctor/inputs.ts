// The doctor action's inputs (doctor/action.yml), declared once; see src/common/input-declarations.ts.
// The connection inputs are the other actions' own, with the same environment fallbacks.
import { CONNECTION_DECLARATIONS, type OwnInputDeclaration } from '../common/input-declarations.js';

const DOCTOR_ONLY = {
  project: {
    description: 'A PerfTest project (test suite) to check, by id or by name: that it is visible, and its cases. Optional.',
  },
  task_id: {
    description: 'An existing task to check: that it exists, its PerfTest project, cases and latest run. Optional.',
  },
  task_run_id: {
    description: 'A finished run to check: that its report can be read. Optional.',
  },
  results_dir: {
    description: 'Where doctor.json is written.',
    default: '${{ runner.temp }}/codearts-perftest',
  },
} as const satisfies Record<string, OwnInputDeclaration>;

export const DOCTOR_DECLARATIONS = { ...DOCTOR_ONLY, ...CONNECTION_DECLARATIONS };
