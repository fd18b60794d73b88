// `npm run emulator`'s start and banner, apart from emulator.ts so that tests can call them in-process.
import { startEmulator, type Emulator, type EmulatorOptions } from '../harness/emulator.js';
import { DEMO } from '../harness/fixture.js';

export type Served = { emulator: Emulator } | { message: string; exitCode: number };

/** The emulator, or the one line to print and the exit code when its port cannot be had. */
export async function serve(options: EmulatorOptions & { port: number }): Promise<Served> {
  try {
    return { emulator: await startEmulator(options) };
  } catch (error) {
    // A busy or privileged port is a usage error (exit 2, like a bad --port), not a crash.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      return { exitCode: 2, message: `Port ${options.port} is in use: choose another with --port, or --port 0 for a free one.` };
    if (code === 'EACCES')
      return {
        exitCode: 2,
        message: `Port ${options.port} needs privileges this user lacks: choose one above 1023 with --port, or --port 0 for a free one.`,
      };
    throw error;
  }
}

/** What the command line prints once the emulator listens at `url`. */
export function banner(url: string, strict: boolean): string {
  const token = (value: string, who: string) => `  ${value.padEnd(42)}${who}`;
  return `CodeArts PerfTest + IAM emulator on ${url}

Use it from the action (or any Huawei Cloud SDK) with:
  endpoint:          ${url}
  region:            ${DEMO.region}
  project_id:        ${DEMO.projectId}
  access_key_id:     ${DEMO.ak}
  secret_access_key: ${DEMO.sk}
  project:           ${DEMO.perftestProject}   (PerfTest project "checkout-perf")
  cases:             ${DEMO.cases.join(', ')}
Temporary keys: ${DEMO.temporaryAk} / ${DEMO.temporarySk} with security_token ${DEMO.securityToken}

Keyless sign-in: instead of the keys, identity_provider: ${DEMO.identityProvider} and iam_endpoint: ${url},
with the runner's ID-token service (served here) in the step's environment:
  ACTIONS_ID_TOKEN_REQUEST_URL=${url}/_runner/idtoken?api-version=2.0
  ACTIONS_ID_TOKEN_REQUEST_TOKEN=${DEMO.runnerRequestToken}

Pull-request comments (comment_on_pr: true): GitHub's REST API is served here too. Environment:
  GITHUB_API_URL=${url}
  GITHUB_REPOSITORY=acme/checkout-service, GITHUB_EVENT_PATH=<a file with {"pull_request":{"number":42}}>
and github_token one of:
${token(DEMO.githubToken, "the job's GITHUB_TOKEN: writes as github-actions[bot]")}
${token(DEMO.readOnlyGithubToken, 'the same, read-only (a pull request from a fork)')}
${token(DEMO.octocatGithubToken, "octocat's personal token")}
${token(DEMO.maintainerGithubToken, "hubot's, a maintainer's: may edit anyone's comment")}

${strict ? 'Strict: an answer of the emulator that breaks the API contract is a 500 naming the field.\n' : ''}Requests are listed below. Ctrl+C stops it.`;
}
