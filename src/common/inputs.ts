// The one place that reads the actions' inputs. Secrets are masked the moment they are read.
import type { Runner } from '../github/runner.js';
import { SECRET_ENV_NAMES } from './credentials.js';
import { COMMENT_DECLARATIONS, CONNECTION_DECLARATIONS, type InputDeclaration } from './input-declarations.js';

/** The inputs declared secret; only shared inputs may be (OwnInputDeclaration has no secret flag). */
export const SECRET_INPUTS: ReadonlySet<string> = new Set(
  Object.entries<InputDeclaration>({ ...CONNECTION_DECLARATIONS, ...COMMENT_DECLARATIONS })
    .filter(([, declaration]) => declaration.secret)
    .map(([name]) => name),
);

/** The texts of `names` as the runner gives them, secrets (and secret environment variables) masked. */
export function readInputs<N extends string>(runner: Runner, names: readonly N[]): Record<N, string> {
  const mask = (value: string | undefined) => {
    const secret = value?.trim();
    if (secret) runner.setSecret(secret);
  };
  const raw = {} as Record<N, string>;
  for (const name of names) {
    // `name` keeps its blanks so that a blank name is an error rather than silently generated.
    const value = runner.getInput(name, name !== 'name');
    if (SECRET_INPUTS.has(name)) mask(value);
    raw[name] = value;
  }
  for (const name of SECRET_ENV_NAMES) mask(runner.env[name]);
  return raw;
}
