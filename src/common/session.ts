// From settings to a ready CodeArts PerfTest client: sign in (keys or keyless), find the region
// project when it was not given, and bind the client to it. Shared by every entry point.
import type { ServiceAccess } from './connection.js';
import { CptsClient } from '../cpts/client.js';
import { readRunContext, type WorkflowRun } from '../github/context.js';
import type { Runner } from '../github/runner.js';
import type { HttpOptions } from '../huawei/http.js';
import type { IamClient } from '../huawei/iam.js';
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
  /** Told of every 2xx answer (a ContractWatch's onAnswer). */
  onAnswer?: HttpOptions['onAnswer'];
}

/** Signs in and binds a client to the region's IAM project; every call of both retries under `retry`. */
export async function openSession(
  runner: Runner,
  config: ServiceAccess,
  retry: RetrySettings,
  options: SessionOptions = {},
): Promise<Session> {
  const http: HttpOptions = { userAgent: USER_AGENT, log: retry.log, onAnswer: options.onAnswer };
  // IAM is loaded only when it is used: for keyless sign-in, or to look the region project up.
  const iamModule = config.auth.kind === 'oidc' || config.iamProjectId === undefined ? await import('../huawei/iam.js') : undefined;
  const iam: IamClient | undefined = iamModule && config.iamEndpoint && new iamModule.IamClient(config.iamEndpoint, http, retry);
  const key = await signIn(runner, config, iam, options.run ?? readRunContext(runner.env), options.keyLifetimeSeconds);
  const iamProjectId = config.iamProjectId ?? (await lookUpRegionProject(iamModule, iam, key, config.region));
  return { client: new CptsClient(config.endpoint, key, iamProjectId, http, retry), key, iamProjectId };
}

/** The region's IAM project by region name; resolveConnection demands a region whenever project_id is not given. */
async function lookUpRegionProject(
  iamModule: typeof import('../huawei/iam.js') | undefined,
  iam: IamClient | undefined,
  key: SigningKey,
  region: string | undefined,
): Promise<string> {
  if (!iamModule || !iam || !region) throw new Error('The region project cannot be looked up without a region (give project_id).');
  return iamModule.findRegionProjectId(iam, key, region);
}
