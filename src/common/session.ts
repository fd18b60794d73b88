// From settings to a ready CodeArts PerfTest client: sign in (keys or keyless), find the region
// project when it was not given, and bind the client to it. Shared by every entry point.
import type { ServiceAccess } from './connection.js';
import { CptsClient } from '../cpts/client.js';
import { readRunContext, type WorkflowRun } from '../github/context.js';
import type { Runner } from '../github/runner.js';
import { IamClient, findRegionProjectId } from '../huawei/iam.js';
import type { RetrySettings } from '../huawei/retry.js';
import type { SigningKey } from '../huawei/signer.js';
import { signIn } from './sign-in.js';
import { USER_AGENT } from './version.js';

export interface Session {
  client: CptsClient;
  key: SigningKey;
  /** The region's IAM project id in use. */
  iamProjectId: string;
}

export interface SessionOptions {
  /** The workflow run, when the caller has read it already. */
  run?: WorkflowRun;
  /** How long temporary keys from keyless sign-in must last (default 900 s). */
  keyLifetimeSeconds?: number;
}

/** Signs in and binds a client to the region's IAM project; every call of both retries under `retry`. */
export async function openSession(
  runner: Runner,
  config: ServiceAccess,
  retry: RetrySettings,
  options: SessionOptions = {},
): Promise<Session> {
  const http = { userAgent: USER_AGENT, log: retry.log };
  const iam = config.iamEndpoint && new IamClient(config.iamEndpoint, http, retry);
  const key = await signIn(runner, config, iam, options.run ?? readRunContext(runner.env), options.keyLifetimeSeconds);
  // ServiceAccess guarantees a region, and so an IAM endpoint, whenever project_id is to be looked up.
  const iamProjectId = config.iamProjectId ?? (await findRegionProjectId(iam!, key, config.region!));
  return { client: new CptsClient(config.endpoint, key, iamProjectId, http, retry), key, iamProjectId };
}
