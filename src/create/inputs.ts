// The create action's inputs (action.yml), declared once; see src/common/input-declarations.ts.
import { COMMENT_DECLARATIONS, CONNECTION_DECLARATIONS, type OwnInputDeclaration } from '../common/input-declarations.js';

const CREATE_ONLY = {
  project: {
    description: "CodeArts PerfTest project (test suite), by id (an integer, sent as the body's project_id) or by name (looked up).",
    required: true,
  },
  cases: {
    description:
      'Test cases, by id or by name, separated by commas and/or newlines (ids also by spaces). Names are looked up in the ' +
      'PerfTest project. Duplicates are dropped with a warning.',
    required: true,
  },
  name: {
    description:
      'Task name, 1 to 42 characters counted in UTF-16 code units (an emoji counts 2), without control or invisible ' +
      'formatting characters (bidi overrides, zero-width). Default: <repo>-pr<number>-<run_id>-<run_attempt>-<job> on pull ' +
      'requests, <repo>-<short sha>-<run_id>-<run_attempt>-<job> otherwise.',
  },
  parallel: {
    description: "Run the task's cases in parallel (true or false).",
    default: false,
  },
  enable_full_link: {
    description: 'Full-link pressure test (true or false). Left out of the request when empty.',
  },
  export_credentials: {
    description: 'After keyless sign-in, export the temporary keys to later steps as HUAWEI_CLOUD_* variables (masked).',
    default: false,
  },
  if_exists: {
    description:
      'What to do when a task of the same name exists in the PerfTest project: create (another task, the default), ' +
      'reuse (use the existing task, no new one; for re-runs), or fail.',
    default: 'create',
  },
  timeout_seconds: {
    description: "Bound in seconds on all of the step's network work, retries and waits included; 10 to 3600.",
    default: 120,
  },
} as const satisfies Record<string, OwnInputDeclaration>;

export const CREATE_DECLARATIONS = { ...CREATE_ONLY, ...CONNECTION_DECLARATIONS, ...COMMENT_DECLARATIONS };
