// Each input is declared once: the input lists, the secrets readInputs masks and the defaults the
// resolvers fall back to come from here, and __tests__/action-yml.test.ts holds both action.yml
// files to the same names, descriptions, required flags and defaults.

export interface InputDeclaration {
  /** As on the Marketplace page: action.yml carries the same text. */
  readonly description: string;
  readonly required?: true;
  /** Masked in the log the moment it is read. */
  readonly secret?: true;
  /**
   * action.yml's default, its text being `String(default)`. A plain value is also what the code falls
   * back to when the input is empty; a `${{ … }}` expression only the runner can evaluate.
   */
  readonly default?: string | number | boolean;
}

/**
 * An input of one action only. Secrets are shared inputs: readInputs, in this layer, can mask only
 * what it can see declared.
 */
export type OwnInputDeclaration = Omit<InputDeclaration, 'secret'>;

/** The names declared, in declaration order. */
export function inputNames<D extends Record<string, InputDeclaration>>(declarations: D): readonly (keyof D & string)[] {
  return Object.keys(declarations) as (keyof D & string)[];
}

/** Where to send requests and how to sign them; both actions. */
export const CONNECTION_DECLARATIONS = {
  region: {
    description:
      'Huawei Cloud region, e.g. cn-north-4. Falls back to HUAWEI_CLOUD_REGION, then HUAWEICLOUD_SDK_REGION. ' +
      'Not needed when endpoint is given.',
  },
  project_id: {
    description:
      "The region's IAM project id (32 hex characters; console > My Credentials > API Credentials > Projects), not the " +
      'PerfTest project. Falls back to HUAWEI_CLOUD_PROJECT_ID, then HUAWEICLOUD_SDK_PROJECT_ID, then is looked up in IAM ' +
      'by region name.',
  },
  access_key_id: {
    description: 'Access key id (AK). Falls back to HUAWEI_CLOUD_ACCESS_KEY_ID, then HUAWEICLOUD_SDK_AK.',
  },
  secret_access_key: {
    description: 'Secret access key (SK); pass it from a secret. Falls back to HUAWEI_CLOUD_SECRET_ACCESS_KEY, then HUAWEICLOUD_SDK_SK.',
    secret: true,
  },
  security_token: {
    description: 'Security token of temporary AK/SK, sent as X-Security-Token. Comes from the same place as the AK/SK.',
    secret: true,
  },
  endpoint: {
    description:
      'CodeArts PerfTest endpoint override: https://host[:port] (http:// only for localhost, 127.x.x.x or [::1]), without ' +
      'user:password@ (give keys through access_key_id/secret_access_key). Default https://cpts.{region}.myhuaweicloud.com.',
  },
  identity_provider: {
    description:
      "Keyless sign-in: the id of an IAM identity provider (protocol OpenID Connect) trusting GitHub's ID tokens. The job " +
      'needs `permissions: id-token: write`. Give it instead of access keys.',
  },
  oidc_audience: {
    description:
      'The audience of the ID token; must equal the client ID configured on the identity provider. Only used with identity_provider.',
    default: 'iam.myhuaweicloud.com',
  },
  iam_endpoint: {
    description:
      'IAM endpoint override for keyless sign-in and the project_id lookup, under the same rules as endpoint. Falls back to ' +
      'HUAWEICLOUD_SDK_IAM_ENDPOINT. Default https://iam.{region}.myhuaweicloud.com.',
  },
  max_attempts: {
    description: 'Attempts per call, the first included, for transient failures (connection errors, timeouts, 429, 500, 502, 503, 504).',
    default: 5,
  },
} as const satisfies Record<string, InputDeclaration>;

/** The pull-request comment, which both actions can keep up to date. */
export const COMMENT_DECLARATIONS = {
  comment_on_pr: {
    description:
      'On pull_request events, keep one comment per workflow and task on the pull request, updated in place on re-runs ' +
      '(the task, and from the run action the figures and thresholds). A read-only token (forks) gives a warning, not a failure.',
    default: false,
  },
  github_token: {
    description: 'Token for that comment; needs the pull-requests: write permission.',
    secret: true,
    default: '${{ github.token }}',
  },
} as const satisfies Record<string, InputDeclaration>;
