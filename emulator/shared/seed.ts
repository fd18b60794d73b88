// The shape of the emulator's seed: the account, its keys, PerfTest projects and cases, the OIDC
// identity provider, the runner's and GitHub's tokens. Types only, so that the services, the GitHub
// stand-in and the harness can all read a fixture without importing one another.

export interface CaseSeed {
  id: number;
  name: string;
  /** 1 folder, 2 case. */
  type: 1 | 2;
  /** 0 deleted, 1 enabled, 2 disabled. */
  status: 0 | 1 | 2;
  parent_id: number;
  /** Headline figures of a run of this case; the report outline and the per-case report are derived from them. */
  profile?: { rps: number; avg_response_time: number; success_rate: number };
  /**
   * The case's requests (the report's AWs), in the order the case sends them; a case without any
   * reports one request, `GET /`, carrying all its load.
   */
  requests?: RequestSeed[];
  /** Custom transactions of the case: named spans over some of its requests. */
  transactions?: TransactionSeed[];
  /** A run that includes this case ends abnormally (run_status 3). */
  endsAbnormally?: boolean;
  /**
   * The host its requests go to, which may hold `${NAME}` references to its PerfTest project's global
   * variables (`${TARGET_HOST}`); each resolves to the variable's first value, and a reference to no
   * variable stays as it is (so it names no host the load generators can reach). A case without one is
   * always reachable and its requests' URLs are their paths alone.
   */
  host?: string;
  /** Its requests' protocol, kept apart from their URLs as the service keeps it; default 'https'. */
  protocol?: 'http' | 'https';
}

/**
 * A request of a case. Its figures in a run's per-case report are the case's, shared out: `share`
 * weighs how many of the case's requests are this one, `time` how slow it is against the case's other
 * requests (the case's average stays the case's), `errors` how many of the case's errors fall on it
 * (default: `share`).
 */
export interface RequestSeed {
  /** As the report names it, e.g. `POST /orders`: spaces, slashes, any characters. */
  name: string;
  share: number;
  time: number;
  errors?: number;
  /**
   * What DebugCase answers for this request when its case's host is reachable: by default status
   * '200' and success; given, this status code (e.g. '500') and result 0 (failure), with this error
   * reason or one naming the status code.
   */
  debug?: { statusCode: string; errorReason?: string };
}

/** A custom transaction: one per iteration of the requests it spans, as long as they take together. */
export interface TransactionSeed {
  name: string;
  /** Names of requests of the same case. */
  requests: string[];
}

/**
 * A global variable of a PerfTest project (ListVariables' VariableDetail): usable in request bodies
 * and in a request's URL, its values taken in order per virtual user and iteration.
 */
export interface VariableSeed {
  id: number;
  name: string;
  /** 1 integer, 2 enumeration, 3 file, 5 text (text only on some sites: Fixture.textVariables). */
  variable_type: 1 | 2 | 3 | 5;
  variable: (string | number)[];
  /** Whether something uses it; default: whether a case's host of the project names it. */
  is_quoted?: boolean;
  /** 0 sequential (default), 1 random. */
  variable_mode?: 0 | 1;
  /** 0 per case (default), 1 per concurrency. */
  share_mode?: 0 | 1;
  /** A file variable's size in bytes, as ListVariables gives it (default 2048); files only. */
  file_size?: number;
}

export interface PerfTestProjectSeed {
  id: number;
  name: string;
  description: string;
  cases: CaseSeed[];
  /** Its global variables. */
  variables?: VariableSeed[];
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
  /**
   * The CodeArts PerfTest identity-policy actions the key's user holds (e.g.
   * 'codeartsperftest:cpts:getPerfTestTask'), exactly as listed; unset, all of them. A signed cpts
   * request whose operation needs an action not listed (emulator/service/permissions.ts, PERMISSION_OF)
   * is refused with 403 SVCSTG.CPTS.4031001 before it is handled. IAM's routes are not affected.
   */
  permissions?: string[];
}

export interface IdentityProviderSeed {
  id: string;
  /** The client ID the ID token's `aud` must equal. */
  clientId: string;
  /** The issuer the ID token's `iss` must equal. */
  issuer: string;
  /** The mapping rule, reduced to what it checks here: `sub` patterns, `*` matching any run of characters. */
  subjects: string[];
  /**
   * The CodeArts PerfTest actions the mapped group holds: the temporary keys issued through this
   * provider carry them as CredentialSeed.permissions. Unset, those keys hold every action.
   */
  permissions?: string[];
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

/** The CaseAwInfo field that alone carries the case-run id (see Fixture.run.caseRunIdField). */
export type CaseRunIdField = 'testcaseId' | 'case_uri_i';

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
  run: {
    waitingSeconds: number;
    runningSeconds: number;
    stoppingSeconds: number;
    startLagSeconds: number;
    /**
     * Which field of ShowMergeTaskCase's case_aw_info_list carries the case-run id that
     * ShowMergeCaseDetail takes (the API reference names `testcaseId`, the SDK `case_uri_i`). Unset,
     * both carry it; set, only the named one does and the other carries the case's design id (its
     * case_id), which ShowMergeCaseDetail refuses as it refuses any id not of the run.
     */
    caseRunIdField?: CaseRunIdField;
  };
  /**
   * Which start and stop the tasks take: 'new' (default) tasks of the new edition, started and
   * stopped by BatchUpdateTaskStatus with type 1 or by UpdateTaskStatus; 'old-only' a service that
   * refuses BatchUpdateTaskStatus for them, so that only UpdateTaskStatus works.
   */
  statusApi?: 'new' | 'old-only';
  /**
   * Host patterns (`*` matching any run of characters, case-insensitive, matched against the host
   * without its port) that the emulated load generators can reach: a case whose resolved host matches
   * none fails as an unknown host (its DebugCase fails, and a run of it shows every request an error).
   * Unset, every host is reachable (except one with an unresolved `${NAME}`).
   */
  reachableHosts?: string[];
  /**
   * Whether the site has text global variables (variable_type 5), as only some sites do; default true.
   * False plays a site without them: ListVariables, UpdateVariable and CreateVariable refuse type 5.
   */
  textVariables?: boolean;
}
