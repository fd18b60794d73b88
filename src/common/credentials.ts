// Where the AK/SK (and the security token of temporary keys) come from. Pure: the values are
// passed in. The AK, SK and token always come from one place, so a key is never signed with
// another source's secret.
import { InputError, describeSource, quote } from './errors.js';
import type { Env } from '../github/context.js';
import type { SigningKey } from '../huawei/signer.js';

export type { Env };

export interface CredentialInputs {
  access_key_id: string;
  secret_access_key: string;
  security_token: string;
}

/** Environment names, in the order they are tried when the inputs are empty. */
export const ENV_SOURCES = [
  {
    label: 'HUAWEI_CLOUD_* environment (huaweicloud/auth-action)',
    ak: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
    sk: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
    token: 'HUAWEI_CLOUD_SECURITY_TOKEN',
    region: 'HUAWEI_CLOUD_REGION',
    projectId: 'HUAWEI_CLOUD_PROJECT_ID',
  },
  {
    label: 'HUAWEICLOUD_SDK_* environment',
    ak: 'HUAWEICLOUD_SDK_AK',
    sk: 'HUAWEICLOUD_SDK_SK',
    token: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
    region: 'HUAWEICLOUD_SDK_REGION',
    projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
  },
] as const;

/** The names whose values are secrets, to mask the moment they are read. */
export const SECRET_ENV_NAMES = ENV_SOURCES.flatMap((s) => [s.sk, s.token]);

export interface ResolvedCredentials {
  key: SigningKey;
  /** Where they came from, for the log: never the values. */
  source: string;
}

const INPUT_NAMES = { ak: 'access_key_id', sk: 'secret_access_key', token: 'security_token' } as const;

export function resolveCredentials(inputs: CredentialInputs, env: Env): ResolvedCredentials {
  const fromInputs = pick('inputs', INPUT_NAMES, (n) => inputs[n as keyof CredentialInputs]);
  if (fromInputs) return fromInputs;
  if (inputs.security_token.trim()) {
    throw new InputError(
      'security_token',
      'Input "security_token" is given without "access_key_id" and "secret_access_key": a security token only works ' +
        'with the temporary AK/SK it was issued with; give all three inputs, or none to use the environment.',
    );
  }
  for (const source of ENV_SOURCES) {
    const found = pick(source.label, source, (n) => env[n] ?? '');
    if (found) return found;
  }
  throw new InputError(
    'access_key_id',
    'No credentials: give "identity_provider" for keyless sign-in with the workflow\'s ID token, or the "access_key_id" and "secret_access_key" inputs (from repository secrets), ' +
      'or run huaweicloud/auth-action before this step, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.',
  );
}

/** The key from one source, or undefined when the source has neither AK nor SK. */
function pick(
  source: string,
  names: { readonly ak: string; readonly sk: string; readonly token: string },
  read: (name: string) => string,
): ResolvedCredentials | undefined {
  const ak = read(names.ak).trim();
  const sk = read(names.sk).trim();
  const token = read(names.token).trim();
  if (!ak && !sk) return undefined;
  const fail = (name: string, message: string): never => {
    throw new InputError(name, `${describeSource(name)} ${message}`);
  };
  if (!sk) fail(names.sk, `is empty but ${names.ak} is set: an AK needs its SK (secret access key).`);
  if (!ak) fail(names.ak, `is empty but ${names.sk} is set: an SK needs its AK (access key id).`);
  if (!/^[A-Za-z0-9]{1,128}$/.test(ak)) {
    fail(names.ak, `must be an access key id of letters and digits; got ${quote(ak, 40)}.`);
  }
  // The SK and the token are never quoted: they are secrets.
  if (!/^[\x21-\x7e]+$/.test(sk)) {
    fail(names.sk, 'must be printable ASCII without blanks; check for a stray quote or line break (value not shown).');
  }
  if (token && !/^[\x21-\x7e]+$/.test(token)) {
    fail(names.token, 'must be printable ASCII without blanks (value not shown).');
  }
  return { key: { accessKeyId: ak, secretAccessKey: sk, ...(token ? { securityToken: token } : {}) }, source };
}
