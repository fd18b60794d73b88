import { CREATE_INPUTS, resolveCreateConfig, type CreateConfig, type RawCreateInputs } from '../../src/create/config.js';
import { InputError } from '../../src/common/errors.js';

const PROJECT_ID = '0123456789abcdef0123456789abcdef';
const SK = 'S3cretS3cretS3cretS3cretS3cretS3cretS3cr';

function raw(overrides: Partial<RawCreateInputs> = {}): RawCreateInputs {
  const base = Object.fromEntries(CREATE_INPUTS.map((n) => [n, ''])) as RawCreateInputs;
  return {
    ...base,
    project: '393862',
    cases: '449269,449270',
    parallel: 'false',
    region: 'cn-north-4',
    project_id: PROJECT_ID,
    access_key_id: 'AKAKAKAKAKAKAKAKAKAK',
    secret_access_key: SK,
    ...overrides,
  };
}

function inputError(overrides: Partial<RawCreateInputs>, env = {}): InputError {
  try {
    resolveCreateConfig(raw(overrides), env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('valid inputs', () => {
  test('typed values and the regional endpoint', () => {
    const config = resolveCreateConfig(raw(), {});
    expect(config).toMatchObject({
      testSuite: { id: 393862 },
      cases: [{ id: 449269 }, { id: 449270 }],
      name: undefined,
      parallel: false,
      enableFullLink: undefined,
      region: 'cn-north-4',
      iamProjectId: PROJECT_ID,
      endpoint: { origin: 'https://cpts.cn-north-4.myhuaweicloud.com', host: 'cpts.cn-north-4.myhuaweicloud.com' },
      iamEndpoint: { origin: 'https://iam.cn-north-4.myhuaweicloud.com', host: 'iam.cn-north-4.myhuaweicloud.com' },
      auth: { kind: 'keys', credentials: { key: { accessKeyId: 'AKAKAKAKAKAKAKAKAKAK', secretAccessKey: SK }, source: 'inputs' } },
      warnings: [],
    });
  });

  test('cases split on commas, blanks and newlines; duplicates dropped with a warning', () => {
    const config = resolveCreateConfig(raw({ cases: '3, 1\n2 ,,3\t1\n' }), {});
    expect(config.cases).toEqual([{ id: 3 }, { id: 1 }, { id: 2 }]);
    expect(config.warnings).toEqual(['Input "cases" lists these more than once: 3, 1; each case is used once.']);
  });

  test('a long list of repeats is one short warning: the first 10 and how many more', () => {
    const ids = Array.from({ length: 2500 }, (_, i) => String(100000 + i));
    const config = resolveCreateConfig(raw({ cases: [...ids, ...ids].join(',') }), {});
    expect(config.cases).toHaveLength(2500);
    expect(config.warnings).toEqual([
      `Input "cases" lists these more than once: ${ids.slice(0, 10).join(', ')} and 2490 more; each case is used once.`,
    ]);
  });

  test('booleans in YAML spellings, and an explicit name kept as given (trimmed)', () => {
    const config = resolveCreateConfig(raw({ parallel: 'True', enable_full_link: 'FALSE', name: '  nightly load 1 ' }), {});
    expect(config.parallel).toBe(true);
    expect(config.enableFullLink).toBe(false);
    expect(config.name).toBe('nightly load 1');
  });

  test('ids at the bounds', () => {
    expect(resolveCreateConfig(raw({ project: '0', cases: '2147483647' }), {})).toMatchObject({
      testSuite: { id: 0 },
      cases: [{ id: 2147483647 }],
    });
  });

  test('names: entries split on commas and newlines keep their blanks; digits-only entries split on blanks', () => {
    const config = resolveCreateConfig(raw({ project: 'checkout perf', cases: 'browse catalogue, 1 2\nplace-order\n12a' }), {});
    expect(config.testSuite).toEqual({ name: 'checkout perf' });
    expect(config.cases).toEqual([{ name: 'browse catalogue' }, { id: 1 }, { id: 2 }, { name: 'place-order' }, { name: '12a' }]);
  });

  test('without project_id anywhere, it is left to the lookup by region', () => {
    expect(resolveCreateConfig(raw({ project_id: '' }), {}).iamProjectId).toBeUndefined();
  });

  test('an endpoint makes the region optional; loopback may use http', () => {
    const config = resolveCreateConfig(raw({ region: '', endpoint: 'http://127.0.0.1:8080/' }), {});
    expect(config.endpoint).toEqual({ origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' });
    expect(config.region).toBeUndefined();
    expect(resolveCreateConfig(raw({ endpoint: 'https://cpts.example.com:443' }), {}).endpoint).toEqual({
      origin: 'https://cpts.example.com',
      host: 'cpts.example.com',
    });
    expect(resolveCreateConfig(raw({ endpoint: 'http://localhost:9' }), {}).endpoint.host).toBe('localhost:9');
  });
});

describe('bad inputs name the input, quote the value and say what is expected', () => {
  test.each([
    ['project', '+5', /Input "project" must be a CodeArts PerfTest project id \(an integer from 0 to 2147483647\) or name; got "\+5"/],
    ['project', '-1', /got "-1"/],
    ['project', '1.5', /got "1.5"/],
    ['project', '99999999999', /got "99999999999"/],
    ['project', '', /Input "project" is required/],
    ['cases', '', /Input "cases" is required/],
    ['cases', ' , ,\n', /Input "cases" must list test cases \(ids or names\) separated by commas, spaces or newlines; got " , ,\\n"/],
    ['cases', '1, 2, -3', /Input "cases" must list test cases by id \(an integer from 0 to 2147483647\) or name, .*"-3" is neither/],
    ['cases', '1;2', /"1;2" is neither/],
    ['cases', '2147483648', /"2147483648" is neither/],
    ['parallel', 'yes', /Input "parallel" must be true or false; got "yes"/],
    ['enable_full_link', '1', /Input "enable_full_link" must be true or false; got "1"/],
    ['region', 'north-4', /Input "region" must be a Huawei Cloud region id such as cn-north-4 .*got "north-4"/],
    ['region', 'CN-NORTH-4', /got "CN-NORTH-4"/],
    ['project_id', '1234', /Input "project_id" must be 32 lower-case hex characters; got "1234".*My Credentials/],
    ['name', '   ', /Input "name" is blank/],
    ['name', 'x'.repeat(43), /Input "name" must be at most 42 characters .*got 43/],
    ['name', 'a\nb', /Input "name" must not contain control characters/],
    ['endpoint', 'cpts.cn-north-4.myhuaweicloud.com', /Input "endpoint" must be an https:\/\/ URL/],
    ['endpoint', 'http://cpts.cn-north-4.myhuaweicloud.com', /must be an https:\/\/ URL .*got "http:\/\/cpts/],
    ['endpoint', 'https://cpts.example.com/v3', /without a path or query/],
    ['endpoint', 'ftp://127.0.0.1', /must be an https:\/\/ URL/],
  ] as const)('%s = %j', (input, value, message) => {
    const error = inputError({ [input]: value });
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });

  test('a name of exactly 42 characters (counted as characters, not bytes) is fine', () => {
    expect(resolveCreateConfig(raw({ name: '压'.repeat(42) }), {}).name).toBe('压'.repeat(42));
  });

  test('an endpoint with a password is refused without echoing it', () => {
    const error = inputError({ endpoint: 'https://user:hunter2@cpts.example.com' });
    expect(error.message).toMatch(/must not carry credentials/);
    expect(error.message).not.toContain('hunter2');
  });

  describe('credentials in a URL are never echoed (issue 12)', () => {
    test.each([
      ['endpoint', 'http://user:s3cret@cpts.example.com'],
      ['endpoint', 'https://user:s3cret@[not a url'],
      ['iam_endpoint', 'https://user:s3cret@iam.example.com'],
      ['iam_endpoint', 'user:s3cret@iam.example.com'],
    ] as const)('%s = %j is refused, saying why, without the password or the user', (input, value) => {
      const error = inputError({ [input]: value });
      expect(error.input).toBe(input);
      expect(error.message).toMatch(
        new RegExp(
          `^Input "${input}" must not carry credentials .*credentials in the URL are not allowed; give keys through access_key_id/secret_access_key`,
        ),
      );
      expect(error.message).not.toContain('s3cret');
      expect(error.message).not.toContain('user:');
    });

    test('HUAWEICLOUD_SDK_IAM_ENDPOINT with a password is refused naming the variable', () => {
      const error = inputError({}, { HUAWEICLOUD_SDK_IAM_ENDPOINT: 'http://user:s3cret@iam.example.com' });
      expect(error.input).toBe('HUAWEICLOUD_SDK_IAM_ENDPOINT');
      expect(error.message).toMatch(/^Environment variable HUAWEICLOUD_SDK_IAM_ENDPOINT must not carry credentials/);
      expect(error.message).not.toContain('s3cret');
      expect(error.message).not.toContain('user:');
    });

    test('a value that is not a URL is not shown, only what is wrong with it', () => {
      const error = inputError({ endpoint: 'http://user:s3cret' });
      expect(error.message).toBe(
        'Input "endpoint" must be an https:// URL such as https://cpts.cn-north-4.myhuaweicloud.com (http:// only for localhost, 127.0.0.1 or [::1]); ' +
          'got a value that is not a URL: it does not parse as a URL (check the host and port) (value not shown).',
      );
      expect(inputError({ endpoint: 'cpts.cn-north-4.myhuaweicloud.com' }).message).toMatch(
        /not a URL: it has no scheme such as https:\/\//,
      );
    });

    test('a query, which may hold a token, is cut from the quoted value', () => {
      const error = inputError({ endpoint: 'https://cpts.example.com/?sig=s3cret' });
      expect(error.message).toMatch(/without a path or query; got "https:\/\/cpts.example.com\/" \(query or fragment not shown\)\.$/);
      expect(error.message).not.toContain('s3cret');
    });
  });

  describe('task names (issue 12)', () => {
    test.each([
      ['U+202E', 'right-to-left override', 'abc\u202Edef'],
      ['U+200B', 'zero-width space', 'load\u200Btest'],
      ['U+2066', 'left-to-right isolate', '\u2066nightly'],
      ['U+2028', 'line separator', 'a\u2028b'],
    ])('%s (%s) is refused, named by code point and never echoed raw', (code, _what, name) => {
      const error = inputError({ name });
      expect(error.input).toBe('name');
      expect(error.message).toMatch(
        new RegExp(`^Input "name" must not contain invisible formatting characters .*; got ${code.replace('+', '\\+')} in "`),
      );
      expect(error.message).not.toMatch(/[\p{Cf}\u2028]/u);
    });

    test('the 42 are counted in UTF-16 code units: 21 emoji fit, 22 do not, and the error says how it counts', () => {
      expect(resolveCreateConfig(raw({ name: '😀'.repeat(21) }), {}).name).toBe('😀'.repeat(21));
      const error = inputError({ name: '😀'.repeat(22) });
      expect(error.input).toBe('name');
      expect(error.message).toMatch(
        /^Input "name" must be at most 42 characters \(the service's limit\), counted in UTF-16 code units .*; got 44: /,
      );
    });

    test('any quoted value shows invisible characters escaped, not raw', () => {
      const error = inputError({ project: '\u202E-1' });
      expect(error.message).toContain('got "\\u202e-1"');
      expect(error.message).not.toContain('\u202E');
    });
  });

  test('timeout_seconds leaves room for a few requests: 10 at least', () => {
    expect(resolveCreateConfig(raw({ timeout_seconds: '10' }), {}).timeoutSeconds).toBe(10);
    const error = inputError({ timeout_seconds: '5' });
    expect(error.input).toBe('timeout_seconds');
    expect(error.message).toBe(
      'Input "timeout_seconds" must be the bound in seconds on all network work, which needs room for a few requests ' +
        '(sign-in, lookups, CreateNewTask): an integer from 10 to 3600; got "5".',
    );
  });

  test('a missing project_id without a region to look it up by says where to find it', () => {
    const error = inputError({ project_id: '', region: '', endpoint: 'http://127.0.0.1:1' });
    expect(error.input).toBe('project_id');
    expect(error.message).toMatch(/Input "project_id" is required when "region" is not given.*My Credentials.*not the PerfTest project id/);
  });

  test('a missing region without endpoint', () => {
    expect(inputError({ region: '' }).message).toMatch(/Input "region" is required \(e.g. cn-north-4\), unless "endpoint" is given/);
  });
});

describe('credentials, region and project id: inputs win, then HUAWEI_CLOUD_*, then HUAWEICLOUD_SDK_*', () => {
  const envAuthAction = {
    HUAWEI_CLOUD_ACCESS_KEY_ID: 'ENVAK1',
    HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'env-sk-1',
    HUAWEI_CLOUD_SECURITY_TOKEN: 'env-token-1',
    HUAWEI_CLOUD_REGION: 'ap-southeast-1',
    HUAWEI_CLOUD_PROJECT_ID: 'a'.repeat(32),
  };
  const envSdk = {
    HUAWEICLOUD_SDK_AK: 'ENVAK2',
    HUAWEICLOUD_SDK_SK: 'env-sk-2',
    HUAWEICLOUD_SDK_SECURITY_TOKEN: 'env-token-2',
    HUAWEICLOUD_SDK_REGION: 'la-south-2',
    HUAWEICLOUD_SDK_PROJECT_ID: 'b'.repeat(32),
  };
  const noCredentials = { access_key_id: '', secret_access_key: '', region: '', project_id: '' };

  test('explicit inputs win over both environments', () => {
    const config = resolveCreateConfig(raw(), { ...envAuthAction, ...envSdk });
    expect((config.auth as Extract<CreateConfig['auth'], { kind: 'keys' }>).credentials.key).toEqual({
      accessKeyId: 'AKAKAKAKAKAKAKAKAKAK',
      secretAccessKey: SK,
    });
    expect(config.region).toBe('cn-north-4');
    expect(config.iamProjectId).toBe(PROJECT_ID);
  });

  test('HUAWEI_CLOUD_* before HUAWEICLOUD_SDK_*', () => {
    const config = resolveCreateConfig(raw(noCredentials), { ...envAuthAction, ...envSdk });
    expect((config.auth as Extract<CreateConfig['auth'], { kind: 'keys' }>).credentials.key).toEqual({
      accessKeyId: 'ENVAK1',
      secretAccessKey: 'env-sk-1',
      securityToken: 'env-token-1',
    });
    expect((config.auth as Extract<CreateConfig['auth'], { kind: 'keys' }>).credentials.source).toMatch(/HUAWEI_CLOUD_\*/);
    expect(config.region).toBe('ap-southeast-1');
    expect(config.iamProjectId).toBe('a'.repeat(32));
  });

  test('HUAWEICLOUD_SDK_* when nothing else is set', () => {
    const config = resolveCreateConfig(raw(noCredentials), envSdk);
    expect((config.auth as Extract<CreateConfig['auth'], { kind: 'keys' }>).credentials.key).toEqual({
      accessKeyId: 'ENVAK2',
      secretAccessKey: 'env-sk-2',
      securityToken: 'env-token-2',
    });
    expect(config.endpoint.origin).toBe('https://cpts.la-south-2.myhuaweicloud.com');
    expect(config.iamProjectId).toBe('b'.repeat(32));
  });

  test('a token from another source is never paired with the AK/SK', () => {
    const config = resolveCreateConfig(raw(), envAuthAction);
    expect((config.auth as Extract<CreateConfig['auth'], { kind: 'keys' }>).credentials.key.securityToken).toBeUndefined();
  });

  test('a security_token input without AK/SK inputs is an error', () => {
    const error = inputError({ ...noCredentials, region: 'cn-north-4', project_id: PROJECT_ID, security_token: 'tok' }, envAuthAction);
    expect(error.input).toBe('security_token');
  });

  test('AK without SK and SK without AK, for inputs and environment', () => {
    expect(inputError({ secret_access_key: '' }).message).toMatch(/Input "secret_access_key" is empty but access_key_id is set/);
    expect(inputError({ access_key_id: '' }).message).toMatch(/Input "access_key_id" is empty but secret_access_key is set/);
    const error = inputError({ access_key_id: '', secret_access_key: '' }, { HUAWEI_CLOUD_ACCESS_KEY_ID: 'ENVAK1' });
    expect(error.message).toMatch(/Environment variable HUAWEI_CLOUD_SECRET_ACCESS_KEY is empty but HUAWEI_CLOUD_ACCESS_KEY_ID is set/);
  });

  test('no credentials at all says where they can come from', () => {
    expect(inputError({ access_key_id: '', secret_access_key: '' }).message).toMatch(
      /No credentials: give "identity_provider" for keyless sign-in .*"access_key_id" and "secret_access_key" inputs .*huaweicloud\/auth-action.*HUAWEICLOUD_SDK_AK/,
    );
  });

  test('a malformed SK or token is refused without showing it', () => {
    const error = inputError({ secret_access_key: 'abc def-secret' });
    expect(error.input).toBe('secret_access_key');
    expect(error.message).not.toContain('def-secret');
    const tokenError = inputError({ security_token: 'tok en-secret' });
    expect(tokenError.message).not.toContain('en-secret');
  });

  test('a malformed environment region names the variable', () => {
    const error = inputError({ region: '' }, { HUAWEI_CLOUD_REGION: 'Beijing' });
    expect(error.input).toBe('HUAWEI_CLOUD_REGION');
    expect(error.message).toMatch(/^Environment variable HUAWEI_CLOUD_REGION must be a Huawei Cloud region id .*"Beijing"/);
  });
});

describe('keyless sign-in settings', () => {
  const keyless = { access_key_id: '', secret_access_key: '', identity_provider: 'github-actions' };

  test('identity_provider without keys: OIDC with the default audience and the regional IAM endpoint', () => {
    const config = resolveCreateConfig(raw(keyless), {});
    expect(config.auth).toEqual({ kind: 'oidc', identityProvider: 'github-actions', audience: 'iam.myhuaweicloud.com' });
    expect(config.iamEndpoint).toEqual({ origin: 'https://iam.cn-north-4.myhuaweicloud.com', host: 'iam.cn-north-4.myhuaweicloud.com' });
  });

  test('oidc_audience and iam_endpoint override the defaults; HUAWEICLOUD_SDK_IAM_ENDPOINT when the input is empty', () => {
    const config = resolveCreateConfig(raw({ ...keyless, oidc_audience: 'my-client', iam_endpoint: 'https://iam.example.com' }), {});
    expect(config.auth).toMatchObject({ audience: 'my-client' });
    expect(config.iamEndpoint?.origin).toBe('https://iam.example.com');
    expect(resolveCreateConfig(raw(keyless), { HUAWEICLOUD_SDK_IAM_ENDPOINT: 'https://iam.myhuaweicloud.com' }).iamEndpoint?.origin).toBe(
      'https://iam.myhuaweicloud.com',
    );
  });

  test('oidc_audience without identity_provider: a notice that it is ignored; the default value says nothing', () => {
    const config = resolveCreateConfig(raw({ oidc_audience: 'my-client' }), {});
    expect(config.auth.kind).toBe('keys');
    expect(config.notices).toEqual(['Input "oidc_audience" is only used with "identity_provider"; ignoring it.']);
    // action.yml fills in the default whenever the input is left out.
    expect(resolveCreateConfig(raw({ oidc_audience: 'iam.myhuaweicloud.com' }), {}).notices).toEqual([]);
  });

  test('identity_provider and key inputs together: an error that says which to drop', () => {
    const error = inputError({ identity_provider: 'github-actions' });
    expect(error.input).toBe('access_key_id');
    expect(error.message).toMatch(
      /Give either "identity_provider" \(keyless sign-in\) or access keys, not both: drop "access_key_id", "secret_access_key"/,
    );
  });

  test('identity_provider while HUAWEI_CLOUD_* keys sit in the environment: keyless, and it says so', () => {
    const config = resolveCreateConfig(raw(keyless), { HUAWEI_CLOUD_ACCESS_KEY_ID: 'ENVAK', HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'envsk' });
    expect(config.auth.kind).toBe('oidc');
    expect(config.notices).toEqual([
      'Signing in keyless through identity provider "github-actions"; not using HUAWEI_CLOUD_ACCESS_KEY_ID, HUAWEI_CLOUD_SECRET_ACCESS_KEY from the environment.',
    ]);
  });

  test('keyless needs an IAM endpoint: region or iam_endpoint', () => {
    expect(inputError({ ...keyless, region: '', endpoint: 'http://127.0.0.1:1' }).input).toBe('iam_endpoint');
  });

  test('export_credentials only exports temporary keys', () => {
    expect(resolveCreateConfig(raw({ ...keyless, export_credentials: 'true' }), {}).exportCredentials).toBe(true);
    const config = resolveCreateConfig(raw({ export_credentials: 'true' }), {});
    expect(config.exportCredentials).toBe(false);
    expect(config.warnings).toEqual([expect.stringMatching(/^Input "export_credentials" exports the temporary keys of keyless sign-in/)]);
  });
});
