// Signer throughput: our sign() beside Huawei's official AKSKSigner.sign() on one realistic
// CreateNewTask request, after checking that both compute the same Authorization for it.

// A named import: the module is CommonJS marked __esModule, so webpack gives it no default export.
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { performance } from 'node:perf_hooks';
import { DEMO } from '../../emulator/index.js';
import { sign } from '../../src/huawei/signer.js';

const HOST = `cpts.${DEMO.region}.myhuaweicloud.com`;
const PATH = `/v3/${DEMO.projectId}/tasks`;
const DATE = new Date('2024-01-02T03:04:05Z');
const BODY = {
  name: 'checkout-service-pr42-11223344556-2',
  parallel: false,
  project_id: DEMO.perftestProject,
  operate_mode: 2,
  case_id_list: [...DEMO.cases],
};
const HEADERS = { 'Content-Type': 'application/json', 'X-Project-Id': DEMO.projectId };

// Each side starts from what its caller holds: the body object and the date. The official signer
// serialises the body itself, so ours serialises it too, as the action's send() does.
const key = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
const ours = (): string =>
  sign({ method: 'POST', host: HOST, path: PATH, headers: HEADERS, body: JSON.stringify(BODY) }, key, DATE).headers.Authorization;

// Driven as the SDK drives it; it copies the request's headers, so one request object serves every call.
const credentials = new BasicCredentials().withAk(DEMO.ak).withSk(DEMO.sk);
const officialRequest = {
  endpoint: `https://${HOST}${PATH}`,
  method: 'POST',
  headers: { ...HEADERS, 'X-Sdk-Date': '20240102T030405Z' },
  queryParams: {},
  data: BODY,
};
const official = (): string => (AKSKSigner.sign(officialRequest as never, credentials) as Record<string, string>).Authorization;

/** Calls fn in batches for about `seconds`; returns calls per second. */
function opsPerSecond(fn: () => string, seconds: number): number {
  let calls = 0;
  let sink = 0; // uses every result, so no call can be optimised away
  const start = performance.now();
  let now: number;
  do {
    for (let i = 0; i < 100; i++) sink += fn().length;
    calls += 100;
    now = performance.now();
  } while (now - start < seconds * 1000);
  if (sink === 0) throw new Error('unreachable: empty signatures');
  return calls / ((now - start) / 1000);
}

export interface SignerResult {
  authorization: string;
  ours: number;
  official: number;
}

export function benchSigners(): SignerResult {
  const authorization = ours();
  if (official() !== authorization) {
    throw new Error(`the signers disagree on the benchmark request:\n  ours:     ${authorization}\n  official: ${official()}`);
  }
  opsPerSecond(ours, 0.3);
  opsPerSecond(official, 0.3);
  // Best of three ~1 s rounds, interleaved so that both see the same machine state.
  let best = { ours: 0, official: 0 };
  for (let round = 0; round < 3; round++) {
    best = { ours: Math.max(best.ours, opsPerSecond(ours, 1)), official: Math.max(best.official, opsPerSecond(official, 1)) };
  }
  return { authorization, ...best };
}
