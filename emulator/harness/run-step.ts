// Runs a bundled action the way the GitHub runner does: a child process with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and an event payload. Used by the demo, the
// end-to-end tests and the benchmarks.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PULL_REQUEST_ENV, PULL_REQUEST_EVENT } from './events.js';

/** The Node binary to run bundles with: E2E_NODE (e.g. Node 24 in CI), else this one. */
export const NODE = process.env.E2E_NODE || process.execPath;

export function nodeVersion(node = NODE): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

export interface StepResult {
  exitCode: number | null;
  /** From spawn to exit: what the job waits for. */
  durationMs: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step exported to later steps (GITHUB_ENV). */
  exported: Record<string, string>;
  /** What the step saved for its post step (GITHUB_STATE). */
  state: Record<string, string>;
  summary: string;
}

export interface StepOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Event payload written to GITHUB_EVENT_PATH; default the pull_request event. */
  event?: unknown;
  /** Default pull_request. */
  eventName?: string;
  /** The Node binary; default NODE. */
  node?: string;
  /** Arguments before the script (for a wrapper such as /usr/bin/time, whose last one is Node). */
  nodeArgs?: string[];
  /** State saved by the main step, handed to a post step as STATE_* variables. */
  state?: Record<string, string>;
  /** Called once the process is started, e.g. to signal it. */
  onStart?: (child: ChildProcess) => void;
}

export async function runStep(script: string, options: StepOptions): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'step-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  const envFile = join(dir, 'env');
  const stateFile = join(dir, 'state');
  writeFileSync(envFile, '');
  writeFileSync(stateFile, '');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? PULL_REQUEST_EVENT));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_STATE: stateFile,
    GITHUB_EVENT_PATH: eventFile,
    ...PULL_REQUEST_ENV,
    ...(options.eventName ? { GITHUB_EVENT_NAME: options.eventName } : {}),
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const started = performance.now();
  const child = spawn(options.node ?? NODE, [...(options.nodeArgs ?? []), script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let durationMs = 0;
  child.once('exit', () => (durationMs = performance.now() - started));
  options.onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const result = {
    exitCode,
    durationMs,
    stdout,
    stderr,
    outputs: existsSync(outputFile) ? parseOutputs(readFileSync(outputFile, 'utf8')) : {},
    exported: parseOutputs(readFileSync(envFile, 'utf8')),
    state: parseOutputs(readFileSync(stateFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Parses GITHUB_OUTPUT (or GITHUB_ENV) as the runner does: `name<<delimiter` blocks (core.setOutput) and `name=value` lines. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Output with the runner's `::add-mask::` commands removed: those are how secrets get masked. */
export function visibleOutput(result: StepResult): string {
  return (result.stdout + result.stderr)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
