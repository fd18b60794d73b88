// The key every request is signed with: access keys as given, or temporary keys from keyless
// sign-in, which can also be handed to later steps.
import type { WorkflowRun } from '../github/context.js';
import type { Runner } from '../github/runner.js';
import type { IamClient } from '../huawei/iam.js';
import type { SigningKey } from '../huawei/signer.js';
import type { ServiceAccess } from './connection.js';

/** The key requests are signed with; temporary keys from keyless sign-in say when they expire. */
export type SessionKey = SigningKey & { expiresAt?: string };

export async function signIn(
  runner: Runner,
  config: ServiceAccess,
  iam: IamClient | undefined,
  run: WorkflowRun,
  durationSeconds?: number,
): Promise<SessionKey> {
  const { auth } = config;
  if (auth.kind === 'keys') {
    runner.info(`Using access keys from ${auth.credentials.source}.`);
    return auth.credentials.key;
  }
  // resolveConnection demands an IAM endpoint for keyless sign-in; loaded only then.
  if (!iam) throw new Error('Keyless sign-in needs IAM: give "region" or "iam_endpoint".');
  const { signInWithIdToken } = await import('../huawei/keyless.js');
  return signInWithIdToken({
    identityProvider: auth.identityProvider,
    audience: auth.audience,
    iam,
    getIdToken: (audience) => runner.getIdToken(audience),
    mask: (secret) => runner.setSecret(secret),
    hasIdTokenService: run.hasIdTokenService,
    fromFork: run.fromFork,
    durationSeconds,
  });
}

/** When exported temporary keys expire (ISO 8601): the run step warns when they would not outlast its wait. */
export const KEYS_EXPIRE_AT = 'HUAWEI_CLOUD_SECURITY_TOKEN_EXPIRES_AT';

/** Hands the temporary keys to later steps under huaweicloud/auth-action's names (already masked). */
export function exportCredentials(runner: Runner, key: SessionKey, region: string | undefined, iamProjectId: string): void {
  runner.exportVariable('HUAWEI_CLOUD_ACCESS_KEY_ID', key.accessKeyId);
  runner.exportVariable('HUAWEI_CLOUD_SECRET_ACCESS_KEY', key.secretAccessKey);
  if (key.securityToken) runner.exportVariable('HUAWEI_CLOUD_SECURITY_TOKEN', key.securityToken);
  if (key.expiresAt) runner.exportVariable(KEYS_EXPIRE_AT, key.expiresAt);
  if (region) runner.exportVariable('HUAWEI_CLOUD_REGION', region);
  runner.exportVariable('HUAWEI_CLOUD_PROJECT_ID', iamProjectId);
  runner.info(
    'Exported the temporary keys to later steps as HUAWEI_CLOUD_ACCESS_KEY_ID, HUAWEI_CLOUD_SECRET_ACCESS_KEY and HUAWEI_CLOUD_SECURITY_TOKEN' +
      (key.expiresAt ? `, valid until ${key.expiresAt} (${KEYS_EXPIRE_AT}).` : '.'),
  );
}
