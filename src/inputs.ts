// The one place that reads the action's inputs. Secrets are masked the moment they are read.
import * as core from '@actions/core';
import { CREATE_INPUTS, resolveCreateConfig, type CreateConfig, type RawCreateInputs } from './config.js';
import { SECRET_ENV_NAMES, type Env } from './huawei/credentials.js';

const SECRET_INPUTS = new Set<string>(['secret_access_key', 'security_token']);

export function readCreateInputs(env: Env = process.env): CreateConfig {
  const raw = {} as RawCreateInputs;
  for (const name of CREATE_INPUTS) {
    // `name` keeps its blanks so that a blank name is an error rather than silently generated.
    const value = core.getInput(name, { trimWhitespace: name !== 'name' });
    if (SECRET_INPUTS.has(name)) mask(value);
    raw[name] = value;
  }
  for (const name of SECRET_ENV_NAMES) mask(env[name]);
  return resolveCreateConfig(raw, env);
}

function mask(value: string | undefined): void {
  const secret = value?.trim();
  if (secret) core.setSecret(secret);
}
