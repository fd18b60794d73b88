// The GitHub runner's side of a step, by its documented protocol: inputs and saved state arrive as
// INPUT_* and STATE_* variables; outputs, state and exported variables go to the files it names
// (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV) as `name<<delimiter` blocks; the job summary is appended
// to GITHUB_STEP_SUMMARY; log lines and masks are workflow commands on stdout.
// Hand-written rather than @actions/core: that package's one entry point also loads @actions/exec,
// @actions/io and @actions/http-client (child_process, os, tls, assert) on every start, for the ID
// token and platform details; the create action needs none of it. The ID token, which keyless
// sign-in alone needs, still comes from @actions/core, loaded on first use.
// __tests__/github/runner.test.ts checks every write against @actions/core's own.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { Env } from './context.js';

/** What a step does through its runner; the entry points take it as a parameter, so tests run them in-process. */
export interface Runner {
  readonly env: Env;
  /** The input's text, trimmed unless `trim` is false; empty when not given. */
  getInput(name: string, trim?: boolean): string;
  setOutput(name: string, value: string): void;
  /** Kept for the post step of the same action, which reads it with getState. */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  /** Sets a variable for the later steps of the job. */
  exportVariable(name: string, value: string): void;
  /** From now on the runner shows `secret` as *** in the log. */
  setSecret(secret: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** A notice: shown in the log and among the run's annotations, for things worth a look that are not warnings. */
  notice(message: string): void;
  error(message: string): void;
  /** Logs the message as an error and makes the step fail. */
  setFailed(message: string): void;
  /** Appends markdown to the job summary; a debug line when the runner gives none. */
  appendSummary(markdown: string): void;
  /** The workflow's OpenID Connect ID token for `audience`. */
  getIdToken(audience: string): Promise<string>;
}

export interface RunnerOptions {
  env?: Env;
  /** Where log lines and workflow commands go (stdout). */
  write?: (text: string) => void;
  /** Marks the step failed (process.exitCode = 1). */
  fail?: () => void;
}

const EOL = '\n';
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `name<<delimiter` block of the file commands; the delimiter is random so a value cannot end it. */
function keyValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: the value contains ${delimiter}.`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function createRunner(options: RunnerOptions = {}): Runner {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const command = (name: string, message: string, properties: Record<string, string> = {}): void => {
    const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`);
    write(`::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
  };
  /** To the file the runner names in `fileVariable`, or as the older stdout command where it names none. */
  const fileCommand = (fileVariable: string, legacy: string, name: string, value: string): void => {
    const file = env[fileVariable];
    if (file) appendFileSync(file, keyValue(name, value), 'utf8');
    else {
      if (legacy === 'set-output') write(EOL); // as @actions/core does, for this command only
      command(legacy, value, { name });
    }
  };
  const runner: Runner = {
    env,
    getInput: (name, trim = true) => {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
      return trim ? value.trim() : value;
    },
    setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
    saveState: (name, value) => fileCommand('GITHUB_STATE', 'save-state', name, value),
    getState: (name) => env[`STATE_${name}`] ?? '',
    exportVariable: (name, value) => {
      // Later code of this step sees it too, as with @actions/core.
      if (env === process.env) process.env[name] = value;
      fileCommand('GITHUB_ENV', 'set-env', name, value);
    },
    setSecret: (secret) => command('add-mask', secret),
    debug: (message) => command('debug', message),
    info: (message) => write(message + EOL),
    warning: (message) => command('warning', message),
    notice: (message) => command('notice', message),
    error: (message) => command('error', message),
    setFailed: (message) => {
      (options.fail ?? (() => (process.exitCode = 1)))();
      runner.error(message);
    },
    appendSummary: (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) return runner.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
      appendFileSync(file, markdown, 'utf8');
    },
    getIdToken: async (audience) => (await import('@actions/core')).getIDToken(audience),
  };
  return runner;
}
