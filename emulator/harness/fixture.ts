// The emulator's default seed: the demo account, with a region project, PerfTest projects with cases,
// keys, an OIDC identity provider and GitHub tokens; everything the demo, the tests and the benchmarks
// need to name. The seed's shape is shared/seed.ts.
import type { Fixture } from '../shared/seed.js';

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
  /** What TARGET_HOST, the demo project's global variable that browse-catalogue's and place-order's host names, holds. */
  targetHost: 'shop.example.com',
  /** Global variables of the demo PerfTest project, by name: their ids. */
  variables: { TARGET_HOST: 52001, API_TOKEN: 52002, VUSER_ID: 52003, accounts: 52004 },
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
      variables: [
        { id: DEMO.variables.TARGET_HOST, name: 'TARGET_HOST', variable_type: 2, variable: [DEMO.targetHost] },
        { id: DEMO.variables.API_TOKEN, name: 'API_TOKEN', variable_type: 2, variable: ['demo-api-token-value'] },
        { id: DEMO.variables.VUSER_ID, name: 'VUSER_ID', variable_type: 1, variable: [1, 100] },
        { id: DEMO.variables.accounts, name: 'accounts', variable_type: 3, variable: ['accounts.csv'] },
      ],
      cases: [
        { id: 449260, name: 'checkout', type: 1, status: 1, parent_id: 0 },
        {
          id: 449269,
          name: 'browse-catalogue',
          type: 2,
          status: 1,
          parent_id: 449260,
          host: '${TARGET_HOST}',
          profile: { rps: 420, avg_response_time: 86, success_rate: 99.95 },
          requests: [
            { name: 'GET /catalogue', share: 5, time: 1 },
            { name: 'GET /catalogue/{id}', share: 3, time: 0.7 },
            // Searches are the slow requests and fail the most.
            { name: 'GET /search?q=red socks', share: 2, time: 1.6, errors: 6 },
          ],
        },
        {
          id: 449270,
          name: 'place-order',
          type: 2,
          status: 1,
          parent_id: 449260,
          host: '${TARGET_HOST}',
          profile: { rps: 180, avg_response_time: 240, success_rate: 99.6 },
          requests: [
            { name: 'POST /cart', share: 1, time: 0.6 },
            { name: 'POST /orders', share: 1, time: 1.7, errors: 3 },
            { name: 'GET /orders/{id}/status', share: 1, time: 0.7 },
          ],
          transactions: [{ name: 'checkout', requests: ['POST /cart', 'POST /orders'] }],
        },
        { id: 449271, name: 'legacy-payment', type: 2, status: 2, parent_id: 449260 },
        { id: 449272, name: 'old-search', type: 2, status: 0, parent_id: 449260 },
        {
          id: 449273,
          name: 'flaky-inventory',
          type: 2,
          status: 1,
          parent_id: 449260,
          host: 'inventory.example.com',
          profile: { rps: 90, avg_response_time: 910, success_rate: 91.2 },
          requests: [
            { name: 'GET /inventory/stock', share: 3, time: 0.8, errors: 1 },
            { name: 'PUT /inventory/reservations', share: 1, time: 1.6, errors: 3 },
          ],
          transactions: [{ name: 'reserve stock', requests: ['GET /inventory/stock', 'PUT /inventory/reservations'] }],
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
  // Pull requests' preview environments (pr-7.preview.example.com) are reachable too.
  reachableHosts: [DEMO.targetHost, 'inventory.example.com', '*.preview.example.com'],
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
