// A realistic `pull_request` event payload (trimmed), as the runner writes to GITHUB_EVENT_PATH, and
// the runner's context variables for that run: what run-step.ts hands a bundled action.
export const PULL_REQUEST_EVENT = {
  action: 'synchronize',
  number: 42,
  pull_request: {
    url: 'https://api.github.com/repos/acme/checkout-service/pulls/42',
    id: 2143567890,
    number: 42,
    state: 'open',
    title: 'Cache the cart totals',
    user: {
      login: 'octocat',
      id: 583231,
      type: 'User',
    },
    head: {
      label: 'octocat:cache-cart',
      ref: 'cache-cart',
      sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      repo: {
        id: 1296269,
        name: 'checkout-service',
        full_name: 'acme/checkout-service',
        fork: false,
      },
    },
    base: {
      label: 'acme:main',
      ref: 'main',
      sha: '1f9a0b2c3d4e5f60718293a4b5c6d7e8f9012345',
      repo: {
        id: 1296269,
        name: 'checkout-service',
        full_name: 'acme/checkout-service',
        fork: false,
      },
    },
    draft: false,
    merged: false,
  },
  repository: {
    id: 1296269,
    name: 'checkout-service',
    full_name: 'acme/checkout-service',
    private: false,
    owner: {
      login: 'acme',
      id: 9919,
      type: 'Organization',
    },
    default_branch: 'main',
  },
  sender: {
    login: 'octocat',
    id: 583231,
    type: 'User',
  },
} as const;

/** The runner's context variables for a run of that pull request. */
export const PULL_REQUEST_ENV = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REPOSITORY: 'acme/checkout-service',
  GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  GITHUB_REF: 'refs/pull/42/merge',
  GITHUB_RUN_ID: '11223344556',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'perftest',
  GITHUB_SERVER_URL: 'https://github.com',
} as const;
