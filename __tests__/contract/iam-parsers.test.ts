// The IAM answers the actions read, built from the contract's response models (every field filled,
// or only what is needed) and sent over HTTP by the emulator's scripted replies.
import { CONTRACTS, checkAnswer } from '../../emulator/service/contract.js';
import { DEMO, faults, startEmulator, type Emulator } from '../../emulator/index.js';
import { IamClient } from '../../src/huawei/iam.js';
import { oneAttempt } from '../helpers/client.js';
import { fullValue, overlay, responseModel } from '../helpers/contract-values.js';

const iamContract = CONTRACTS.iam;
const KEY = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined };

let emulator: Emulator;
let iam: IamClient;
beforeEach(async () => {
  emulator = await startEmulator();
  iam = new IamClient({ origin: emulator.url, host: new URL(emulator.url).host }, { userAgent: 'test', log: quiet }, oneAttempt(quiet));
});
afterEach(() => emulator.stop());

/** The answer with every field of the model filled, `needed` laid over it; checked against the model. */
function full(operation: string, needed: Record<string, unknown>): Record<string, unknown> {
  const model = responseModel('iam', operation);
  const answer = overlay(iamContract, model, fullValue(iamContract, model), needed) as Record<string, unknown>;
  // Fields the model gives as response headers (X-Subject-Token) are not in the body.
  for (const header of iamContract.operations[operation].response_headers) delete answer[header];
  expect(checkAnswer(operation, answer)).toEqual([]);
  return answer;
}

const projects = { projects: [{ id: DEMO.projectId, name: DEMO.region }] };

describe.each([
  ['KeystoneListProjects', () => iam.keystoneListProjects(KEY, DEMO.region)],
  ['KeystoneListAuthProjects', () => iam.keystoneListAuthProjects(KEY)],
] as const)('%s', (operation, call) => {
  test.each([
    ['every field filled', () => full(operation, projects)],
    ['only id and name', () => projects],
  ])('%s: the id and name are read', async (_label, answer) => {
    emulator.script(operation, [faults.status(200, answer())]);
    expect(await call()).toEqual([{ id: DEMO.projectId, name: DEMO.region }]);
  });
});

describe('CreateTemporaryAccessKeyByToken', () => {
  const credential = { credential: { access: 'AK', secret: 'SK', securitytoken: 'TOKEN', expires_at: '2026-11-28T05:00:00Z' } };
  test.each([
    ['every field filled', () => full('CreateTemporaryAccessKeyByToken', credential)],
    ['access, secret and securitytoken only', () => ({ credential: { access: 'AK', secret: 'SK', securitytoken: 'TOKEN' } })],
  ])('%s: the keys are read', async (_label, answer) => {
    emulator.script('CreateTemporaryAccessKeyByToken', [faults.status(201, answer())]);
    expect(await iam.createTemporaryAccessKeyByToken('iam-token', 900)).toMatchObject({
      access: 'AK',
      secret: 'SK',
      securitytoken: 'TOKEN',
    });
  });
});

describe('CreateTokenWithIdToken', () => {
  test.each([
    ['a body with every field filled', () => full('CreateTokenWithIdToken', {})],
    ['no body at all', () => undefined],
  ])('the token is the X-Subject-Token header, whatever the body: %s', async (_label, answer) => {
    emulator.script('CreateTokenWithIdToken', [faults.status(201, answer(), { 'X-Subject-Token': 'MIIsubject' })]);
    expect(await iam.createTokenWithIdToken(DEMO.identityProvider, 'a.b.c')).toBe('MIIsubject');
  });
});
