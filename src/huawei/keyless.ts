// Keyless sign-in: the workflow's OpenID Connect ID token, exchanged at IAM for an IAM token and
// then for temporary AK/SK with a security token. Every secret is masked the moment it exists.
import { ApiError, errorMessage } from './api-error.js';
import type { IamClient } from './iam.js';
import type { SigningKey } from './signer.js';

export interface KeylessOptions {
  identityProvider: string;
  audience: string;
  /** Retries under its own settings, and logs the sign-in. */
  iam: IamClient;
  /** Asks the runner for an ID token (core.getIDToken). */
  getIdToken(audience: string): Promise<string>;
  mask(secret: string): void;
  /** The runner's environment: whether it offers an ID token at all, and the event. */
  hasIdTokenService: boolean;
  fromFork: boolean;
  durationSeconds?: number;
}

export interface TemporaryKey extends SigningKey {
  securityToken: string;
  expiresAt: string;
}

/** The job cannot get an ID token: what to change, and why forks cannot. */
export class NoIdTokenError extends Error {
  constructor(fromFork: boolean, detail?: string, cause?: unknown) {
    super(
      (fromFork
        ? 'Keyless sign-in (identity_provider) cannot work here: this run is for a pull request from a fork, and GitHub gives such runs no ID token, ' +
          "just as it withholds secrets from them, so that a fork cannot act with the base repository's cloud identity. "
        : "Keyless sign-in (identity_provider) needs the workflow's ID token, and this job cannot get one. " +
          'Add `permissions: id-token: write` to the job (or the workflow); it lets the job ask GitHub for an OpenID Connect token, nothing more. ') +
        'Otherwise give access_key_id and secret_access_key.' +
        (detail ? ` (${detail})` : ''),
      cause === undefined ? undefined : { cause },
    );
    this.name = 'NoIdTokenError';
  }
}

export async function signInWithIdToken(options: KeylessOptions): Promise<TemporaryKey> {
  const { iam, mask } = options;
  if (!options.hasIdTokenService) throw new NoIdTokenError(options.fromFork);
  let idToken: string;
  try {
    idToken = await options.getIdToken(options.audience);
  } catch (error) {
    throw new NoIdTokenError(options.fromFork, `the runner answered: ${errorMessage(error).replace(/\s+/g, ' ').trim()}`, error);
  }
  mask(idToken);

  const hint =
    `Check IAM identity provider "${options.identityProvider}": its protocol must be OpenID Connect, its client ID "${options.audience}" ` +
    '(the oidc_audience input), its issuer https://token.actions.githubusercontent.com, and its mapping rules must admit this ' +
    "workflow's token (its sub claim, e.g. repo:<owner>/<repo>:pull_request).";
  const explained = (error: unknown): never => {
    throw error instanceof ApiError && error.status >= 400 && error.status < 500
      ? new Error(`${error.message.replace(/\.$/, '')}. ${hint}`, { cause: error })
      : error;
  };

  const subjectToken = await iam.createTokenWithIdToken(options.identityProvider, idToken).catch(explained);
  mask(subjectToken);
  const credential = await iam.createTemporaryAccessKeyByToken(subjectToken, options.durationSeconds ?? 900).catch(explained);
  mask(credential.secret);
  mask(credential.securitytoken);
  iam.retry.log.info(
    `Signed in with the workflow's ID token through identity provider "${options.identityProvider}": temporary keys until ${credential.expires_at}.`,
  );
  return {
    accessKeyId: credential.access,
    secretAccessKey: credential.secret,
    securityToken: credential.securitytoken,
    expiresAt: credential.expires_at,
  };
}
