// Both action.yml files say what the code declares (src/common/input-declarations.ts and each action's
// inputs.ts): the same inputs, descriptions, required flags and defaults, so neither can drift alone.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { InputDeclaration } from '../src/common/input-declarations.js';
import { SECRET_INPUTS } from '../src/common/inputs.js';
import { CREATE_INPUTS, resolveCreateConfig, type RawCreateInputs } from '../src/create/config.js';
import { CREATE_DECLARATIONS } from '../src/create/inputs.js';
import { RUN_INPUTS, resolveRunConfig, type RawRunInputs } from '../src/run/config.js';
import { RUN_DECLARATIONS } from '../src/run/inputs.js';
import { DOCTOR_INPUTS, resolveDoctorConfig, type RawDoctorInputs } from '../src/doctor/config.js';
import { DOCTOR_DECLARATIONS } from '../src/doctor/inputs.js';

interface YamlInput {
  description?: string;
  required?: string;
  default?: string;
}

/** The inputs as the runner reads them: the failsafe schema keeps every scalar as its text. */
function yamlInputs(path: string): Record<string, YamlInput> {
  return parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), { schema: 'failsafe' }).inputs;
}

/** A declaration in action.yml's terms. */
function asYaml(declaration: InputDeclaration): YamlInput {
  return {
    description: declaration.description,
    required: declaration.required ? 'true' : 'false',
    ...('default' in declaration ? { default: String(declaration.default) } : {}),
  };
}

const isExpression = (value: unknown) => String(value).includes('${{');

const actions = [
  { file: 'action.yml', declarations: CREATE_DECLARATIONS as Record<string, InputDeclaration>, names: CREATE_INPUTS },
  { file: 'run/action.yml', declarations: RUN_DECLARATIONS as Record<string, InputDeclaration>, names: RUN_INPUTS },
  { file: 'doctor/action.yml', declarations: DOCTOR_DECLARATIONS as Record<string, InputDeclaration>, names: DOCTOR_INPUTS },
];

describe.each(actions)('$file', ({ file, declarations, names }) => {
  const inYaml = yamlInputs(file);

  test('declares exactly the inputs the code reads', () => {
    expect(Object.keys(inYaml).sort()).toEqual([...names].sort());
  });

  test.each(Object.keys(declarations))('%s: description, required and default as declared', (name) => {
    const { description, required = 'false', default: fallback } = inYaml[name] ?? {};
    expect({ description, required, ...(fallback === undefined ? {} : { default: fallback }) }).toEqual(asYaml(declarations[name]));
  });
});

test('readInputs masks the inputs declared secret, and only those', () => {
  const secret = (declarations: Record<string, InputDeclaration>) => Object.keys(declarations).filter((name) => declarations[name].secret);
  expect([...SECRET_INPUTS].sort()).toEqual(['github_token', 'secret_access_key', 'security_token']);
  // The doctor takes no comment, so no github_token.
  for (const { declarations } of actions) {
    expect(secret(declarations).sort()).toEqual([...SECRET_INPUTS].filter((name) => name in declarations).sort());
  }
});

/** Every input with a plain default given that default's text, as the runner does when it is left out. */
function withDefaults<R extends Record<string, string>>(raw: R, declarations: Record<string, InputDeclaration>): R {
  const given = Object.entries(declarations).filter(([, d]) => 'default' in d && !isExpression(d.default));
  return { ...raw, ...Object.fromEntries(given.map(([name, d]) => [name, String(d.default)])) };
}

const KEYS = {
  region: 'cn-north-4',
  project_id: '0123456789abcdef0123456789abcdef',
  access_key_id: 'AKAKAKAKAKAKAKAKAKAK',
  secret_access_key: 'S3cretS3cretS3cretS3cretS3cretS3cretS3cr',
};

test("create: an empty input resolves as its declared default would (the code's fallback is action.yml's default)", () => {
  const raw = { ...(Object.fromEntries(CREATE_INPUTS.map((n) => [n, ''])) as RawCreateInputs), ...KEYS, project: '1', cases: '2' };
  expect(resolveCreateConfig(raw, {})).toEqual(resolveCreateConfig(withDefaults(raw, CREATE_DECLARATIONS), {}));
});

test("run: an empty input resolves as its declared default would (the code's fallback is action.yml's default)", () => {
  const raw = { ...(Object.fromEntries(RUN_INPUTS.map((n) => [n, ''])) as RawRunInputs), ...KEYS, task_id: '3' };
  expect(resolveRunConfig(raw, {})).toEqual(resolveRunConfig(withDefaults(raw, RUN_DECLARATIONS), {}));
});

test("doctor: an empty input resolves as its declared default would (the code's fallback is action.yml's default)", () => {
  const raw = { ...(Object.fromEntries(DOCTOR_INPUTS.map((n) => [n, ''])) as RawDoctorInputs), ...KEYS };
  expect(resolveDoctorConfig(raw, {})).toEqual(resolveDoctorConfig(withDefaults(raw, DOCTOR_DECLARATIONS), {}));
});
