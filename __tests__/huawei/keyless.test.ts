// Keyless sign-in's failures before any request, and the runner's own refusal, at the unit level.
import { IamClient } from '../../src/huawei/iam.js';
import { NoIdTokenError, signInWithIdToken, type KeylessOptions } from '../../src/huawei/keyless.js';
import { BACKOFF } from '../../src/huawei/retry.js';
import { fakeTiming } from '../helpers/timing.js';

const log = { debug: () => undefined, info: () => undefined, warning: () => undefined };
const options = (overrides: Partial<KeylessOptions>): KeylessOptions => ({
  identityProvider: 'github-actions',
  audience: 'iam.myhuaweicloud.com',
  iam: new IamClient(
    { origin: 'http://127.0.0.1:9', host: '127.0.0.1:9' },
    { userAgent: 'test', log },
    {
      policy: { ...BACKOFF, maxAttempts: 1, deadline: 1000, bound: 'timeout_seconds' },
      timing: fakeTiming(),
      log,
    },
  ),
  getIdToken: async () => 'unused',
  mask: () => undefined,
  hasIdTokenService: true,
  fromFork: false,
  ...overrides,
});

test('no ID-token service: the permission to add, and the ID token is never asked for', async () => {
  let asked = false;
  const error = await signInWithIdToken(options({ hasIdTokenService: false, getIdToken: async () => ((asked = true), 'x') })).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NoIdTokenError);
  expect((error as Error).message).toMatch(/Add `permissions: id-token: write` to the job/);
  expect(asked).toBe(false);
});

test('the runner refusing the ID token is reported with its words', async () => {
  const error = await signInWithIdToken(
    options({ getIdToken: async () => Promise.reject(new Error('Error message: Failed to get ID Token. \n Error Code : 403')) }),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NoIdTokenError);
  expect((error as Error).message).toMatch(/\(the runner answered: Error message: Failed to get ID Token\. Error Code : 403\)$/);
});

test('the ID token is masked before it is sent anywhere', async () => {
  const masked: string[] = [];
  await signInWithIdToken(options({ getIdToken: async () => 'the-id-token', mask: (s) => masked.push(s) })).catch(() => undefined);
  expect(masked[0]).toBe('the-id-token');
});
