// The create action: inputs -> key (given or keyless) -> ids (given or looked up) ->
// CreateNewTask (retried, never duplicated) -> outputs, job summary, exported keys.
import * as core from '@actions/core';
import { cancellationMessage } from './cancellation.js';
import { onCancel } from '../common/signals.js';
import { createTask, type Progress } from '../cpts/create-task.js';
import { distinct, resolveCases, resolveProject } from '../cpts/discovery.js';
import { readRunContext } from '../github/context.js';
import type { CptsClient } from '../cpts/client.js';
import { retrySettings } from '../huawei/retry.js';
import { readInputs } from '../common/inputs.js';
import { CREATE_INPUTS, resolveCreateConfig } from './config.js';
import { renderCreateSummary } from './summary.js';
import { writeSummary } from '../github/job-summary.js';
import { openSession } from '../common/session.js';
import { exportCredentials } from '../common/sign-in.js';
import { defaultTaskName } from './task-name.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The cases of a reused task, with a warning when they differ from the ones asked for. */
async function reusedCases(client: CptsClient, testSuiteId: number, taskId: number, name: string, asked: number[]): Promise<number[]> {
  const actual = await client.listTaskCases(testSuiteId, taskId);
  const key = (ids: number[]) => [...ids].sort((a, b) => a - b).join(', ');
  if (key(actual) !== key(asked)) {
    core.warning(
      `Task ${taskId} "${name}" is reused with its own ${plural(actual.length, 'case')} (${key(actual) || 'none'}), not the ones asked for ` +
        `(${key(asked)}): if_exists: reuse runs the task as it is. Give another name to get a task of these cases.`,
    );
  }
  return actual;
}

export async function run(): Promise<void> {
  try {
    const config = resolveCreateConfig(readInputs(CREATE_INPUTS, process.env), process.env);
    config.warnings.forEach((w) => core.warning(w));
    config.notices.forEach((n) => core.info(n));
    const workflowRun = readRunContext();
    const name = config.name ?? defaultTaskName(workflowRun, new Date());
    const retry = retrySettings(config.maxAttempts, Date.now() + config.timeoutSeconds * 1000, core, 'timeout_seconds');
    const { client, key, iamProjectId } = await openSession(config, retry, { run: workflowRun });
    const project = await resolveProject(client, config.project);
    const cases = distinct(await resolveCases(client, project, config.cases), config.cases, (w) => core.warning(w));
    core.info(`Endpoint ${config.endpoint.origin}, region project ${iamProjectId}.`);

    const progress: Progress = { postSent: false };
    const unhook = onCancel((signal) => {
      core.setFailed(cancellationMessage(signal, progress, name, project));
      process.exit(1);
    });
    const outcome = await createTask(
      client,
      {
        body: {
          name,
          parallel: config.parallel,
          ...(config.enableFullLink === undefined ? {} : { enable_full_link: config.enableFullLink }),
          project_id: project,
          operate_mode: 2,
          case_id_list: cases,
        },
        ifExists: config.ifExists,
        nameIsGenerated: config.name === undefined,
      },
      progress,
    );
    progress.taskId = outcome.taskId;
    unhook();

    // A reused task keeps its own cases: show those, and say when they are not the ones asked for.
    const taskCases = outcome.how === 'reused' ? await reusedCases(client, project, outcome.taskId, name, cases) : cases;
    core.setOutput('task_id', String(outcome.taskId));
    core.setOutput('task_name', name);
    core.setOutput('project', String(project));
    core.info(
      outcome.how === 'reused'
        ? `Reusing existing CodeArts PerfTest task ${outcome.taskId} "${name}" in PerfTest project ${project} (if_exists: reuse).`
        : `Created CodeArts PerfTest task ${outcome.taskId} "${name}" in PerfTest project ${project} ` +
            `with ${plural(cases.length, 'case')}${outcome.requestId ? ` (X-Request-Id ${outcome.requestId})` : ''}.`,
    );
    if (config.exportCredentials) exportCredentials(key, config.region, iamProjectId);
    const summary = renderCreateSummary({
      taskId: outcome.taskId,
      taskName: name,
      how: outcome.how,
      project,
      cases: taskCases,
      region: config.region,
      projectId: iamProjectId,
      endpoint: config.endpoint.origin,
      requestId: outcome.requestId,
    });
    await writeSummary(summary);
    if (config.comment.enabled) {
      const { upsertPrComment } = await import('../github/pr-comment.js');
      await upsertPrComment({ token: config.comment.token, taskId: outcome.taskId, section: 'create', content: summary, log: core });
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
