// The create action: inputs -> credentials -> CreateNewTask (retried, never duplicated) -> outputs
// and job summary.
import * as core from '@actions/core';
import { onCancel, cancellationMessage } from './cancellation.js';
import { CptsClient } from './cpts/client.js';
import { createTask, type Progress } from './cpts/create-task.js';
import { readRunContext } from './github-context.js';
import { BACKOFF, realTiming } from './huawei/retry.js';
import { readCreateInputs } from './inputs.js';
import { renderCreateSummary } from './report/summary.js';
import { defaultTaskName } from './task-name.js';
import { USER_AGENT } from './version.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function run(): Promise<void> {
  try {
    const config = readCreateInputs();
    config.warnings.forEach((w) => core.warning(w));
    const name = config.name ?? defaultTaskName(readRunContext(), new Date());
    core.info(`Using credentials from ${config.credentials.source}; endpoint ${config.endpoint.origin}.`);

    const progress: Progress = { postSent: false };
    const unhook = onCancel((signal) => {
      core.setFailed(cancellationMessage(signal, progress, name, config.project));
      process.exit(1);
    });
    const client = new CptsClient(config.endpoint, config.credentials.key, config.projectId, { userAgent: USER_AGENT, log: core });
    const outcome = await createTask(
      client,
      {
        body: {
          name,
          parallel: config.parallel,
          ...(config.enableFullLink === undefined ? {} : { enable_full_link: config.enableFullLink }),
          project_id: config.project,
          operate_mode: 2,
          case_id_list: config.cases,
        },
        ifExists: config.ifExists,
        nameIsGenerated: config.name === undefined,
      },
      {
        policy: { ...BACKOFF, maxAttempts: config.maxAttempts, deadline: realTiming.now() + config.timeoutSeconds * 1000 },
        timing: realTiming,
        log: core,
      },
      progress,
    );
    progress.taskId = outcome.taskId;
    unhook();

    core.setOutput('task_id', String(outcome.taskId));
    core.setOutput('task_name', name);
    const verb = { created: 'Created', adopted: 'Created', reused: 'Reusing existing' }[outcome.how];
    core.info(
      `${verb} CodeArts PerfTest task ${outcome.taskId} "${name}" in PerfTest project ${config.project} ` +
        `with ${plural(config.cases.length, 'case')}${outcome.requestId ? ` (X-Request-Id ${outcome.requestId})` : ''}.`,
    );
    if (!process.env.GITHUB_STEP_SUMMARY) return core.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
    await core.summary
      .addRaw(
        renderCreateSummary({
          taskId: outcome.taskId,
          taskName: name,
          how: outcome.how,
          project: config.project,
          cases: config.cases,
          region: config.region,
          endpoint: config.endpoint.origin,
          requestId: outcome.requestId,
        }),
      )
      .write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
