// What the doctor leaves: the job summary (every check with what to do, the answers that did not fit
// the contract, the permissions it could not check) and doctor.json, the file a user attaches to an
// issue: answers reduced to their shapes, checks reduced to their facts, no id, name, URL or secret.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deviation } from '../cpts/contract-fit.js';
import { escaped, visible } from '../common/markdown.js';
import { VERSION } from '../common/version.js';
import { MARK, WRITE_PERMISSIONS, type Check, type DoctorStatus } from './checks.js';

/**
 * Where docs/troubleshooting.md is: in the action's own repository at the ref the workflow uses
 * (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF), or as a relative path when the runner names none.
 */
export function troubleshootingUrl(env: Record<string, string | undefined>): string {
  const repository = env.GITHUB_ACTION_REPOSITORY;
  if (!repository) return 'docs/troubleshooting.md';
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}/blob/${env.GITHUB_ACTION_REF || 'main'}/docs/troubleshooting.md`;
}

const TITLE: Record<DoctorStatus, string> = { ok: 'ok ✅', warnings: 'ok, with warnings ⚠️', failed: 'found problems ❌' };

/** Table cell text: one line, no pipes or markup that would break the row. */
const cell = (text: string): string => escaped(visible(text));

export function renderDoctorSummary(
  status: DoctorStatus,
  checks: Check[],
  deviations: Deviation[],
  reportFile: string | undefined,
  help: string,
): string {
  const lines = [`### CodeArts PerfTest doctor: ${TITLE[status]}`, '', 'Read-only: nothing was created, started, changed or deleted.', ''];
  lines.push('| | Check | Found | What to do |', '|---|---|---|---|');
  for (const c of checks) {
    const todo = c.advice ? `${cell(c.advice)}${c.anchor ? ` ([how](${help}#${c.anchor}))` : ''}` : '';
    lines.push(`| ${MARK[c.outcome]} | ${cell(c.title)} | ${cell(c.detail)} | ${todo} |`);
  }
  lines.push('');
  if (deviations.length > 0) {
    lines.push(
      `#### Answers that do not fit the API contract (${deviations.length})`,
      '',
      "The actions went on regardless; each is a difference between the live service and Huawei's published definitions. " +
        'Attach doctor.json to an issue so that the contract notes and the emulator can follow the service.',
      '',
      '| Operation | Field | Problem |',
      '|---|---|---|',
      ...deviations.slice(0, 100).map((d) => `| ${d.operation} | \`${d.path || '(the answer)'}\` | ${cell(d.problem)} |`),
      '',
    );
  }
  lines.push(
    'Not checked, since checking them would mean writing:',
    '',
    ...WRITE_PERMISSIONS.map(([action, usedFor]) => `- \`${action}\`: ${usedFor}`),
    '',
  );
  if (reportFile)
    lines.push(`\`doctor.json\` (shapes of the answers, no ids, names or secrets: safe to attach to an issue): \`${reportFile}\``, '');
  return lines.join('\n');
}

export interface DoctorFile {
  schema: 1;
  tool: string;
  version: string;
  status: DoctorStatus;
  site: { region: string | null; endpoint: 'default' | 'custom'; auth: string };
  checks: ({ id: string; outcome: Check['outcome'] } & Record<string, string | number | boolean>)[];
  deviations: Deviation[];
  /** By operation: how many answers were seen, and the first one's shape. */
  samples: Record<string, { answers: number; shape: unknown }>;
}

export function doctorFile(
  status: DoctorStatus,
  checks: Check[],
  deviations: Deviation[],
  samples: DoctorFile['samples'],
  site: DoctorFile['site'],
): DoctorFile {
  return {
    schema: 1,
    tool: 'codearts-perftest-action doctor',
    version: VERSION,
    status,
    site,
    checks: checks.map((c) => ({ id: c.id, outcome: c.outcome, ...c.facts })),
    deviations,
    samples,
  };
}

/** Writes doctor.json into `dir`; its path. */
export function writeDoctorFile(dir: string, file: DoctorFile): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'doctor.json');
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n', 'utf8');
  return path;
}
