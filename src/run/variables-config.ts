// The settings of the PR's own environment: which global variables of the PerfTest project to set
// for the run (variables), whether to create missing ones, whether their values are secrets, and
// whether to debug the cases before the start (preflight). Pure, like the rest of the settings.
import { InputError, quote } from '../common/errors.js';
import { parseBoolean } from '../common/validate.js';
import { RUN_DECLARATIONS } from './inputs.js';

/** One `NAME=value` of the variables input. */
export interface VariableSetting {
  name: string;
  value: string;
}

export interface EnvironmentConfig {
  variables: VariableSetting[];
  createVariables: boolean;
  /** The values are secrets: masked in the log, *** in everything written. */
  maskVariables: boolean;
  preflight: boolean;
}

type EnvironmentInputs = Record<'variables' | 'create_variables' | 'mask_variables' | 'preflight' | 'wait', string>;

export function resolveEnvironmentConfig(raw: EnvironmentInputs, wait: boolean): EnvironmentConfig {
  // Read first: how the variables input may be quoted in its own errors depends on it.
  const maskVariables = parseBoolean('mask_variables', raw.mask_variables, RUN_DECLARATIONS.mask_variables.default);
  const variables = parseVariables('variables', raw.variables, maskVariables);
  if (variables.length > 0 && !wait) {
    throw new InputError(
      'variables',
      'Input "variables" needs wait: true: the values are put back when the run ends, and with wait: false this job does not ' +
        'see it end. Set wait to true, or leave variables out.',
    );
  }
  return {
    variables,
    createVariables: parseBoolean('create_variables', raw.create_variables, RUN_DECLARATIONS.create_variables.default),
    maskVariables,
    preflight: parseBoolean('preflight', raw.preflight, RUN_DECLARATIONS.preflight.default),
  };
}

/** Blanks, `=`, `,`, `$`, braces, quotes and control characters cannot be part of a name written as `${NAME}`. */
const NAME = /^[^\s=,${}"'\p{Cc}]+$/u;
const MAX_VARIABLES = 50;

/**
 * `NAME=value` entries: one per line when the text has several lines (a value may then hold commas),
 * else separated by commas. The value is everything after the first `=`, trimmed. Values are never
 * quoted in an error when they are secrets.
 */
export function parseVariables(input: string, text: string, secret: boolean): VariableSetting[] {
  const entries = (text.includes('\n') ? text.split('\n') : text.split(',')).map((entry) => entry.trim()).filter((entry) => entry !== '');
  const shown = (entry: string) => (secret ? '(not shown: mask_variables is true)' : quote(entry));
  const settings: VariableSetting[] = [];
  for (const [i, entry] of entries.entries()) {
    const at = entry.indexOf('=');
    const where = `entry ${i + 1} of ${entries.length}`;
    if (at < 0) {
      throw new InputError(
        input,
        `Input "${input}" must give NAME=value entries, one per line or separated by commas; ${where} has no "=": ${shown(entry)}.`,
      );
    }
    const name = entry.slice(0, at).trim();
    const value = entry.slice(at + 1).trim();
    if (!NAME.test(name)) {
      throw new InputError(
        input,
        `Input "${input}": ${where} must start with a variable name (no blanks, quotes, "=", ",", "$" or braces) before its "="; got ${quote(name)}.`,
      );
    }
    if (value === '') {
      throw new InputError(
        input,
        `Input "${input}" gives ${name} an empty value: is the expression behind it empty (did the step that gives it run)? ` +
          'A variable is set to one value; give it one, or leave the entry out.',
      );
    }
    if (settings.some((s) => s.name === name)) {
      throw new InputError(input, `Input "${input}" names ${name} twice: give each variable once.`);
    }
    settings.push({ name, value });
  }
  if (settings.length > MAX_VARIABLES) {
    throw new InputError(input, `Input "${input}" names ${settings.length} variables; at most ${MAX_VARIABLES} can be set for a run.`);
  }
  return settings;
}
