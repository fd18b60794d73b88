// Where the keys come from, end to end: inputs, the two environment conventions, and keyless
// sign-in through a fake runner ID-token service and the emulator's IAM.
import { DEMO } from '../../emulator/index.js';
import { visibleOutput, type StepResult } from '../../emulator/harness/run-step.js';
import { useEmulator } from '../helpers/e2e.js';
import { officialAuthorizationFor } from '../helpers/official-signer.js';

const harness = useEmulator();
const noKeys = { access_key_id: '', secret_access_key: '' };
const operations = () => harness.emulator.received.map((r) => `${r.operation} ${r.status}`);

function expectCreatedWith(result: StepResult, ak: string, sk: string): void {
  expect(result.exitCode).toBe(0);
  expect(harness.emulator.tasks()).toHaveLength(1);
  const post = harness.emulator.received.find((r) => r.operation === 'CreateNewTask')!;
  expect(post.headers.authorization).toContain(`Access=${ak},`);
  expect(officialAuthorizationFor(post, ak, sk)).toBe(post.headers.authorization);
}

describe('access keys', () => {
  test('from the inputs', async () => {
    const result = await harness.step();
    expectCreatedWith(result, DEMO.ak, DEMO.sk);
    expect(result.stdout).toContain('Using access keys from inputs.');
  });

  test('from HUAWEI_CLOUD_* (huaweicloud/auth-action), a security token included', async () => {
    const result = await harness.step({
      inputs: harness.inputs({ ...noKeys, region: '', project_id: '' }),
      env: {
        HUAWEI_CLOUD_ACCESS_KEY_ID: DEMO.temporaryAk,
        HUAWEI_CLOUD_SECRET_ACCESS_KEY: DEMO.temporarySk,
        HUAWEI_CLOUD_SECURITY_TOKEN: DEMO.securityToken,
        HUAWEI_CLOUD_REGION: DEMO.region,
        HUAWEI_CLOUD_PROJECT_ID: DEMO.projectId,
      },
    });
    expectCreatedWith(result, DEMO.temporaryAk, DEMO.temporarySk);
    expect(harness.emulator.received[0].headers['x-security-token']).toBe(DEMO.securityToken);
    expect(result.stdout).toContain('Using access keys from HUAWEI_CLOUD_* environment (huaweicloud/auth-action).');
    expect(visibleOutput(result)).not.toContain(DEMO.securityToken);
  });

  test('from HUAWEICLOUD_SDK_*', async () => {
    const result = await harness.step({
      inputs: harness.inputs({ ...noKeys, project_id: '' }),
      env: { HUAWEICLOUD_SDK_AK: DEMO.ak, HUAWEICLOUD_SDK_SK: DEMO.sk, HUAWEICLOUD_SDK_PROJECT_ID: DEMO.projectId },
    });
    expectCreatedWith(result, DEMO.ak, DEMO.sk);
    expect(result.stdout).toContain('Using access keys from HUAWEICLOUD_SDK_* environment.');
  });
});

describe('keyless sign-in with the workflow ID token', () => {
  const runnerEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: `${harness.emulator.url}/_runner/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: DEMO.runnerRequestToken,
  });
  const keyless = (overrides: Record<string, string> = {}) =>
    harness.inputs({ ...noKeys, identity_provider: DEMO.identityProvider, iam_endpoint: harness.emulator.url, ...overrides });

  test('ID token -> IAM token -> temporary keys -> a signed CreateNewTask; every secret masked', async () => {
    const result = await harness.step({ inputs: keyless({ export_credentials: 'true' }), env: { ...runnerEnv(), RUNNER_DEBUG: '1' } });
    expect(result.stderr).toBe('');
    expect(operations()).toEqual([
      'RunnerIdToken 200',
      'CreateTokenWithIdToken 201',
      'CreateTemporaryAccessKeyByToken 201',
      'CreateNewTask 201',
    ]);
    const [issued] = harness.emulator.state.issuedKeys;
    expectCreatedWith(result, issued.ak, issued.sk);
    const post = harness.emulator.received.at(-1)!;
    expect(post.headers['x-security-token']).toBe(issued.securityToken);
    expect(harness.emulator.received[0].target).toBe(`/_runner/idtoken?api-version=2.0&audience=${encodeURIComponent(DEMO.audience)}`);

    const idToken = JSON.parse(harness.emulator.received[1].body).auth.id_token.id as string;
    const subjectToken = JSON.parse(harness.emulator.received[2].body).auth.identity.token.id as string;
    for (const secret of [idToken, subjectToken, issued.sk, issued.securityToken!]) {
      expect(result.stdout).toContain(`::add-mask::${secret}`);
      expect(visibleOutput(result)).not.toContain(secret);
      expect(result.summary).not.toContain(secret);
    }
    expect(result.stdout).toContain(`Signed in with the workflow's ID token through identity provider "${DEMO.identityProvider}"`);
    expect(result.exported).toEqual({
      HUAWEI_CLOUD_ACCESS_KEY_ID: issued.ak,
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: issued.sk,
      HUAWEI_CLOUD_SECURITY_TOKEN: issued.securityToken,
      // Not a secret: when the keys expire, so that a later run step can warn before its wait outlasts them.
      HUAWEI_CLOUD_SECURITY_TOKEN_EXPIRES_AT: new Date(issued.expiresAt!).toISOString(),
      HUAWEI_CLOUD_REGION: DEMO.region,
      HUAWEI_CLOUD_PROJECT_ID: DEMO.projectId,
    });
  });

  test('keys in the environment do not stop keyless sign-in, and the log says so', async () => {
    const result = await harness.step({
      inputs: keyless(),
      env: { ...runnerEnv(), HUAWEI_CLOUD_ACCESS_KEY_ID: DEMO.ak, HUAWEI_CLOUD_SECRET_ACCESS_KEY: DEMO.sk },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `Signing in keyless through identity provider "${DEMO.identityProvider}"; not using HUAWEI_CLOUD_ACCESS_KEY_ID, HUAWEI_CLOUD_SECRET_ACCESS_KEY from the environment.`,
    );
    expect(harness.emulator.received.at(-1)!.headers.authorization).not.toContain(DEMO.ak);
  });

  test('no id-token permission: says which permission to add, sends nothing', async () => {
    const result = await harness.step({ inputs: keyless() });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::Keyless sign-in \(identity_provider\) needs the workflow's ID token.*Add `permissions: id-token: write` to the job/,
    );
    expect(harness.emulator.received).toHaveLength(0);
  });

  test('a pull request from a fork: says why forks cannot sign in keyless', async () => {
    const fork = {
      number: 7,
      pull_request: { number: 7, head: { repo: { fork: true, full_name: 'someone/checkout-service' } } },
    };
    const result = await harness.step({ inputs: keyless(), event: fork });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::Keyless sign-in \(identity_provider\) cannot work here: this run is for a pull request from a fork/,
    );
    expect(harness.emulator.received).toHaveLength(0);
  });

  test("IAM's refusal is relayed with its code and a pointer to the identity provider's settings", async () => {
    const result = await harness.step({ inputs: keyless({ oidc_audience: 'someone-else' }), env: runnerEnv() });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::CreateTokenWithIdToken failed: HTTP 400 IAM.0103: The id_token audience does not match the client ID of identity provider github-actions\. \(X-IAM-Trace-Id [0-9a-f]+\)\. .*Check IAM identity provider "github-actions".*client ID "someone-else".*mapping rules/,
    );
    expect(harness.emulator.tasks()).toHaveLength(0);
  });

  test('both keys and identity_provider: an input error naming what to drop', async () => {
    const result = await harness.step({ inputs: harness.inputs({ identity_provider: DEMO.identityProvider }), env: runnerEnv() });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::Give either "identity_provider" \(keyless sign-in\) or access keys, not both: drop "access_key_id", "secret_access_key"/,
    );
    expect(harness.emulator.received).toHaveLength(0);
  });
});
