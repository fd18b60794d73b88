// The create action: inputs -> credentials -> CreateNewTask -> outputs and job summary.
import * as core from '@actions/core';
import { CptsClient } from './cpts/client.js';
import { readCreateInputs } from './inputs.js';
import { renderCreateSummary } from './report/summary.js';
import { readRunContext } from './github-context.js';
import { defaultTaskName } from './task-name.js';
import { USER_AGENT } from './version.js';

export async function run(): Promise<void> {
  try {
    const config = readCreateInputs();
    config.warnings.forEach((w) => core.warning(w));
    const name =
      config.name ??
      defaultTaskName(readRunContext(), new Date());
    core.info(`Using credentials from ${config.credentials.source}; endpoint ${config.endpoint.origin}.`);
    const client = new CptsClient(config.endpoint, config.credentials.key, config.projectId, {
      userAgent: USER_AGENT,
      log: core,
    });
    const created = await client.createNewTask({
      name,
      parallel: config.parallel,
      ...(config.enableFullLink === undefined ? {} : { enable_full_link: config.enableFullLink }),
      project_id: config.project,
      operate_mode: 2,
      case_id_list: config.cases,
    });
    core.setOutput('task_id', String(created.task_id));
    core.setOutput('task_name', name);
    core.info(
      `Created CodeArts PerfTest task ${created.task_id} "${name}" in PerfTest project ${config.project} ` +
        `with ${plural(config.cases.length, 'case')} (X-Request-Id ${created.requestId ?? 'none'}).`,
    );
    if (!process.env.GITHUB_STEP_SUMMARY) return core.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
    await core.summary
      .addRaw(
        renderCreateSummary({
          taskId: created.task_id,
          taskName: name,
          project: config.project,
          cases: config.cases,
          region: config.region,
          endpoint: config.endpoint.origin,
          requestId: created.requestId,
        }),
      )
      .write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
