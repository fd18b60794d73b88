// The one place that reads the actions' inputs. Secrets are masked the moment they are read.
import * as core from '@actions/core';
import { CREATE_INPUTS, resolveCreateConfig, type CreateConfig, type RawCreateInputs } from './config.js';
import { SECRET_ENV_NAMES, type Env } from './huawei/credentials.js';
import { RUN_INPUTS, resolveRunConfig, type RawRunInputs, type RunConfig } from './run/config.js';

const SECRET_INPUTS = new Set<string>(['secret_access_key', 'security_token', 'github_token']);

function readRaw<N extends string>(names: readonly N[], env: Env): Record<N, string> {
  const raw = {} as Record<N, string>;
  for (const name of names) {
    // `name` keeps its blanks so that a blank name is an error rather than silently generated.
    const value = core.getInput(name, { trimWhitespace: name !== 'name' });
    if (SECRET_INPUTS.has(name)) mask(value);
    raw[name] = value;
  }
  for (const name of SECRET_ENV_NAMES) mask(env[name]);
  return raw;
}

export function readCreateInputs(env: Env = process.env): CreateConfig {
  return resolveCreateConfig(readRaw(CREATE_INPUTS, env) as RawCreateInputs, env);
}

export function readRunInputs(env: Env = process.env): RunConfig {
  return resolveRunConfig(readRaw(RUN_INPUTS, env) as RawRunInputs, env);
}

function mask(value: string | undefined): void {
  const secret = value?.trim();
  if (secret) core.setSecret(secret);
}
