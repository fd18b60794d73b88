// The doctor action, step by step: settings -> every check (probe.ts), the answers kept -> the
// contract fit and the answers' shapes -> log, job summary, doctor.json and outputs. Read-only
// whatever the inputs; it fails the step only when a check failed.
import { ContractWatch } from '../common/contract-watch.js';
import { InputError, errorMessage } from '../common/errors.js';
import { readInputs } from '../common/inputs.js';
import { checkAnswer, type Deviation } from '../cpts/contract-fit.js';
import type { Runner } from '../github/runner.js';
import { statusOf, type Check } from './checks.js';
import { resultsDirOf } from '../common/results-dir.js';
import { DOCTOR_INPUTS, resolveDoctorConfig, type DoctorConfig } from './config.js';
import { examine } from './probe.js';
import { doctorFile, renderDoctorSummary, troubleshootingUrl, writeDoctorFile, type DoctorFile } from './report.js';

export async function runDoctor(runner: Runner): Promise<void> {
  let config: DoctorConfig;
  try {
    config = resolveDoctorConfig(readInputs(runner, DOCTOR_INPUTS), runner.env);
  } catch (error) {
    // A bad input is a failed check of the settings: nothing was sent.
    const input = error instanceof InputError ? error.input : undefined;
    const check: Check = {
      id: 'settings',
      title: 'Settings',
      outcome: 'fail',
      detail: errorMessage(error),
      advice: 'Fix the input named; nothing was sent.',
      anchor: 'input-errors',
      facts: input ? { input } : {},
    };
    runner.error(`❌ Settings: ${check.detail}`);
    return finish(
      runner,
      [check],
      [],
      {},
      { region: null, endpoint: 'default', auth: 'unknown' },
      resultsDirOf(runner.getInput('results_dir'), runner.env),
    );
  }
  config.notices.forEach((n) => runner.info(n));
  // Every answer, not the first few: the doctor reports each operation's shape and fit.
  const watch = new ContractWatch(checkAnswer, Number.POSITIVE_INFINITY);
  const checks = await examine(runner, config, watch);
  const deviations = watch.deviations();
  checks.push(contractCheck(watch, deviations));
  const site: DoctorFile['site'] = {
    region: config.region ?? null,
    endpoint: config.endpoint.host.endsWith('.myhuaweicloud.com') ? 'default' : 'custom',
    auth: config.auth.kind === 'oidc' ? 'keyless' : config.auth.credentials.key.securityToken ? 'temporary keys' : 'keys',
  };
  await finish(runner, checks, deviations, await samplesOf(watch), site, config.resultsDir);
}

function contractCheck(watch: ContractWatch, deviations: Deviation[]): Check {
  const answers = [...watch.answers.values()].reduce((n, list) => n + list.length, 0);
  const operations = watch.answers.size;
  const base = { id: 'contract-fit', title: 'Contract fit', anchor: 'doctor-contract-fit' };
  if (deviations.length === 0) {
    return {
      ...base,
      outcome: 'ok',
      detail: `${answers} answers of ${operations} operations fit the API contract.`,
      facts: { answers, operations },
    };
  }
  const affected = [...new Set(deviations.map((d) => d.operation))];
  return {
    ...base,
    outcome: 'warn',
    detail: `${deviations.length} fields in the answers of ${affected.join(', ')} do not fit the API contract (listed below).`,
    advice: 'Nothing to fix on your side: attach doctor.json to an issue so that the actions can follow the service.',
    facts: { answers, operations, deviations: deviations.length },
  };
}

/** Each operation's first answer as a shape (ids, names, URLs, tokens and free text replaced). */
async function samplesOf(watch: ContractWatch): Promise<DoctorFile['samples']> {
  const { shapeOf } = await import('../cpts/answer-shape.js');
  const samples: DoctorFile['samples'] = {};
  for (const [operation, answers] of [...watch.answers].sort(([a], [b]) => a.localeCompare(b))) {
    samples[operation] = { answers: answers.length, shape: shapeOf(answers[0]) };
  }
  return samples;
}

async function finish(
  runner: Runner,
  checks: Check[],
  deviations: Deviation[],
  samples: DoctorFile['samples'],
  site: DoctorFile['site'],
  resultsDir: string | undefined,
): Promise<void> {
  const status = statusOf(checks);
  runner.setOutput('status', status);
  let reportFile: string | undefined;
  if (resultsDir) {
    try {
      reportFile = writeDoctorFile(resultsDir, doctorFile(status, checks, deviations, samples, site));
      runner.setOutput('report_file', reportFile);
    } catch (error) {
      runner.warning(`Could not write doctor.json to ${resultsDir}: ${errorMessage(error)}`);
    }
  }
  runner.appendSummary(renderDoctorSummary(status, checks, deviations, reportFile, troubleshootingUrl(runner.env)) + '\n');
  const failed = checks.filter((c) => c.outcome === 'fail');
  if (failed.length > 0) {
    runner.setFailed(
      `The doctor found ${failed.length} problem${failed.length === 1 ? '' : 's'}: ${failed.map((c) => c.title).join(', ')}. The job summary says what to do.`,
    );
  } else {
    runner.info(`Doctor: ${status === 'ok' ? 'everything checked is in order' : 'in order, with warnings (see above)'}.`);
  }
}
