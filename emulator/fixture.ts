// The emulator's seed: one account with a region project, PerfTest projects with cases, keys and an
// OIDC identity provider. Everything the demo, the tests and the benchmarks need to name.

export interface CaseSeed {
  id: number;
  name: string;
  /** 1 folder, 2 case. */
  type: 1 | 2;
  /** 0 deleted, 1 enabled, 2 disabled. */
  status: 0 | 1 | 2;
  parent_id: number;
  /** Headline figures of a run of this case; the report outline is derived from them. */
  profile?: { rps: number; avg_response_time: number; success_rate: number };
  /** A run that includes this case ends abnormally (run_status 3). */
  endsAbnormally?: boolean;
}

export interface PerfTestProjectSeed {
  id: number;
  name: string;
  description: string;
  cases: CaseSeed[];
}

export interface CredentialSeed {
  ak: string;
  sk: string;
  /** Temporary keys must come with this X-Security-Token. */
  securityToken?: string;
  /** Emulator-clock milliseconds after which a temporary key is refused. */
  expiresAt?: number;
  /**
   * Whether the key's user holds IAM's iam:projects:listProjects (GET /v3/projects); default true.
   * Least-privilege and federated users lack it; GET /v3/auth/projects needs no permission.
   */
  listProjects?: boolean;
}

export interface IdentityProviderSeed {
  id: string;
  /** The client ID the ID token's `aud` must equal. */
  clientId: string;
  /** The issuer the ID token's `iss` must equal. */
  issuer: string;
  /** The mapping rule, reduced to what it checks here: `sub` patterns, `*` matching any run of characters. */
  subjects: string[];
}

/** A person's personal access token for the GitHub REST stand-in: comments it writes are theirs. */
export interface GithubUserSeed {
  token: string;
  login: string;
  id: number;
  /** May edit comments others wrote, as a maintainer may; nobody else's token (GITHUB_TOKEN included) may. */
  maintainer?: boolean;
}

/** The GitHub runner's ID-token service (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN). */
export interface RunnerSeed {
  /** The bearer token the runner gives the job. */
  requestToken: string;
  /** The `sub` claim of the tokens it issues. */
  subject: string;
  /** The `aud` claim when no audience is asked for: the repository owner's URL. */
  defaultAudience: string;
}

export interface Fixture {
  domainId: string;
  /** Region IAM projects: name is the region, id the 32-hex project id. */
  regionProjects: { id: string; name: string }[];
  credentials: CredentialSeed[];
  perftestProjects: PerfTestProjectSeed[];
  identityProviders: IdentityProviderSeed[];
  runner: RunnerSeed;
  /**
   * The GitHub REST stand-in's tokens: the job's GITHUB_TOKEN, which writes as github-actions[bot], the
   * same read-only (as a fork's), and people's personal access tokens.
   */
  github: { writeToken: string; readOnlyToken: string; users: GithubUserSeed[] };
  /** First id given to a created task. */
  firstTaskId: number;
  /**
   * A cap on the items of one page of ShowTaskSet and ListProjectSets, whatever `limit` asks. Unset by
   * default: the contract promises no page size, so this only lets tests play a service that has one.
   */
  pageSize?: number;
  /**
   * How long a started run waits (run_status 9), then runs (0), and how long a stopped one takes to
   * stop (5, then 4), in seconds of the emulator clock; and how long ShowTask goes on showing the
   * run before after a start (startLagSeconds).
   */
  run: { waitingSeconds: number; runningSeconds: number; stoppingSeconds: number; startLagSeconds: number };
  /**
   * Which start and stop the tasks take: 'new' (default) tasks of the new edition, started and
   * stopped by BatchUpdateTaskStatus with type 1 or by UpdateTaskStatus; 'old-only' a service that
   * refuses BatchUpdateTaskStatus for them, so that only UpdateTaskStatus works.
   */
  statusApi?: 'new' | 'old-only';
}

export const DEMO = {
  region: 'cn-north-4',
  projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  ak: 'DEMOAKEMULATOR000001',
  sk: 'demo-secret-key-for-the-local-emulator-only',
  temporaryAk: 'DEMOTEMPORARYAK00001',
  temporarySk: 'demo-temporary-secret-key',
  securityToken: 'demo-security-token-for-the-temporary-key',
  perftestProject: 393862,
  cases: [449269, 449270],
  identityProvider: 'github-actions',
  audience: 'iam.myhuaweicloud.com',
  runnerRequestToken: 'emulator-runner-request-token',
  githubToken: 'ghs_emulatorWriteToken0000000000000000',
  readOnlyGithubToken: 'ghs_emulatorReadOnlyToken00000000000000',
  /** octocat, who may comment on the pull request but edit only their own comments. */
  octocatGithubToken: 'ghp_emulatorOctocatToken0000000000000000',
  /** hubot, a maintainer of the repository: may edit anyone's comment. */
  maintainerGithubToken: 'ghp_emulatorMaintainerToken0000000000000',
} as const;

export const DEFAULT_FIXTURE: Fixture = {
  domainId: '5f8a1c2e3b4d5e6f7a8b9c0d1e2f3a4b',
  regionProjects: [
    { id: DEMO.projectId, name: DEMO.region },
    { id: '1b2c3d4e5f60718293a4b5c6d7e8f90a', name: 'ap-southeast-1' },
  ],
  credentials: [
    { ak: DEMO.ak, sk: DEMO.sk },
    { ak: DEMO.temporaryAk, sk: DEMO.temporarySk, securityToken: DEMO.securityToken },
  ],
  perftestProjects: [
    {
      id: DEMO.perftestProject,
      name: 'checkout-perf',
      description: 'Checkout service load tests',
      cases: [
        { id: 449260, name: 'checkout', type: 1, status: 1, parent_id: 0 },
        {
          id: 449269,
          name: 'browse-catalogue',
          type: 2,
          status: 1,
          parent_id: 449260,
          profile: { rps: 420, avg_response_time: 86, success_rate: 99.95 },
        },
        {
          id: 449270,
          name: 'place-order',
          type: 2,
          status: 1,
          parent_id: 449260,
          profile: { rps: 180, avg_response_time: 240, success_rate: 99.6 },
        },
        { id: 449271, name: 'legacy-payment', type: 2, status: 2, parent_id: 449260 },
        { id: 449272, name: 'old-search', type: 2, status: 0, parent_id: 449260 },
        {
          id: 449273,
          name: 'flaky-inventory',
          type: 2,
          status: 1,
          parent_id: 449260,
          profile: { rps: 90, avg_response_time: 910, success_rate: 91.2 },
        },
        { id: 449274, name: 'crashing-case', type: 2, status: 1, parent_id: 449260, endsAbnormally: true },
      ],
    },
    {
      id: 393870,
      name: 'search-perf',
      description: 'Search service load tests',
      cases: [{ id: 449300, name: 'browse-catalogue', type: 2, status: 1, parent_id: 0 }],
    },
  ],
  identityProviders: [
    {
      id: DEMO.identityProvider,
      clientId: DEMO.audience,
      issuer: 'https://token.actions.githubusercontent.com',
      subjects: ['repo:acme/checkout-service:*'],
    },
  ],
  runner: {
    requestToken: DEMO.runnerRequestToken,
    subject: 'repo:acme/checkout-service:pull_request',
    defaultAudience: 'https://github.com/acme',
  },
  github: {
    writeToken: DEMO.githubToken,
    readOnlyToken: DEMO.readOnlyGithubToken,
    users: [
      { token: DEMO.octocatGithubToken, login: 'octocat', id: 583231 },
      { token: DEMO.maintainerGithubToken, login: 'hubot', id: 480938, maintainer: true },
    ],
  },
  firstTaskId: 1200001,
  run: { waitingSeconds: 5, runningSeconds: 60, stoppingSeconds: 3, startLagSeconds: 2 },
};

/** The create action's inputs for the demo account, against an emulator at `endpoint`. */
export function demoInputs(endpoint: string): Record<string, string> {
  return {
    project: String(DEMO.perftestProject),
    cases: DEMO.cases.join(', '),
    region: DEMO.region,
    project_id: DEMO.projectId,
    access_key_id: DEMO.ak,
    secret_access_key: DEMO.sk,
    endpoint,
  };
}

/** The run action's inputs for the demo account: the task to run, polled every second. */
export function demoRunInputs(endpoint: string, taskId: string | number): Record<string, string> {
  const { project, project_id, access_key_id, secret_access_key } = demoInputs(endpoint);
  return { task_id: String(taskId), project, project_id, access_key_id, secret_access_key, endpoint, poll_seconds: '1' };
}
