// Finding the region's IAM project against the emulator: the token-scoped list first (no permission
// needed), the lookup by name as the fallback, and a refusal that says what to do.
import { IamClient, findRegionProjectId } from '../../src/huawei/iam.js';
import { BACKOFF, type RetrySettings } from '../../src/huawei/retry.js';
import type { SigningKey } from '../../src/huawei/signer.js';
import { DEFAULT_FIXTURE, DEMO, faults, startEmulator, type Emulator } from '../../emulator/index.js';
import { fakeTiming } from '../helpers/timing.js';

const LEAST: SigningKey = { accessKeyId: 'LEASTPRIVILEGEAK0001', secretAccessKey: 'least-privilege-secret' };
const DEMO_KEY: SigningKey = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
const lines: string[] = [];
const retry: RetrySettings = {
  policy: { ...BACKOFF, maxAttempts: 3, deadline: 60_000, bound: 'timeout_seconds' },
  timing: fakeTiming(),
  log: { debug: (m) => lines.push(m), info: (m) => lines.push(m), warning: (m) => lines.push(m) },
};

let emulator: Emulator;
let iam: IamClient;
beforeEach(async () => {
  const credentials = [...DEFAULT_FIXTURE.credentials, { ak: LEAST.accessKeyId, sk: LEAST.secretAccessKey, listProjects: false }];
  emulator = await startEmulator({ seed: { credentials } });
  iam = new IamClient({ origin: emulator.url, host: new URL(emulator.url).host }, { userAgent: 'test', log: retry.log }, retry);
  lines.length = 0;
});
afterEach(() => emulator.stop());

const operations = () => emulator.received.map((r) => `${r.operation} ${r.status}`);

test('a user without iam:projects:listProjects finds the project through GET /v3/auth/projects alone', async () => {
  expect(await findRegionProjectId(iam, LEAST, DEMO.region)).toBe(DEMO.projectId);
  expect(operations()).toEqual(['KeystoneListAuthProjects 200']);
  expect(lines).toContain(`project_id for region ${DEMO.region} -> ${DEMO.projectId} (GET /v3/auth/projects)`);
});

test('the same user is refused GET /v3/projects: the lookup never depends on it when the token list has the region', async () => {
  await expect(iam.keystoneListProjects(LEAST, DEMO.region)).rejects.toThrow(
    /^KeystoneListProjects failed: HTTP 403 IAM.0003: Policy doesn't allow iam:projects:listProjects to be performed. \(X-IAM-Trace-Id [0-9a-f]{32}\)/,
  );
});

test('when /v3/auth/projects is refused, the lookup by name is the fallback', async () => {
  emulator.script('KeystoneListAuthProjects', [faults.status(404, { error: { code: 404, message: 'not found' } })]);
  expect(await findRegionProjectId(iam, DEMO_KEY, DEMO.region)).toBe(DEMO.projectId);
  expect(operations()).toEqual(['KeystoneListAuthProjects 404', 'KeystoneListProjects 200']);
  expect(lines).toContain(`project_id for region ${DEMO.region} -> ${DEMO.projectId} (GET /v3/projects)`);
});

test('both refused: one error naming the missing permission and saying to give project_id', async () => {
  emulator.script('KeystoneListAuthProjects', [faults.status(403, { error: { code: 403, message: 'Forbidden' } })]);
  const error = (await findRegionProjectId(iam, LEAST, DEMO.region).catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/^KeystoneListProjects failed: HTTP 403 IAM.0003: .*iam:projects:listProjects/);
  expect(error.message).toContain('(GET /v3/auth/projects, refused: HTTP 403) do not include it');
  expect(error.message).toContain('Give "project_id" instead');
  expect(operations()).toEqual(['KeystoneListAuthProjects 403', 'KeystoneListProjects 403']);
});

test('a region the credentials cannot reach, and no project of that name: none found, give project_id', async () => {
  const error = (await findRegionProjectId(iam, DEMO_KEY, 'eu-west-101').catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/^Looking up the IAM project of region eu-west-101 found none\. Give "project_id"/);
  expect(operations()).toEqual(['KeystoneListAuthProjects 200', 'KeystoneListProjects 200']);
});

test('a transient failure of /v3/auth/projects is retried, not taken for a refusal', async () => {
  emulator.script('KeystoneListAuthProjects', [faults.serverError(503)]);
  expect(await findRegionProjectId(iam, LEAST, DEMO.region)).toBe(DEMO.projectId);
  expect(operations()).toEqual(['KeystoneListAuthProjects 503', 'KeystoneListAuthProjects 200']);
});
